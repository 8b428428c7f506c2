"""Build the hundred-and-fifteenth held-out question corpus, python-blosc's introduction and tutorial (HTML):
`python evals/blosc_docs.py DIR` (apt-get install python-blosc-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("blosc-docs")
