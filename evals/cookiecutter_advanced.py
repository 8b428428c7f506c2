"""Build the seventy-fourth held-out claim corpus, twelve of cookiecutter's advanced-usage pages (HTML):
`python evals/cookiecutter_advanced.py DIR` (apt-get install python-cookiecutter-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cookiecutter-advanced")
