"""Build the seventy-seventh held-out question corpus, Mutagen's user guide (HTML):
`python evals/mutagen_guide.py DIR` (apt-get install python-mutagen-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("mutagen-guide")
