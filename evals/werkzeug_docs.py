"""Build the seventieth held-out claim corpus, seven pages of Werkzeug's documentation (HTML):
`python evals/werkzeug_docs.py DIR` (apt-get install python-werkzeug-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("werkzeug-docs")
