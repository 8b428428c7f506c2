"""Build the hundred-and-second held-out question corpus, nine of greenlet's documentation pages (HTML):
`python evals/greenlet_docs.py DIR` (apt-get install python-greenlet-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("greenlet-docs")
