"""Build the twenty-ninth held-out question corpus, CUPS's help pages for administrators and users (HTML):
`python evals/cups_help.py DIR` (apt-get install cups-server-common).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cups-help")
