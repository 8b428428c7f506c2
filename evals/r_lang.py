"""Build the forty-sixth held-out claim corpus, the R Language Definition (one Texinfo HTML page):
`python evals/r_lang.py DIR` (apt-get install r-doc-html).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("r-lang")
