"""Build the hundred-and-forty-first held-out question corpus, debtcollector's overview and usage pages (HTML):
`python evals/debtcollector_docs.py DIR` (apt-get install python-debtcollector-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debtcollector-docs")
