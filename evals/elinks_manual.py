"""Build the fifty-eighth held-out claim corpus, the ELinks manual (one AsciiDoc HTML page):
`python evals/elinks_manual.py DIR` (apt-get install elinks-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("elinks-manual")
