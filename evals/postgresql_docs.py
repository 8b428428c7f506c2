"""Build the thirtieth held-out claim corpus, PostgreSQL 15's chapters on concurrency, maintenance, backup and
standby servers: `python evals/postgresql_docs.py DIR` (apt-get install postgresql-doc-15).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("postgresql-docs")
