"""Build the eighty-ninth held-out claim corpus, the Urwid manual (HTML):
`python evals/urwid_manual.py DIR` (apt-get install python-urwid-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("urwid-manual")
