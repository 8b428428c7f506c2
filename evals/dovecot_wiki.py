"""Build the thirty-second held-out claim corpus, 26 pages of the Dovecot wiki (plain text with underlined
headings) on mailbox formats, quota, SSL, authentication, replication and tuning: `python evals/dovecot_wiki.py
DIR` (apt-get install dovecot-core).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("dovecot-wiki")
