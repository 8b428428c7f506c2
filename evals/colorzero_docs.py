"""Build the hundred-and-thirty-ninth held-out question corpus, colorzero's installation,
quick start and Color API pages (HTML):
`python evals/colorzero_docs.py DIR` (apt-get install python-colorzero-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("colorzero-docs")
