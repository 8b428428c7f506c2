"""Build the corpus of the twenty-second held-out claim set, dput-ng's documentation:
`python evals/dput_ng_doc.py DIR` (apt-get install dput-ng-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("dput-ng")
