"""Build the sixty-eighth held-out question corpus, eight of cmd2's feature pages (HTML):
`python evals/cmd2_features.py DIR` (apt-get install python-cmd2-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cmd2-features")
