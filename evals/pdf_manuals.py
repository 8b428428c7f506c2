"""Build the twenty-fifth held-out question corpus, four manuals as PDF (apt-cacher-ng's user manual, the
debdelta suite, libtasn1's reference, NUT's notes on USB in Solaris-like systems): `python evals/pdf_manuals.py
DIR` (apt-get install apt-cacher-ng debdelta-doc libtasn1-doc nut-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pdf-manuals")
