"""Build the ninety-seventh held-out claim corpus, six of Flask-Limiter's documentation pages (HTML):
`python evals/flask_limiter_docs.py DIR` (apt-get install python-flask-limiter-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("flask-limiter-docs")
