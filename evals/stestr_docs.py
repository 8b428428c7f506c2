"""Build the hundred-and-eleventh held-out question corpus, stestr's manual and README (HTML):
`python evals/stestr_docs.py DIR` (apt-get install python-stestr-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("stestr-docs")
