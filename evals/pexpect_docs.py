"""Build the seventy-third held-out question corpus, four of Pexpect's documentation pages (HTML):
`python evals/pexpect_docs.py DIR` (apt-get install python-pexpect-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pexpect-docs")
