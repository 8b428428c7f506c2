"""Build the sixty-seventh held-out question corpus, eight of doit's documentation pages (HTML):
`python evals/doit_docs.py DIR` (apt-get install python-doit-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("doit-docs")
