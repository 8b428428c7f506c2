"""Build the fifty-fifth held-out claim corpus, twelve pages of the GNU Aspell manual (texinfo HTML):
`python evals/aspell_manual.py DIR` (apt-get install aspell-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("aspell-manual")
