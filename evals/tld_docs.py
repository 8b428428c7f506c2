"""Build the corpus of a held-out claim set, tld's documentation (HTML):
`python evals/tld_docs.py DIR` (apt-get install python-tld-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("tld-docs")
