"""Build the thirty-fifth held-out claim corpus, fetchmail's FAQ (one long HTML page), feature list and design
notes: `python evals/fetchmail_faq.py DIR` (apt-get install fetchmail).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("fetchmail-faq")
