"""Build the ninth claim corpus, the Debian Policy Manual: `python evals/debian_policy.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("debian-policy")
