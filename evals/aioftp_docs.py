"""Build the hundred-and-twenty-third held-out question corpus, aioftp's client and server tutorials (HTML):
`python evals/aioftp_docs.py DIR` (apt-get install python-aioftp-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("aioftp-docs")
