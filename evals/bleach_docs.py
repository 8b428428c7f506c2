"""Build the seventy-fifth held-out question corpus, four of Bleach's documentation pages (HTML):
`python evals/bleach_docs.py DIR` (apt-get install python-bleach-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bleach-docs")
