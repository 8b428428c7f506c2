"""Build the hundred-and-fourteenth held-out claim corpus, four of cbor2's documentation pages (HTML):
`python evals/cbor2_docs.py DIR` (apt-get install python-cbor2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cbor2-docs")
