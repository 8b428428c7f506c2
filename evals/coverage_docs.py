"""Build the seventy-sixth held-out claim corpus, seven of Coverage.py's documentation pages (HTML):
`python evals/coverage_docs.py DIR` (apt-get install python-coverage-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("coverage-docs")
