"""Build the eighty-fifth held-out claim corpus, Bottle's tutorial (HTML):
`python evals/bottle_tutorial.py DIR` (apt-get install python-bottle-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bottle-tutorial")
