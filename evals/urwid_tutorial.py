"""Build the ninety-first held-out claim corpus, the Urwid tutorial (HTML):
`python evals/urwid_tutorial.py DIR` (apt-get install python-urwid-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("urwid-tutorial")
