"""Build the hundred-and-thirty-fourth held-out question corpus, Flask-Session's documentation (HTML):
`python evals/flask_session_docs.py DIR` (apt-get install python-flask-session-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("flask-session-docs")
