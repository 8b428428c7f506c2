"""Build the hundred-and-thirty-second held-out question corpus, parso's overview, installation and usage pages (HTML):
`python evals/parso_docs.py DIR` (apt-get install python-parso-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("parso-docs")
