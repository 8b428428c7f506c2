"""Build the forty-third held-out question corpus, five modules of the Node.js API reference as Markdown:
`python evals/nodejs_api_md.py DIR` (apt-get install nodejs-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nodejs-api-md")
