"""Build the second held-out question corpus, the Debian Linux Kernel Handbook: `python evals/kernel_handbook.py DIR`.

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("kernel-handbook")
