"""Build the hundred-and-twenty-second held-out claim corpus, pyxattr's README, news and security notes (HTML):
`python evals/pyxattr_docs.py DIR` (apt-get install python-pyxattr-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pyxattr-docs")
