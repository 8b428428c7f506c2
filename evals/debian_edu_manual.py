"""Build the thirteenth held-out claim corpus, the Debian Edu Bookworm Manual: `python evals/debian_edu_manual.py DIR`.

Which file is copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debian-edu-manual")
