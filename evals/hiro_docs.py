"""Build the hundred-and-fifteenth held-out claim corpus, two of hiro's documentation pages (HTML):
`python evals/hiro_docs.py DIR` (apt-get install python-hiro-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("hiro-docs")
