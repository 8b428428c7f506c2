"""Build the hundred-and-eighth held-out question corpus, eight of webassets' documentation pages (HTML):
`python evals/webassets_docs.py DIR` (apt-get install python-webassets-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("webassets-docs")
