"""Build the thirty-first held-out question corpus, Privoxy's user manual (DocBook HTML, one page per chapter):
`python evals/privoxy_manual.py DIR` (apt-get install privoxy).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("privoxy-manual")
