"""Build the fifty-second held-out claim corpus, Slurm's FAQ and five of its guides (hand-written HTML):
`python evals/slurm_guides.py DIR` (apt-get install slurm-wlm-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("slurm-guides")
