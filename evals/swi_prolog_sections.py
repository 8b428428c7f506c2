"""Build the sixty-third held-out claim corpus, six sections of the SWI-Prolog Reference Manual (HTML):
`python evals/swi_prolog_sections.py DIR` (apt-get install swi-prolog-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("swi-prolog-sections")
