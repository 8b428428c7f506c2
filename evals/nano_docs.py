"""Build the sixty-first held-out claim corpus, GNU nano's manual and FAQ (two HTML pages):
`python evals/nano_docs.py DIR` (apt-get install nano).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nano-docs")
