"""Build the nineteenth held-out claim corpus, twenty Python library pages: `python evals/python_library.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-library")
