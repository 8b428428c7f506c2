"""Build the forty-first held-out question corpus, four of CMake's guides (Sphinx HTML):
`python evals/cmake_guides.py DIR` (apt-get install cmake-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cmake-guides")
