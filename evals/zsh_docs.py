"""Build the twenty-fourth held-out question corpus, the Z shell manual's chapters on invocation, startup files,
grammar, redirection, functions, jobs, arithmetic, conditions and prompts, and the Zsh FAQ:
`python evals/zsh_docs.py DIR` (apt-get install zsh-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("zsh-docs")
