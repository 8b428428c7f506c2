"""Build the thirty-sixth held-out claim corpus, the Lynx Users Guide (one HTML page, gzipped by Debian):
`python evals/lynx_guide.py DIR` (apt-get install lynx-common).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("lynx-guide")
