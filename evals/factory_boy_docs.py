"""Build the seventieth held-out question corpus, five of factory_boy's documentation pages (HTML):
`python evals/factory_boy_docs.py DIR` (apt-get install python-factory-boy-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("factory-boy-docs")
