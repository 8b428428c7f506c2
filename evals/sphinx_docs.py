"""Build the thirty-sixth held-out question corpus, ten pages of Sphinx's documentation (Sphinx HTML):
`python evals/sphinx_docs.py DIR` (apt-get install sphinx-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sphinx-docs")
