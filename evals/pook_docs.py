"""Build the hundred-and-twenty-sixth held-out question corpus, pook's overview page (HTML):
`python evals/pook_docs.py DIR` (apt-get install python-pook-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pook-docs")
