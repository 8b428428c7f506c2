"""Build the fifty-first held-out claim corpus, Writing R Extensions (one Texinfo HTML page):
`python evals/r_exts.py DIR` (apt-get install r-doc-html).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("r-exts")
