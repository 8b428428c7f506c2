"""Build the fortieth held-out claim corpus, CMake's reference manuals on the build system, the language,
packages, toolchains and Qt (Sphinx HTML): `python evals/cmake_manuals.py DIR` (apt-get install cmake-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("cmake-manuals")
