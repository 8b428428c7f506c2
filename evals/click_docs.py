"""Build the sixty-fifth held-out claim corpus, eight pages of Click's documentation (HTML):
`python evals/click_docs.py DIR` (apt-get install python-click-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("click-docs")
