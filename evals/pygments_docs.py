"""Build the ninetieth held-out claim corpus, thirteen of Pygments' documentation pages (HTML):
`python evals/pygments_docs.py DIR` (apt-get install python-pygments-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pygments-docs")
