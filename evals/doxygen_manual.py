"""Build the thirty-ninth held-out claim corpus, the Doxygen manual (Doxygen-generated HTML):
`python evals/doxygen_manual.py DIR` (apt-get install doxygen-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("doxygen-manual")
