"""Build the hundred-and-fortieth held-out question corpus, futurist's features and examples pages (HTML):
`python evals/futurist_docs.py DIR` (apt-get install python-futurist-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("futurist-docs")
