"""Build the eighty-second held-out question corpus, the PLY (Python Lex-Yacc) manual (HTML):
`python evals/ply_manual.py DIR` (apt-get install python-ply-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("ply-manual")
