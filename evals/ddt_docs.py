"""Build the corpus of a held-out claim set, ddt's overview, FAQ and API pages (HTML):
`python evals/ddt_docs.py DIR` (apt-get install python-ddt-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("ddt-docs")
