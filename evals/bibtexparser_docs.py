"""Build the hundred-and-eighteenth held-out claim corpus, four of bibtexparser's documentation pages (HTML):
`python evals/bibtexparser_docs.py DIR` (apt-get install python-bibtexparser-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bibtexparser-docs")
