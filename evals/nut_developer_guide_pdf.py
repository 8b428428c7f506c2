"""Build the forty-fifth held-out question corpus, the Network UPS Tools developer guide as a PDF:
`python evals/nut_developer_guide_pdf.py DIR` (apt-get install nut-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nut-developer-guide-pdf")
