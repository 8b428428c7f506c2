"""Build the ninety-ninth held-out question corpus, six of WebTest's documentation pages (HTML):
`python evals/webtest_docs.py DIR` (apt-get install python-webtest-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("webtest-docs")
