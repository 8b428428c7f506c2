"""Build the thirty-eighth held-out question corpus, Bacula's Problem Resolution Guide (six LaTeX2HTML pages)
and its Miscellaneous Guide (the PDF Debian ships), side by side as a user would drop them:
`python evals/bacula_problems.py DIR` (apt-get install bacula-doc).

Which files are copied, and from where: debian_pages.MANUALS.
"""
import sys
from pathlib import Path

from debian_pages import MANUALS, build_manual

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python {sys.argv[0]} DIR")
    sys.exit(max(build_manual(MANUALS[name], Path(sys.argv[1])) for name in ("bacula-problems", "bacula-misc-pdf")))
