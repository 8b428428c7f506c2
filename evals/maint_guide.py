"""Build the fifth claim corpus, Debian's New Maintainers' Guide: `python evals/maint_guide.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("maint-guide")
