"""Build the twenty-eighth held-out question corpus, the Vim user manual's editing chapters (Vim's help files
rendered to HTML, each body one preformatted block): `python evals/vim_user_manual.py DIR` (apt-get install vim-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("vim-user-manual")
