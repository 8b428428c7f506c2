"""Build the hundred-and-seventeenth held-out question corpus, nbclient's overview and client guide (HTML):
`python evals/nbclient_docs.py DIR` (apt-get install python-nbclient-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nbclient-docs")
