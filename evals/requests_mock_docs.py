"""Build the hundred-and-fourth held-out question corpus, nine of requests-mock's documentation pages (HTML):
`python evals/requests_mock_docs.py DIR` (apt-get install python-requests-mock-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("requests-mock-docs")
