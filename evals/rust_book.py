"""Build the fifty-second held-out question corpus, eight chapters of The Rust Programming Language (mdBook HTML:
Cargo, ownership, references and borrowing, vectors, strings, hash maps, recoverable errors, when to panic):
`python evals/rust_book.py DIR` (apt-get install rust-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
from debian_pages import main

if __name__ == "__main__":
    main("rust-book")
