"""Build the fifty-third held-out question corpus, twelve of Mercurial's help topics as plain-text files
(reStructuredText, as `hg help` reads them): `python evals/mercurial_help.py DIR` (apt-get install mercurial-common).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mercurial-help")
