"""Build the twelfth held-out question corpus, Python Setup and Usage: `python evals/python_using.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-using")
