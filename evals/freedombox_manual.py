"""Build the sixteenth claim corpus, the FreedomBox manual: `python evals/freedombox_manual.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("freedombox-manual")
