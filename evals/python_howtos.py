"""Build the tenth held-out question corpus, the Python HOWTOs: `python evals/python_howtos.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-howtos")
