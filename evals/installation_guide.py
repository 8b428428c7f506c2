"""Build the tenth claim corpus, the Debian Installation Guide: `python evals/installation_guide.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("installation-guide")
