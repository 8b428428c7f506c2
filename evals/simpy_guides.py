"""Build the eighty-third held-out question corpus, SimPy's introduction and topical guides (HTML):
`python evals/simpy_guides.py DIR` (apt-get install python-simpy3-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("simpy-guides")
