"""Build the eighty-ninth held-out question corpus, WebOb's do-it-yourself framework tutorial and two examples (HTML):
`python evals/webob_tutorials.py DIR` (apt-get install python-webob-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("webob-tutorials")
