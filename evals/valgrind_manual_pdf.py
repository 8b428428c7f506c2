"""Build the forty-second held-out question corpus, Valgrind's user manual as a PDF:
`python evals/valgrind_manual_pdf.py DIR` (apt-get install valgrind).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("valgrind-manual-pdf")
