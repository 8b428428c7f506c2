"""Build the thirty-fourth held-out claim corpus, chrony's FAQ and README (gzipped plain text; the FAQ a text
rendering of its HTML): `python evals/chrony_faq.py DIR` (apt-get install chrony).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("chrony-faq")
