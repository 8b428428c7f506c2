"""Build the eighty-fifth held-out question corpus, Pika's introduction, FAQ and six usage examples (HTML):
`python evals/pika_docs.py DIR` (apt-get install python-pika-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("pika-docs")
