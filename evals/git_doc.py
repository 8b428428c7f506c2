"""Build the ninth held-out question corpus, git's guides and user manual: `python evals/git_doc.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("git-doc")
