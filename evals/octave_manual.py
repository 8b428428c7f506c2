"""Build the fifty-seventh held-out claim corpus, fourteen pages of the GNU Octave manual (texinfo HTML, one page
per node): `python evals/octave_manual.py DIR` (apt-get install octave-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("octave-manual")
