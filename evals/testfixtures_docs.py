"""Build the ninetieth held-out question corpus, ten of testfixtures' documentation pages (HTML):
`python evals/testfixtures_docs.py DIR` (apt-get install python-testfixtures-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("testfixtures-docs")
