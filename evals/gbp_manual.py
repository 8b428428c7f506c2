"""Build the fourth held-out question corpus, the git-buildpackage manual: `python evals/gbp_manual.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("gbp-manual")
