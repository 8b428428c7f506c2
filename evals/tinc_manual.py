"""Build the thirtieth held-out question corpus, the tinc VPN daemon's manual (Texinfo HTML, one page per
node): `python evals/tinc_manual.py DIR` (apt-get install tinc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("tinc-manual")
