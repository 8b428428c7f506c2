"""Build the sixty-eighth held-out claim corpus, four pages of Requests' documentation (HTML):
`python evals/requests_docs.py DIR` (apt-get install python-requests-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("requests-docs")
