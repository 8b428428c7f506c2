"""Build the seventy-eighth held-out question corpus, ConfigObj's two manuals (HTML):
`python evals/configobj_docs.py DIR` (apt-get install python-configobj-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("configobj-docs")
