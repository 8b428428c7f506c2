"""Build the fifty-seventh held-out question corpus, irssi's documentation (three HTML pages, two text files):
`python evals/irssi_docs.py DIR` (apt-get install irssi).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("irssi-docs")
