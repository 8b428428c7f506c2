"""Build the eighth held-out question corpus, the aptitude user's manual: `python evals/aptitude_manual.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("aptitude-manual")
