"""Build the corpus of a held-out claim set, pkginfo's pages on distributions, metadata and indexes (HTML):
`python evals/pkginfo_docs.py DIR` (apt-get install python-pkginfo-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pkginfo-docs")
