"""Build the ninety-sixth held-out claim corpus, six of limits' documentation pages (HTML):
`python evals/limits_docs.py DIR` (apt-get install python-limits-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("limits-docs")
