"""Build the hundred-and-fifth held-out claim corpus, the Blinker documentation (HTML):
`python evals/blinker_docs.py DIR` (apt-get install python-blinker-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("blinker-docs")
