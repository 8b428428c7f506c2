"""Build the sixty-ninth held-out question corpus, kombu's user guide and FAQ (HTML):
`python evals/kombu_guide.py DIR` (apt-get install python-kombu-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("kombu-guide")
