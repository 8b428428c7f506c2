"""Build the hundred-and-twenty-seventh held-out claim corpus, aiodogstatsd's documentation (HTML):
`python evals/aiodogstatsd_docs.py DIR` (apt-get install python-aiodogstatsd-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("aiodogstatsd-docs")
