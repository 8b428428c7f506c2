"""Build the ninety-ninth held-out claim corpus, the simplejson documentation (HTML):
`python evals/simplejson_docs.py DIR` (apt-get install python-simplejson-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("simplejson-docs")
