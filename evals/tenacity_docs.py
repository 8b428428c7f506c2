"""Build the eighty-first held-out claim corpus, Tenacity's documentation page (HTML):
`python evals/tenacity_docs.py DIR` (apt-get install python-tenacity-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("tenacity-docs")
