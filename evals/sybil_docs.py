"""Build the hundred-and-seventh held-out claim corpus, five of Sybil's documentation pages (HTML):
`python evals/sybil_docs.py DIR` (apt-get install python-sybil-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sybil-docs")
