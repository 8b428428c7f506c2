"""Build the hundred-and-sixth held-out question corpus, nine of toolz's documentation pages (HTML):
`python evals/toolz_docs.py DIR` (apt-get install python-toolz-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("toolz-docs")
