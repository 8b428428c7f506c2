"""Build the seventy-third held-out claim corpus, five of behave's documentation pages (HTML):
`python evals/behave_docs.py DIR` (apt-get install python-behave-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("behave-docs")
