"""Build the fifty-fourth held-out question corpus, two articles of the Go documentation (HTML): the Go memory
model and the quick guide to Go's assembler: `python evals/go_articles.py DIR` (apt-get install golang-1.19-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("go-articles")
