"""Build the twenty-third held-out question corpus, NTPsec's pages on how ntpd picks, polls and trusts its
servers: `python evals/ntpsec_docs.py DIR` (apt-get install ntpsec-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("ntpsec-docs")
