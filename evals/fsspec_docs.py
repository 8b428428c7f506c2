"""Build the ninety-fourth held-out claim corpus, five of fsspec's documentation pages (HTML):
`python evals/fsspec_docs.py DIR` (apt-get install python-fsspec-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("fsspec-docs")
