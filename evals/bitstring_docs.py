"""Build the hundred-and-seventeenth held-out claim corpus, bitstring's introduction and walkthrough (HTML):
`python evals/bitstring_docs.py DIR` (apt-get install python-bitstring-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("bitstring-docs")
