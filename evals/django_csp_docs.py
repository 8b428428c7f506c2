"""Build the hundred-and-twenty-fourth held-out question corpus, django-csp's
configuration, nonce, decorator and Trusted Types pages (HTML):
`python evals/django_csp_docs.py DIR` (apt-get install python-django-csp-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("django-csp-docs")
