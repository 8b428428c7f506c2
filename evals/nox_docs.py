"""Build the hundred-and-twelfth held-out question corpus, nox's tutorial and usage guide (HTML):
`python evals/nox_docs.py DIR` (apt-get install python-nox-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nox-docs")
