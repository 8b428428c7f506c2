"""Build the hundred-and-sixth held-out claim corpus, treq's documentation pages (HTML):
`python evals/treq_docs.py DIR` (apt-get install python-treq-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("treq-docs")
