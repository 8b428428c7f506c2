"""Build the ninety-fourth held-out question corpus, six of Eventlet's documentation pages (HTML):
`python evals/eventlet_docs.py DIR` (apt-get install python-eventlet-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("eventlet-docs")
