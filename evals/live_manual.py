"""Build the eleventh claim corpus, the Debian Live Systems Manual: `python evals/live_manual.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("live-manual")
