"""Build the hundred-and-thirty-eighth held-out question corpus, python-json-pointer's tutorial,
command line and module pages (HTML):
`python evals/jsonpointer_docs.py DIR` (apt-get install python-json-pointer-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("jsonpointer-docs")
