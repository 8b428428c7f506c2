"""Build the ninety-eighth held-out question corpus, seven of nose2's documentation pages (HTML):
`python evals/nose2_docs.py DIR` (apt-get install python-nose2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nose2-docs")
