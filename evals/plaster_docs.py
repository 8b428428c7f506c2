"""Build the hundred-and-thirty-fifth held-out question corpus, plaster's overview and API pages (HTML):
`python evals/plaster_docs.py DIR` (apt-get install python-plaster-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("plaster-docs")
