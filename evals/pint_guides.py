"""Build the ninety-eighth held-out claim corpus, nine of Pint's guides (HTML):
`python evals/pint_guides.py DIR` (apt-get install python-pint-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pint-guides")
