"""Build the corpus of a held-out claim set, flufl.lock's usage and theory pages (HTML):
`python evals/flufl_lock_docs.py DIR` (apt-get install python-flufl.lock-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("flufl-lock-docs")
