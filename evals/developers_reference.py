"""Build the third claim corpus, Debian's Developer's Reference: `python evals/developers_reference.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("developers-reference")
