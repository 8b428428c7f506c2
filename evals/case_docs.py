"""Build the hundred-and-twenty-sixth held-out claim corpus, case's overview and change log (HTML):
`python evals/case_docs.py DIR` (apt-get install python-case-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("case-docs")
