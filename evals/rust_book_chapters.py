"""Build the fifty-fifth held-out question corpus, three chapters of The Rust Programming Language (mdBook HTML):
error handling, smart pointers and fearless concurrency: `python evals/rust_book_chapters.py DIR`
(apt-get install rust-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("rust-book-chapters")
