"""Build the hundred-and-sixteenth held-out claim corpus, PyMySQL's user guide and connection reference (HTML):
`python evals/pymysql_docs.py DIR` (apt-get install python-pymysql-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pymysql-docs")
