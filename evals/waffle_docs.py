"""Build the hundred-and-first held-out question corpus, twelve of django-waffle's documentation pages (HTML):
`python evals/waffle_docs.py DIR` (apt-get install python-django-waffle-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("waffle-docs")
