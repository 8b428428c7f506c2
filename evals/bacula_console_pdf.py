"""Build the forty-third held-out claim corpus, Bacula's Console and Operators Guide as a PDF:
`python evals/bacula_console_pdf.py DIR` (apt-get install bacula-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bacula-console-pdf")
