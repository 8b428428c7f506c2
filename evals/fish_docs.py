"""Build the fifty-first held-out question corpus, four pages of the fish shell's documentation (Sphinx HTML: the
FAQ, the tutorial, fish for bash users, the design principles): `python evals/fish_docs.py DIR`
(apt-get install fish-common).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("fish-docs")
