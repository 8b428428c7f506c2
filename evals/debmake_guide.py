"""Build the fifth held-out question corpus, the Guide for Debian Maintainers: `python evals/debmake_guide.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debmake-doc")
