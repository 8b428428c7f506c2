"""Build the hundred-and-twenty-ninth held-out question corpus, funcy's flow and function pages (HTML):
`python evals/funcy_docs.py DIR` (apt-get install python-funcy-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("funcy-docs")
