"""Build the hundred-and-third held-out claim corpus, humanfriendly's overview and README (HTML):
`python evals/humanfriendly_docs.py DIR` (apt-get install python-humanfriendly-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("humanfriendly-docs")
