"""Build the hundred-and-twenty-eighth held-out question corpus, srt's overview, quick start and API pages (HTML):
`python evals/srt_docs.py DIR` (apt-get install python-srt-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("srt-docs")
