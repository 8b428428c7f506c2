"""Build the hundred-and-twentieth held-out question corpus, persistent's overview and usage guide (HTML):
`python evals/persistent_docs.py DIR` (apt-get install python-persistent-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("persistent-docs")
