"""Build the forty-seventh held-out question corpus, five chapters of the Wireshark User's Guide (Asciidoctor
HTML, one page per section): `python evals/wireshark_guide.py DIR` (apt-get install wireshark-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("wireshark-guide")
