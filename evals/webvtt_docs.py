"""Build the hundred-and-twenty-first held-out question corpus, webvtt-py's quick start, usage guide and history (HTML):
`python evals/webvtt_docs.py DIR` (apt-get install python-webvtt-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("webvtt-docs")
