"""Build the eighty-eighth held-out claim corpus, seven of wrapt's documentation pages (HTML):
`python evals/wrapt_docs.py DIR` (apt-get install python-wrapt-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("wrapt-docs")
