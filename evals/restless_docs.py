"""Build the corpus of a held-out claim set, restless' tutorial (HTML):
`python evals/restless_docs.py DIR` (apt-get install python-restless-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("restless-docs")
