"""Build the seventy-ninth held-out question corpus, Arrow's user guide (HTML):
`python evals/arrow_guide.py DIR` (apt-get install python-arrow-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("arrow-guide")
