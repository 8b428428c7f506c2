"""Build the seventh claim corpus, the Securing Debian Manual: `python evals/securing_debian.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("securing-debian")
