"""Build the ninety-third held-out claim corpus, four of cattrs' documentation pages (HTML):
`python evals/cattrs_docs.py DIR` (apt-get install python-cattrs-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cattrs-docs")
