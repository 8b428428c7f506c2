"""Build the thirty-ninth held-out question corpus, the CMake tutorial's twelve steps (Sphinx HTML):
`python evals/cmake_tutorial.py DIR` (apt-get install cmake-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cmake-tutorial")
