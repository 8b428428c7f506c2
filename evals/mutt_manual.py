"""Build the twenty-sixth held-out question corpus, the Mutt e-mail client's manual (DocBook HTML, one page
per chapter, the reference chapter left out): `python evals/mutt_manual.py DIR` (apt-get install mutt).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mutt-manual")
