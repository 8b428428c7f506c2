"""Build the hundred-and-fourth held-out claim corpus, the Flask-HTTPAuth documentation (HTML):
`python evals/flask_httpauth_docs.py DIR` (apt-get install python-flask-httpauth-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("flask-httpauth-docs")
