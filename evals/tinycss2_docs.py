"""Build the hundred-and-sixteenth held-out question corpus, tinycss2's guide and API reference (HTML):
`python evals/tinycss2_docs.py DIR` (apt-get install python-tinycss2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("tinycss2-docs")
