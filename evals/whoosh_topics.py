"""Build the seventy-ninth held-out claim corpus, six more of Whoosh's guides (HTML):
`python evals/whoosh_topics.py DIR` (apt-get install python-whoosh-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("whoosh-topics")
