"""Build the seventy-second held-out question corpus, six of structlog's documentation pages (HTML):
`python evals/structlog_docs.py DIR` (apt-get install python-structlog-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("structlog-docs")
