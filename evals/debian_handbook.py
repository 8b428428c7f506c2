"""Build the eighth claim corpus, the Debian Administrator's Handbook: `python evals/debian_handbook.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debian-handbook")
