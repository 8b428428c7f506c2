"""Build the hundred-and-ninth held-out question corpus, four of the uncertainties package's guides (HTML):
`python evals/uncertainties_docs.py DIR` (apt-get install python-uncertainties-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("uncertainties-docs")
