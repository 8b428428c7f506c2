"""Build the forty-fourth held-out question corpus, the GnuCash Help manual as a PDF:
`python evals/gnucash_help_pdf.py DIR` (apt-get install gnucash-docs).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gnucash-help-pdf")
