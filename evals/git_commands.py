"""Build the eighteenth claim corpus, git's everyday command man pages: `python evals/git_commands.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("git-commands")
