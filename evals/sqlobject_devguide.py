"""Build the hundred-and-twenty-fourth held-out claim corpus, SQLObject's developer guide (HTML):
`python evals/sqlobject_devguide.py DIR` (apt-get install python-sqlobject-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("sqlobject-devguide")
