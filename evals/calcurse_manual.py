"""Build the sixty-second held-out claim corpus, the calcurse manual (one HTML page):
`python evals/calcurse_manual.py DIR` (apt-get install calcurse).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("calcurse-manual")
