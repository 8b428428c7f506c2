"""Build the hundred-and-second held-out claim corpus, the pyramid_jinja2 documentation (HTML):
`python evals/pyramid_jinja2_docs.py DIR` (apt-get install python-pyramid-jinja2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pyramid-jinja2-docs")
