"""Build the eighteenth held-out question corpus, rsyslog's guides: `python evals/rsyslog_guides.py DIR`
(apt-get install rsyslog-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("rsyslog-guides")
