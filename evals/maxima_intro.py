"""Build the fifty-eighth held-out question corpus, Maxima's introduction and two pages of its reference manual (HTML):
`python evals/maxima_intro.py DIR` (apt-get install maxima-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("maxima-intro")
