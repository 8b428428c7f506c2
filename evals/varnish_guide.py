"""Build the seventeenth held-out question corpus, the Varnish users guide: `python evals/varnish_guide.py DIR`
(apt-get install varnish-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("varnish-guide")
