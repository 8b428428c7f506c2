"""Build the hundred-and-tenth held-out claim corpus, the Paste Deployment documentation and news (HTML):
`python evals/pastedeploy_docs.py DIR` (apt-get install python-pastedeploy-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pastedeploy-docs")
