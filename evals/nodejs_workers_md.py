"""Build the forty-ninth held-out claim corpus, the Node.js child_process and worker_threads modules as
Markdown: `python evals/nodejs_workers_md.py DIR` (apt-get install nodejs-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("nodejs-workers-md")
