"""Build the sixth claim corpus, the Debian Reference: `python evals/debian_reference.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debian-reference")
