"""Build the hundred-and-twenty-fifth held-out claim corpus, bashate's README, usage, manual page and guides (HTML):
`python evals/bashate_docs.py DIR` (apt-get install python-bashate-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bashate-docs")
