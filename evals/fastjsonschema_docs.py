"""Build the hundred-and-thirty-third held-out question corpus, fastjsonschema's documentation (HTML):
`python evals/fastjsonschema_docs.py DIR` (apt-get install python-fastjsonschema-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("fastjsonschema-docs")
