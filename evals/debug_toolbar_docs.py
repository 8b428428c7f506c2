"""Build the hundred-and-fourteenth held-out question corpus, three pages of the Django Debug Toolbar
documentation (HTML):
`python evals/debug_toolbar_docs.py DIR` (apt-get install python-django-debug-toolbar-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debug-toolbar-docs")
