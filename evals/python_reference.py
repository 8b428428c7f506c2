"""Build the thirteenth held-out question corpus, the Python Language Reference: `python evals/python_reference.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-reference")
