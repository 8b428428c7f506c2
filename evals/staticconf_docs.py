"""Build the corpus of a held-out claim set, staticconf's overview and configuration pages (HTML):
`python evals/staticconf_docs.py DIR` (apt-get install python-staticconf-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("staticconf-docs")
