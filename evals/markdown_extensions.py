"""Build the eighty-seventh held-out question corpus, Python-Markdown's extension pages (HTML):
`python evals/markdown_extensions.py DIR` (apt-get install python-markdown-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("markdown-extensions")
