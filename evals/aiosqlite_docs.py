"""Build the hundred-and-twentieth held-out claim corpus, aiosqlite's overview and contributing guide (HTML):
`python evals/aiosqlite_docs.py DIR` (apt-get install python-aiosqlite-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("aiosqlite-docs")
