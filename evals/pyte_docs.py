"""Build the corpus of a held-out claim set, pyte's overview, tutorial and API pages (HTML):
`python evals/pyte_docs.py DIR` (apt-get install python-pyte-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pyte-docs")
