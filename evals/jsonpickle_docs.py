"""Build the hundred-and-ninth held-out claim corpus, four of jsonpickle's documentation pages (HTML):
`python evals/jsonpickle_docs.py DIR` (apt-get install python-jsonpickle-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("jsonpickle-docs")
