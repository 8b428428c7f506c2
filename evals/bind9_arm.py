"""Build the nineteenth held-out question corpus, the BIND 9 Administrator Reference Manual:
`python evals/bind9_arm.py DIR` (apt-get install bind9-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bind9-arm")
