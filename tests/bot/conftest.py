"""Fixtures for the page tests: the page started as a user starts it."""
import os
import shutil
import sys

import pytest

from bot.base.net import free_port
from tests.servers import bot_env, running

EVIL_ESSAY = ("# Markup test\n\nThe Shenzhen water board wrote <script>window.pwned = 1</script> "
              "<b>bold claims</b> about flood sensors in its annual report on river monitoring.\n")


@pytest.fixture(scope="module")
def page_url(tmp_path_factory, seed_index):
    """The page over the bundled corpus plus one essay that contains markup."""
    root = tmp_path_factory.mktemp("page")
    corpus = root / "corpus"
    shutil.copytree(seed_index.corpus_dir, corpus)
    (corpus / "markup.md").write_text(EVIL_ESSAY, encoding="utf-8")
    port = free_port()
    env = bot_env(corpus, root / "index", GRADIO_ANALYTICS_ENABLED="False")
    cmd = [sys.executable, "-m", "bot", "--port", str(port)]
    with running(cmd, f"http://127.0.0.1:{port}/", 300, root / "page.log", env):
        yield f"http://127.0.0.1:{port}/"


@pytest.fixture
def browser():
    """Debian's chromium driven by Playwright: what `make test` installs, with no download at run time."""
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        try:
            yield browser
        finally:
            browser.close()
