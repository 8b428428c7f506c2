"""Build the twenty-sixth held-out claim corpus, HAProxy's starter and management guides:
`python evals/haproxy_guides.py DIR` (apt-get install haproxy-doc).

Which pages are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("haproxy-guides")
