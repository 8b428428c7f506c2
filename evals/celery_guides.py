"""Build the sixty-third held-out question corpus, Celery's getting-started guides and FAQ (HTML):
`python evals/celery_guides.py DIR` (apt-get install python-celery-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("celery-guides")
