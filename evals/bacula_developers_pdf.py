"""Build the forty-fifth held-out claim corpus, Bacula's Developer's Guide as a PDF:
`python evals/bacula_developers_pdf.py DIR` (apt-get install bacula-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bacula-developers-pdf")
