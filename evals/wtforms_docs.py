"""Build the ninety-fifth held-out question corpus, seven of WTForms' documentation pages (HTML):
`python evals/wtforms_docs.py DIR` (apt-get install python-wtforms-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("wtforms-docs")
