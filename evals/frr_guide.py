"""Build the thirty-fourth held-out question corpus, ten chapters of the FRRouting user guide (Sphinx HTML):
`python evals/frr_guide.py DIR` (apt-get install frr-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("frr-guide")
