"""Build the hundred-and-eleventh held-out claim corpus, three of wsproto's documentation pages (HTML):
`python evals/wsproto_docs.py DIR` (apt-get install python-wsproto-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("wsproto-docs")
