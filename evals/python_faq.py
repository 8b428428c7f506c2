"""Build the eleventh held-out question corpus, the Python FAQ: `python evals/python_faq.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("python-faq")
