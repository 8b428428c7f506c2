"""Build the thirty-seventh held-out claim corpus, GNU Midnight Commander's FAQ (plain text, gzipped):
`python evals/mc_faq.py DIR` (apt-get install mc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mc-faq")
