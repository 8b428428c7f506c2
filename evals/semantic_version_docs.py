"""Build the hundred-and-fifth held-out question corpus, the semantic_version documentation (HTML):
`python evals/semantic_version_docs.py DIR` (apt-get install python-semantic-version-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("semantic-version-docs")
