"""Build the hundred-and-twenty-seventh held-out question corpus, lockfile's documentation (HTML):
`python evals/lockfile_docs.py DIR` (apt-get install python-lockfile-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("lockfile-docs")
