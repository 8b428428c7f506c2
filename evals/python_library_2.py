"""Build the twentieth held-out claim corpus, twenty more Python library pages: `python evals/python_library_2.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-library-2")
