"""Build the hundred-and-thirty-first held-out question corpus,
terminaltables' overview, quick start and settings pages (HTML):
`python evals/terminaltables_docs.py DIR` (apt-get install python-terminaltables-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("terminaltables-docs")
