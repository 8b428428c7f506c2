"""Build the seventy-fifth held-out claim corpus, six of Logbook's documentation pages (HTML):
`python evals/logbook_docs.py DIR` (apt-get install python-logbook-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("logbook-docs")
