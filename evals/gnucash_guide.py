"""Build the thirty-fifth held-out question corpus, ten pages of the GnuCash Tutorial and Concepts Guide (DocBook
HTML): `python evals/gnucash_guide.py DIR` (apt-get install gnucash-docs).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gnucash-guide")
