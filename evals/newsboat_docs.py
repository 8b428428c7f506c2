"""Build the thirty-third held-out question corpus, Newsboat's FAQ and user manual (Asciidoctor HTML):
`python evals/newsboat_docs.py DIR` (apt-get install newsboat).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("newsboat-docs")
