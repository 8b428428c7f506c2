"""Build the twentieth held-out question corpus, the Kea Administrator Reference Manual's chapters on running Kea:
`python evals/kea_arm.py DIR` (apt-get install kea-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("kea-arm")
