"""Build the eighteenth claim corpus, git's everyday command man pages: `python evals/git_commands.py DIR`.

The git-<command>.html pages of Debian's git-doc package for the commands of everyday use, copied as they are
(the guides and the plumbing pages are left out; evals/git_doc.py copies the guides).
"""
from __future__ import annotations

import sys
from pathlib import Path

from debian_pages import _copy

FOLDER = Path("/usr/share/doc/git-doc")
PAGES = ("add", "bisect", "blame", "branch", "checkout", "cherry-pick", "clean", "clone", "commit", "config",
         "diff", "fetch", "gc", "grep", "init", "log", "merge", "mv", "pull", "push", "rebase", "reflog", "remote",
         "reset", "restore", "revert", "rm", "show", "stash", "status", "switch", "tag", "worktree")


def build(target: Path) -> int:
    """Copy the pages to target; 2 (and why) when git-doc is not installed."""
    pages = [FOLDER / f"git-{name}.html" for name in PAGES if (FOLDER / f"git-{name}.html").exists()]
    if not _copy(pages, FOLDER, "git-doc", target, lambda page: page.name):
        return 2
    print(f"{len(pages)} command pages of git's manual in {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python {sys.argv[0]} DIR")
    sys.exit(build(Path(sys.argv[1])))
