"""Build the ninety-second held-out claim corpus, three of peewee's guides (HTML):
`python evals/peewee_guides.py DIR` (apt-get install python-peewee-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("peewee-guides")
