"""Build the sixty-second held-out question corpus, seven pages of mypy's documentation (HTML):
`python evals/mypy_docs.py DIR` (apt-get install mypy-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mypy-docs")
