"""Build the hundred-and-seventh held-out question corpus, six of trio-websocket's documentation pages (HTML):
`python evals/trio_websocket_docs.py DIR` (apt-get install python-trio-websocket-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("trio-websocket-docs")
