"""Build the thirty-eighth held-out claim corpus, WeeChat's FAQ and quick start guide (Asciidoctor HTML):
`python evals/weechat_faq.py DIR` (apt-get install weechat-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("weechat-faq")
