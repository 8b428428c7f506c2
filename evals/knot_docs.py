"""Build the sixteenth held-out question corpus, the Knot DNS manual: `python evals/knot_docs.py DIR`
(apt-get install knot-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("knot-docs")
