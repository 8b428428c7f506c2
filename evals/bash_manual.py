"""Build the twenty-seventh held-out question corpus, the Bash Reference Manual as one HTML page (Texinfo
output): `python evals/bash_manual.py DIR` (apt-get install bash-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bash-manual")
