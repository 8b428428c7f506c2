"""Build the hundred-and-thirty-seventh held-out question corpus, jellyfish's overview, comparison,
phonetic and stemming pages (HTML):
`python evals/jellyfish_docs.py DIR` (apt-get install python-jellyfish-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("jellyfish-docs")
