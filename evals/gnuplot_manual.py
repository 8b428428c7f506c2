"""Build the fifty-sixth held-out claim corpus, seventeen sections of the gnuplot 5.4 manual (latex2html, one page
per section): `python evals/gnuplot_manual.py DIR` (apt-get install gnuplot-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gnuplot-manual")
