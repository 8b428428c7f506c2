"""Build the ninety-sixth held-out question corpus, eleven of Pecan's documentation pages (HTML):
`python evals/pecan_docs.py DIR` (apt-get install python-pecan-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pecan-docs")
