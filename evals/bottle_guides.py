"""Build the eightieth held-out question corpus, six of Bottle's guides (HTML):
`python evals/bottle_guides.py DIR` (apt-get install python-bottle-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bottle-guides")
