"""Build the eightieth held-out claim corpus, five more of lxml's guides (HTML):
`python evals/lxml_topics.py DIR` (apt-get install python-lxml-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("lxml-topics")
