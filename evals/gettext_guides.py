"""Build the fifty-third held-out claim corpus, GNU gettext's FAQ and the first three chapters of its manual
(texi2html): `python evals/gettext_guides.py DIR` (apt-get install gettext-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gettext-guides")
