"""Build the seventeenth claim corpus, the Python Tutorial: `python evals/python_tutorial.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-tutorial")
