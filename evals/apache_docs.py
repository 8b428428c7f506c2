"""Build the twenty-second held-out question corpus, the Apache HTTP Server's how-to guides and its pages on
configuring, logging, stopping and virtual hosts: `python evals/apache_docs.py DIR` (apt-get install apache2-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("apache-docs")
