"""Build the forty-sixth held-out question corpus, the Network UPS Tools' FAQ and three short guides as PDFs:
`python evals/nut_small_guides_pdf.py DIR` (apt-get install nut-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nut-small-guides-pdf")
