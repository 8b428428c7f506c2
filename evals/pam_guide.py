"""Build the forty-ninth held-out question corpus, the Linux-PAM System Administrators' Guide (DocBook HTML, one
page per section; the introduction, configuration, security issues and thirteen module pages):
`python evals/pam_guide.py DIR` (apt-get install libpam-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pam-guide")
