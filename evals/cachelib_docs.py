"""Build the eighty-seventh held-out claim corpus, CacheLib's documentation (HTML):
`python evals/cachelib_docs.py DIR` (apt-get install python-cachelib-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cachelib-docs")
