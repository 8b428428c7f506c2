"""Build the hundredth held-out question corpus, ten of Betamax's documentation pages (HTML):
`python evals/betamax_docs.py DIR` (apt-get install python-betamax-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("betamax-docs")
