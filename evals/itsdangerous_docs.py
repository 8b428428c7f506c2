"""Build the seventy-eighth held-out claim corpus, seven of ItsDangerous's documentation pages (HTML):
`python evals/itsdangerous_docs.py DIR` (apt-get install python-itsdangerous-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("itsdangerous-docs")
