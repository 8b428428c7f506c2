"""Build the corpus of a held-out claim set, pyxdg's base directory, desktop entry and MIME pages (HTML):
`python evals/pyxdg_docs.py DIR` (apt-get install python-pyxdg-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pyxdg-docs")
