"""Build the thirty-third held-out claim corpus, fourteen of Django's topic guides (Sphinx HTML) on
caching, e-mail, files, logging, migrations, security, signals and signing: `python evals/django_topics.py DIR`
(apt-get install python-django-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("django-topics")
