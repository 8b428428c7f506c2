"""Build the hundred-and-thirteenth held-out claim corpus, the pygtrie documentation (HTML):
`python evals/pygtrie_docs.py DIR` (apt-get install python-pygtrie-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pygtrie-docs")
