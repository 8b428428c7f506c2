"""Build the fifty-fourth held-out claim corpus, seven pages of MIT Kerberos's administration guide (Sphinx HTML):
`python evals/krb5_admin.py DIR` (apt-get install krb5-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("krb5-admin")
