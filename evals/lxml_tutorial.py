"""Build the eighty-third held-out claim corpus, lxml's ElementTree tutorial (HTML):
`python evals/lxml_tutorial.py DIR` (apt-get install python-lxml-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("lxml-tutorial")
