"""Build the sixty-fourth held-out question corpus, eight pages of attrs' documentation (HTML):
`python evals/attrs_docs.py DIR` (apt-get install python-attr-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("attrs-docs")
