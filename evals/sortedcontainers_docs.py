"""Build the eighty-sixth held-out question corpus, three of Sorted Containers' documentation pages (HTML):
`python evals/sortedcontainers_docs.py DIR` (apt-get install python-sortedcontainers-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sortedcontainers-docs")
