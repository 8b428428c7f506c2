"""Build the sixty-sixth held-out claim corpus, four pages of Jinja's documentation (HTML):
`python evals/jinja_docs.py DIR` (apt-get install python-jinja2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("jinja-docs")
