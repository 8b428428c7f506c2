"""Build the corpus of the twenty-first held-out claim set, What's New in Python 3.8 to 3.11:
`python evals/python_whatsnew.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-whatsnew")
