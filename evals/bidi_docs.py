"""Build the hundred-and-twenty-first held-out claim corpus, python-bidi's documentation (HTML):
`python evals/bidi_docs.py DIR` (apt-get install python-bidi-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bidi-docs")
