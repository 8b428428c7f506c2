"""Build the eighty-eighth held-out question corpus, seven of CherryPy's documentation pages (HTML):
`python evals/cherrypy_docs.py DIR` (apt-get install python-cherrypy3-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cherrypy-docs")
