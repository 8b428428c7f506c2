"""Build the hundred-and-tenth held-out question corpus, three of dogpile.cache's guides (HTML):
`python evals/dogpile_cache_docs.py DIR` (apt-get install python-dogpile.cache-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("dogpile-cache-docs")
