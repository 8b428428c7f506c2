"""Build the hundred-and-thirteenth held-out question corpus, txaio's overview, programming guide and
release notes (HTML):
`python evals/txaio_docs.py DIR` (apt-get install python-txaio-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("txaio-docs")
