"""Build the fifteenth held-out question corpus, BorgBackup's documentation: `python evals/borg_docs.py DIR`
(apt-get install borgbackup-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("borg-docs")
