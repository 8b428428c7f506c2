"""Build the hundred-and-nineteenth held-out claim corpus, m2r's documentation and change log (HTML):
`python evals/m2r_docs.py DIR` (apt-get install python-m2r-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("m2r-docs")
