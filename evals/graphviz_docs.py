"""Build the thirty-second held-out question corpus, Graphviz's FAQ and reference pages (hand-written HTML):
`python evals/graphviz_docs.py DIR` (apt-get install graphviz-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("graphviz-docs")
