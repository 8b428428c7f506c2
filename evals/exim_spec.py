"""Build the twenty-eighth held-out claim corpus, the Exim specification's chapters on how Exim works and is run:
`python evals/exim_spec.py DIR` (apt-get install exim4-doc-html).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("exim-spec")
