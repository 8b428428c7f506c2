"""Build the ninety-second held-out question corpus, ten of requests-toolbelt's documentation pages (HTML):
`python evals/requests_toolbelt_docs.py DIR` (apt-get install python-requests-toolbelt-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("requests-toolbelt-docs")
