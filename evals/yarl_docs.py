"""Build the corpus of a held-out claim set, yarl's overview and API pages (HTML):
`python evals/yarl_docs.py DIR` (apt-get install python-yarl-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("yarl-docs")
