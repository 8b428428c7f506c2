"""Build the eighty-fourth held-out claim corpus, five of bidict's documentation pages (HTML):
`python evals/bidict_docs.py DIR` (apt-get install python-bidict-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bidict-docs")
