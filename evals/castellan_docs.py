"""Build the hundred-and-twenty-third held-out claim corpus, castellan's usage and testing guides (HTML):
`python evals/castellan_docs.py DIR` (apt-get install python-castellan-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("castellan-docs")
