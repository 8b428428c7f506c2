"""Build the hundred-and-thirty-sixth held-out question corpus,
django-model-utils' pages on fields, managers, models and utilities (HTML):
`python evals/django_model_utils_docs.py DIR` (apt-get install python-django-model-utils-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("django-model-utils-docs")
