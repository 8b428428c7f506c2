"""Build the seventy-first held-out question corpus, four of natsort's documentation pages (HTML):
`python evals/natsort_docs.py DIR` (apt-get install python-natsort-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("natsort-docs")
