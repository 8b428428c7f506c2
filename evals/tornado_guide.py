"""Build the sixty-fifth held-out question corpus, Tornado's user's guide (HTML):
`python evals/tornado_guide.py DIR` (apt-get install python-tornado-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("tornado-guide")
