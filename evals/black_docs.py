"""Build the sixty-sixth held-out question corpus, eight of Black's documentation pages (HTML):
`python evals/black_docs.py DIR` (apt-get install python-black-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("black-docs")
