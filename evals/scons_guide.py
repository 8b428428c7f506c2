"""Build the forty-eighth held-out question corpus, the first six chapters of the SCons user guide (DocBook
HTML, one page per section): `python evals/scons_guide.py DIR` (apt-get install scons-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("scons-guide")
