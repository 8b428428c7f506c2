"""Build the sixtieth held-out question corpus, eight pages of Flask's documentation (HTML):
`python evals/flask_docs.py DIR` (apt-get install python-flask-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("flask-docs")
