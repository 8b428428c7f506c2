"""Build the hundred-and-third held-out question corpus, four of Uvicorn's documentation pages (HTML):
`python evals/uvicorn_docs.py DIR` (apt-get install python-uvicorn-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("uvicorn-docs")
