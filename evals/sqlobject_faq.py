"""Build the hundred-and-twenty-second held-out question corpus, SQLObject's FAQ and versioning guide (HTML):
`python evals/sqlobject_faq.py DIR` (apt-get install python-sqlobject-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sqlobject-faq")
