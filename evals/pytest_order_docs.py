"""Build the corpus of a held-out claim set, pytest-order's introduction, usage and configuration pages (HTML):
`python evals/pytest_order_docs.py DIR` (apt-get install python-pytest-order-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pytest-order-docs")
