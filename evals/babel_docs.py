"""Build the sixty-ninth held-out claim corpus, six pages of Babel's documentation (HTML):
`python evals/babel_docs.py DIR` (apt-get install python-babel-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("babel-docs")
