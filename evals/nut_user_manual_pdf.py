"""Build the forty-seventh held-out claim corpus, the Network UPS Tools user manual as a PDF:
`python evals/nut_user_manual_pdf.py DIR` (apt-get install nut-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nut-user-manual-pdf")
