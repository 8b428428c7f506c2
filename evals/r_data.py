"""Build the forty-second held-out claim corpus, R Data Import/Export (one Texinfo HTML page):
`python evals/r_data.py DIR` (apt-get install r-doc-html).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("r-data")
