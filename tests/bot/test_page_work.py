"""The page as a place to work, in Chromium: conversations that last, ratings, essays added and removed."""
import json
import os
import random
import shutil
import subprocess
import sys
from contextlib import contextmanager

import httpx
import pytest
import yaml

from bot.base.net import free_port
from bot.bench.synthetic import generate_paragraph
from tests.bot.pages import ask_in_browser
from tests.ingest.files import write_html_article, write_pdf
from tests.servers import bot_env, running

pytestmark = pytest.mark.slow

ANSWERED = "Is China engaged in discussions about the ethics of AI?"


@contextmanager
def work_page(root, seed_index, **extra):
    """`python -m bot` over its own copy of the bundled corpus and index (uploads change both)."""
    corpus, index = root / "corpus", root / "index"
    if not corpus.exists():
        shutil.copytree(seed_index.corpus_dir, corpus)
        shutil.copytree(seed_index.index_dir, index)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = bot_env(corpus, index, BOT_DATA_DIR=str(root / "data"), GRADIO_ANALYTICS_ENABLED="False",
                  BOT_ANSWER_PROCESSES="1", **extra)
    with running([sys.executable, "-m", "bot", "--port", str(port)], url, 300, root / f"page-{port}.log", env):
        yield url, env


def open_panel(page, name: str) -> None:
    page.get_by_role("button", name=name).first.click()


def conversation_labels(page) -> list[str]:
    return [t.strip() for t in page.locator("#conversations label").all_inner_texts()]


def login(browser, url: str, user: str, password: str):
    page = browser.new_context().new_page()
    page.goto(url)
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()
    page.locator("#question textarea").wait_for(timeout=30_000)
    return page


def test_a_conversation_outlasts_a_restart_and_a_rated_answer_is_exported(tmp_path, seed_index, browser):
    with work_page(tmp_path, seed_index) as (url, env):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        ask_in_browser(page, ANSWERED)
        ask_in_browser(page, "Why?")
        open_panel(page, "Conversations")
        page.locator("#conversations label").first.wait_for(timeout=10_000)
        assert len(conversation_labels(page)) == 1 and ANSWERED in conversation_labels(page)[0]
        assert "2 questions" in conversation_labels(page)[0]
        # thumbs down on the first answer, with a comment
        page.locator("#chat [data-testid='bot']").first.hover()
        page.locator("#chat button[aria-label='Dislike']").first.click()
        page.locator("#rating-comment-text textarea").fill("It should say who takes part in the discussions.")
        page.locator("#rating-comment-send").click()
        page.locator("#rating-comment").wait_for(state="hidden", timeout=10_000)
        with page.expect_download() as download:
            page.locator("#conversation-export").click()
        exported = open(download.value.path(), encoding="utf-8").read()
        assert exported.startswith(f"**Q:** {ANSWERED}") and "**Q:** Why?" in exported and "[1] [Conclusion]" in exported

    with work_page(tmp_path, seed_index) as (url, env):   # the same data folder, a new process
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        open_panel(page, "Conversations")
        page.locator("#conversations label").first.wait_for(timeout=10_000)
        page.locator("#conversations label").first.click()
        page.locator("#chat [data-testid='bot']").nth(1).wait_for(timeout=10_000)
        users = page.locator("#chat [data-testid='user']").all_inner_texts()
        assert [u.strip() for u in users] == [ANSWERED, "Why?"]
        assert page.locator("#sources .source.cited").count() >= 1   # the last answer's sources are back
        ask_in_browser(page, "Who wrote the conclusion?")   # carries on in the same conversation
        page.wait_for_function("() => [...document.querySelectorAll('#conversations label')]"
                               ".some(l => l.innerText.includes('3 questions'))", timeout=10_000)
        assert len(conversation_labels(page)) == 1
        exported = tmp_path / "feedback.yaml"
        subprocess.run([sys.executable, "-m", "bot.evaluate", "feedback", "--export", str(exported)],
                       env=env, check=True, capture_output=True, timeout=120)
        [rated] = yaml.safe_load(exported.read_text())["questions"]
        assert rated["question"] == ANSWERED and "rated-down" in rated["tags"]
        assert rated["comment"] == "It should say who takes part in the discussions."
        page.locator("#conversation-delete").click()
        page.wait_for_function("() => document.querySelectorAll('#conversations label').length === 0",
                               timeout=10_000)
        # the chat is another output of the same click: on a loaded machine it empties a moment after the list
        page.wait_for_function("() => document.querySelectorAll(\"#chat [data-testid='user']\").length === 0",
                               timeout=10_000)
        assert page.locator("#chat [data-testid='user']").count() == 0


def test_one_logins_conversations_are_not_shown_to_another(tmp_path, seed_index, browser):
    with work_page(tmp_path, seed_index, BOT_AUTH="alice:alice-pass-1,bob:bob-pass-2") as (url, _):
        alice = login(browser, url, "alice", "alice-pass-1")
        ask_in_browser(alice, ANSWERED)
        open_panel(alice, "Conversations")
        alice.locator("#conversations label").first.wait_for(timeout=10_000)
        bob = login(browser, url, "bob", "bob-pass-2")
        open_panel(bob, "Conversations")
        bob.wait_for_timeout(1000)   # the list is filled when the page loads
        assert conversation_labels(bob) == []
        alice.reload()
        alice.locator("#question textarea").wait_for(timeout=30_000)
        open_panel(alice, "Conversations")
        alice.locator("#conversations label").first.wait_for(timeout=10_000)
        assert ANSWERED in conversation_labels(alice)[0]


def test_essays_added_from_the_page_are_answerable_at_once_and_removable(tmp_path, seed_index, browser, artifacts_dir):
    files = tmp_path / "to-upload"
    files.mkdir()
    pdf = write_pdf(files / "courts and data.pdf")
    html = write_html_article(files / "city-brain.html")
    (files / "fake.pdf").write_text("<html>not a pdf</html>")
    rng = random.Random(5)   # long enough to see the progress bar: a few seconds of embedding
    (files / "long-report.md").write_text("# A long report\n\n" + "\n\n".join(generate_paragraph(rng) for _ in range(150)))
    with work_page(tmp_path, seed_index) as (url, _):
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        open_panel(page, "Add essays")
        page.locator("#upload-files input[type=file]").set_input_files(
            [str(pdf), str(html), str(files / "fake.pdf"), str(files / "long-report.md")])
        page.locator("#upload-add").click()
        page.locator("#side .progress-text, #side .eta-bar, #side .progress-level").first.wait_for(timeout=60_000)
        page.locator("#upload-report").get_by_text("Added:", exact=True).wait_for(timeout=180_000)
        report = page.locator("#upload-report").inner_text()
        assert "uploads/courts-and-data.pdf" in report and "uploads/city-brain.html" in report
        assert "fake.pdf: the content is not a PDF file" in report
        page.screenshot(path=str(artifacts_dir / "page-add-essays.png"), full_page=True)
        ask_in_browser(page, "How do Shenzhen courts transcribe hearings?")
        answer = page.locator("#chat [data-testid='bot']").last.inner_text()
        assert "speech recognition" in answer
        assert "courts-and-data.pdf" in page.locator("#sources .source.cited").first.inner_text()
        # remove the PDF: its passages go with it
        page.locator("#uploaded-essays input").click()
        page.get_by_role("option", name="uploads/courts-and-data.pdf").click()
        page.locator("#upload-remove").click()
        page.locator("#upload-report").get_by_text("Removed").wait_for(timeout=120_000)
        ask_in_browser(page, "How do Shenzhen courts transcribe hearings?")
        assert "courts-and-data.pdf" not in page.locator("#sources").inner_text()
        # the size limit holds at Gradio's own route, before any of the page's code runs
        with httpx.Client(base_url=url, timeout=60) as client:
            too_big = client.post("/gradio_api/upload", files={"files": ("big.txt", b"a" * (21 * 2**20))})
        assert too_big.status_code == 413
        # a client naming a server path as its upload, through the add event over raw HTTP: refused
        assert "not uploaded by a user" in forged_upload(url, "/etc/passwd")
    assert not os.path.exists(tmp_path / "corpus" / "uploads" / "courts-and-data.pdf")
    assert not os.path.exists(tmp_path / "corpus" / "uploads" / "big.txt")
    assert not os.path.exists(tmp_path / "corpus" / "uploads" / "passwd")
    assert os.path.exists(tmp_path / "corpus" / "uploads" / "city-brain.html")


def forged_upload(url: str, server_path: str) -> str:
    """Call the page's add-essays event as a hostile client would, with a file path it never uploaded;
    returns the error the page answered with."""
    with httpx.Client(base_url=url, timeout=60) as client:
        config = client.get("/config").json()
        files = next(c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == "upload-files")
        event = next(d.get("id", n) for n, d in enumerate(config["dependencies"]) if files in d["inputs"])
        payload = [{"path": server_path, "orig_name": "essay.txt", "meta": {"_type": "gradio.FileData"}}]
        joined = client.post("/gradio_api/queue/join", json={"data": [payload], "fn_index": event,
                                                              "session_hash": "forged"})
        assert joined.status_code == 200
        with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": "forged"}) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:") and (message := json.loads(line[5:]))["msg"] == "process_completed":
                    assert message["success"] is False
                    return message["output"]["error"]
    raise AssertionError("the page never answered the forged upload")
