"""Build the hundred-and-eighth held-out claim corpus, seven of argon2-cffi's documentation pages (HTML):
`python evals/argon2_docs.py DIR` (apt-get install python-argon2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("argon2-docs")
