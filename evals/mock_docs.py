"""Build the corpus of a held-out claim set, mock's overview page and change log (HTML):
`python evals/mock_docs.py DIR` (apt-get install python-mock-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mock-docs")
