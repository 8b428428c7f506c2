"""Build the fiftieth held-out question corpus, the Open vSwitch FAQ (Sphinx HTML, one page per topic):
`python evals/ovs_faq.py DIR` (apt-get install openvswitch-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("ovs-faq")
