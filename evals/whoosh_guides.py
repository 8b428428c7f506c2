"""Build the seventy-fourth held-out question corpus, eight of Whoosh's guides (HTML):
`python evals/whoosh_guides.py DIR` (apt-get install python-whoosh-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("whoosh-guides")
