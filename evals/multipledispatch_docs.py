"""Build the hundred-and-thirtieth held-out question corpus,
multipledispatch's overview, design and resolution pages (HTML):
`python evals/multipledispatch_docs.py DIR` (apt-get install python-multipledispatch-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("multipledispatch-docs")
