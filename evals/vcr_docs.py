"""Build the eighty-fourth held-out question corpus, six of VCR.py's documentation pages (HTML):
`python evals/vcr_docs.py DIR` (apt-get install python-vcr-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("vcr-docs")
