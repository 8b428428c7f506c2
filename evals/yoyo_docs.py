"""Build the eighty-sixth held-out claim corpus, the yoyo-migrations documentation (HTML):
`python evals/yoyo_docs.py DIR` (apt-get install python-yoyo-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("yoyo-docs")
