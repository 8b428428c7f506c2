"""Build the sixty-seventh held-out claim corpus, six pages of Hypothesis's documentation (HTML):
`python evals/hypothesis_docs.py DIR` (apt-get install python-hypothesis-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("hypothesis-docs")
