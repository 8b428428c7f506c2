"""Build the ninety-first held-out question corpus, the Flask-Login documentation (HTML):
`python evals/flask_login_docs.py DIR` (apt-get install python-flask-login-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("flask-login-docs")
