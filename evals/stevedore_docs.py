"""Build the ninety-seventh held-out question corpus, six of stevedore's user guide pages (HTML):
`python evals/stevedore_docs.py DIR` (apt-get install python-stevedore-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("stevedore-docs")
