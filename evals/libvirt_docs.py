"""Build the twenty-seventh held-out claim corpus, libvirt's pages on running it:
`python evals/libvirt_docs.py DIR` (apt-get install libvirt-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("libvirt-docs")
