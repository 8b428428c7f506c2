"""Build the seventy-second held-out claim corpus, six of Mako's documentation pages (HTML):
`python evals/mako_docs.py DIR` (apt-get install python-mako-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mako-docs")
