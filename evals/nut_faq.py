"""Build the twenty-fourth held-out claim corpus, the Network UPS Tools FAQ: `python evals/nut_faq.py DIR`
(apt-get install nut-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nut-faq")
