"""Build the twenty-fifth held-out claim corpus, Postfix's README guides: `python evals/postfix_readmes.py DIR`
(apt-get install postfix-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("postfix-readmes")
