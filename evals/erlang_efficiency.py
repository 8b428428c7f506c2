"""Build the fifty-ninth held-out question corpus, seven chapters of the Erlang Efficiency Guide (HTML):
`python evals/erlang_efficiency.py DIR` (apt-get install erlang-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("erlang-efficiency")
