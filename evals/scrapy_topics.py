"""Build the seventy-first held-out claim corpus, six of Scrapy's topic pages (HTML):
`python evals/scrapy_topics.py DIR` (apt-get install python-scrapy-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("scrapy-topics")
