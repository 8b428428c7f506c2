"""Build the sixty-fourth held-out claim corpus, three chapters of Getting Started with Erlang (HTML):
`python evals/erlang_getting_started.py DIR` (apt-get install erlang-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("erlang-getting-started")
