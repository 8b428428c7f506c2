"""Build the hundredth held-out claim corpus, six of gevent's documentation pages (HTML):
`python evals/gevent_docs.py DIR` (apt-get install python-gevent-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gevent-docs")
