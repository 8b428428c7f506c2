"""Build the hundred-and-nineteenth held-out question corpus, four of django-mptt's guide pages (HTML):
`python evals/mptt_docs.py DIR` (apt-get install python-django-mptt-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mptt-docs")
