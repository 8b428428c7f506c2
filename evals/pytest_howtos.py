"""Build the sixty-first held-out question corpus, eight of pytest's how-to guides (HTML):
`python evals/pytest_howtos.py DIR` (apt-get install python-pytest-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pytest-howtos")
