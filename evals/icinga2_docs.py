"""Build the twenty-first held-out question corpus, the Icinga 2 documentation's chapters on setting up and running
it (Markdown): `python evals/icinga2_docs.py DIR` (apt-get install icinga2-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("icinga2-docs")
