"""Build the ninety-fifth held-out claim corpus, four of icalendar's documentation pages (HTML):
`python evals/icalendar_docs.py DIR` (apt-get install python-icalendar-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("icalendar-docs")
