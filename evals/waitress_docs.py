"""Build the seventy-seventh held-out claim corpus, seven of Waitress's documentation pages (HTML):
`python evals/waitress_docs.py DIR` (apt-get install python-waitress-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("waitress-docs")
