"""Build the forty-fourth held-out claim corpus, Bacula's Utility Programs guide as a PDF:
`python evals/bacula_utility_pdf.py DIR` (apt-get install bacula-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bacula-utility-pdf")
