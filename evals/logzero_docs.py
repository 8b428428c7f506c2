"""Build the hundred-and-twelfth held-out claim corpus, the logzero documentation (HTML):
`python evals/logzero_docs.py DIR` (apt-get install python-logzero-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("logzero-docs")
