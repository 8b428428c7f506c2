"""Build the twenty-third held-out claim corpus, the FAI Guide: `python evals/fai_guide.py DIR`
(apt-get install fai-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("fai-guide")
