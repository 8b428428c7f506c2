"""Build the hundred-and-eighteenth held-out question corpus, aiomysql's overview, tutorial and pool guide (HTML):
`python evals/aiomysql_docs.py DIR` (apt-get install python-aiomysql-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("aiomysql-docs")
