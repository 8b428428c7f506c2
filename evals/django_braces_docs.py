"""Build the corpus of a held-out claim set, django-braces' access and form mixin pages (HTML):
`python evals/django_braces_docs.py DIR` (apt-get install python-django-braces-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("django-braces-docs")
