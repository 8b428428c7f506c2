"""Build the hundred-and-twenty-fifth held-out question corpus, polib's installation
guide, quick start and API reference (HTML):
`python evals/polib_docs.py DIR` (apt-get install python-polib-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("polib-docs")
