"""Build the fifty-sixth held-out question corpus, the SBCL User Manual (one Texinfo HTML page):
`python evals/sbcl_manual.py DIR` (apt-get install sbcl-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sbcl-manual")
