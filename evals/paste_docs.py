"""Build the hundred-and-first held-out claim corpus, five of Paste's documentation pages (HTML):
`python evals/paste_docs.py DIR` (apt-get install python-paste-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("paste-docs")
