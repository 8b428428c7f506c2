"""Build the eighty-second held-out claim corpus, four of sqlparse's documentation pages (HTML):
`python evals/sqlparse_docs.py DIR` (apt-get install python-sqlparse-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sqlparse-docs")
