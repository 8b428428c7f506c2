"""Build the twenty-ninth held-out claim corpus, SQLite's pages on how it stores, locks and types data:
`python evals/sqlite_docs.py DIR` (apt-get install sqlite3-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sqlite-docs")
