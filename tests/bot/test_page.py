"""The page as a user meets it: `python -m bot --port N` in a subprocess, asked through gradio_client and a browser."""
import html
import sys
import time
from types import SimpleNamespace

import httpx
import pytest

from bot.base.net import free_port
from tests.bot.pages import ask_in_browser, page_with_scripted_model
from tests.servers import bot_env, faulty_http_server, llama_server, running

pytestmark = pytest.mark.slow


def test_chat_endpoint_answers_with_citations_and_sources(page_url):
    from gradio_client import Client

    client = Client(page_url, verbose=False)
    answer_md, status, sources, copy_md = client.predict(
        "Is China engaged in discussions about the ethics of AI?", [], api_name="/chat")
    assert 'href="#src-1"' in answer_md and "References" in answer_md
    assert "Extracted word for word" in status
    assert 'id="src-1"' in sources and "<mark>" in sources and "ethics of AI" in sources
    assert copy_md.startswith("**Q:** Is China engaged") and "[1] [Conclusion]" in copy_md


def test_chat_endpoint_refuses_off_topic_questions_and_reports_bad_ones(page_url):
    from gradio_client import Client

    client = Client(page_url, verbose=False)
    answer_md, status, sources, _ = client.predict("Who won the 2018 FIFA World Cup?", [], api_name="/chat")
    assert "do not answer that question" in answer_md and "Not answered by the essays" in status
    assert "Closest passages" in sources
    answer_md, *_ = client.predict("   ", [], api_name="/chat")
    assert "empty" in answer_md


def test_chat_endpoint_limits_answers_to_chosen_essays(page_url):
    from gradio_client import Client

    client = Client(page_url, verbose=False)
    _, _, sources, _ = client.predict("What did the water board write about flood sensors?", ["markup.md"],
                                      api_name="/chat")
    assert "markup.md" in sources and "000_2b8d790fec33eaad.txt" not in sources
    assert "&lt;script&gt;" in sources and "<script>" not in sources


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on port, from /proc/net/tcp."""
    found = set()
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, port_hex = local.split(":")
        if state == "0A" and int(port_hex, 16) == port:
            found.add(".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def test_the_page_listens_on_loopback_only_by_default(page_url):
    port = int(page_url.rstrip("/").rsplit(":", 1)[1])
    assert listening_addresses(port) == {"127.0.0.1"}


def test_the_page_serves_no_files_from_elsewhere_on_disk(page_url):
    import urllib.error
    import urllib.request

    for path in ("gradio_api/file=/etc/passwd", "file=/etc/passwd", "gradio_api/file=../../../../etc/passwd"):
        try:
            with urllib.request.urlopen(page_url + path, timeout=10) as response:
                assert b"root:" not in response.read()
        except urllib.error.HTTPError as exc:
            assert exc.code in (403, 404, 405)


def test_serving_beyond_loopback_without_a_login_warns(tmp_path, seed_index):
    port = free_port()
    env = bot_env(seed_index.corpus_dir, seed_index.index_dir)
    log = tmp_path / "open-page.log"
    with running([sys.executable, "-m", "bot", "--host", "0.0.0.0", "--port", str(port)],
                 f"http://127.0.0.1:{port}/", 300, log, env):
        pass
    assert "without a login" in log.read_text() and "BOT_AUTH" in log.read_text()


def test_bot_auth_asks_for_a_login_before_answering(tmp_path, seed_index):
    from gradio_client import Client

    port = free_port()
    env = bot_env(seed_index.corpus_dir, seed_index.index_dir, BOT_AUTH="analyst:s3cret-pass")
    url = f"http://127.0.0.1:{port}/"
    log = tmp_path / "auth-page.log"
    with running([sys.executable, "-m", "bot", "--port", str(port)], url, 300, log, env):
        with httpx.Client(base_url=url, timeout=30) as anonymous:
            refused = anonymous.post("/gradio_api/call/chat", json={"data": ["Is China discussing AI ethics?", []]})
            assert refused.status_code == 401 and "Not authenticated" in refused.text
        client = Client(url, auth=("analyst", "s3cret-pass"), verbose=False)
        answer_md, *_ = client.predict("Is China engaged in discussions about the ethics of AI?", [], api_name="/chat")
        assert 'href="#src-1"' in answer_md
    assert "s3cret-pass" not in log.read_text()


def test_browser_types_a_question_sees_the_streamed_answer_and_a_highlighted_source(page_url, artifacts_dir, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_url)
    page.get_by_placeholder("Ask about the essays").fill("What did the water board write about flood sensors?")
    page.keyboard.press("Enter")
    page.locator("#chat a.cite").first.wait_for(timeout=60_000)
    bot_text = page.locator("#chat .message.bot, #chat [data-testid='bot']").last.inner_text()
    assert "<script>window.pwned = 1</script>" in bot_text     # shown as text, not run
    assert page.evaluate("window.pwned === undefined")
    page.locator("#chat a.cite").first.click()
    active = page.locator("#sources .source.active")
    active.wait_for(timeout=10_000)
    assert active.locator("mark").count() >= 1
    page.screenshot(path=str(artifacts_dir / "page-citation-click.png"), full_page=True)
    page.goto(page_url + "?__theme=dark")
    page.get_by_placeholder("Ask about the essays").fill(
        "What can policymakers in Europe learn from China's use of AI in public services?")
    page.keyboard.press("Enter")
    page.locator("#chat a.cite").first.wait_for(timeout=60_000)
    page.locator("#chat a.cite").first.click()
    page.locator("#sources .source.active").wait_for(timeout=10_000)
    page.screenshot(path=str(artifacts_dir / "page-dark.png"), full_page=True)


def test_who_wrote_and_which_essays_are_answered_from_records_marked_as_such_in_the_browser(page_url, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_url)
    page.locator("#question textarea").wait_for(timeout=30_000)
    ask_in_browser(page, "Who wrote the conclusion?")
    assert "Hessy Elliott" in page.locator("#chat [data-testid='bot']").last.inner_text()
    record = page.locator("#sources .source.record.cited")
    assert record.count() >= 1 and "Essay record (metadata)" in record.first.inner_text()
    ask_in_browser(page, "What was her role?")   # the name the answer gave goes into the follow-up's query
    status = page.locator("#answer-status").inner_text()
    assert "Read as a follow-up" in status and "(Hessy Elliott)" in status
    ask_in_browser(page, "Which essays are in the collection?")
    answer = page.locator("#chat [data-testid='bot']").last.inner_text()
    assert "Conclusion" in answer and "Markup test" in answer
    assert "The collection holds 2 essays" in page.locator("#answer-status").inner_text()
    assert page.locator("#sources .source.record.cited").count() == 2
    ask_in_browser(page, "Which essay says that China is innovating with AI at breathtaking speed?")
    answer = page.locator("#chat [data-testid='bot']").last.inner_text()
    assert answer.startswith("Conclusion") and "breathtaking speed" in answer   # the essay named, then the quote
    assert page.locator("#sources .source.record.cited").count() == 1


def test_which_topics_a_page_goes_through_shows_its_headings_cited_to_its_record_in_the_browser(tmp_path, browser):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "river.md").write_text(
        "# River Monitoring\n\nThis guide explains how the water board watches its rivers and warns the towns "
        "downstream.\n\n## Flood Sensors\n\nSensors report the water level every minute.\n\n## Alarms and Alerts\n\n"
        "An alarm goes out when the level rises fast.\n", encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = bot_env(corpus, tmp_path / "index", GRADIO_ANALYTICS_ENABLED="False")
    with running([sys.executable, "-m", "bot", "--port", str(port)], url, 300, tmp_path / "page.log", env):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        ask_in_browser(page, "Which topics does the River Monitoring guide go through?")
        answer = page.locator("#chat [data-testid='bot']").last.inner_text()
        assert answer.startswith("This guide explains how the water board watches its rivers")
        assert "River Monitoring has these sections: Flood Sensors; Alarms and Alerts." in answer
        record = page.locator("#sources .source.record.cited")   # the headings' source: the essay's record
        assert record.count() == 1 and "Essay record (metadata)" in record.first.inner_text()
        assert "Flood Sensors; Alarms and Alerts" in record.first.inner_text()
        assert "not supported" not in page.locator("#answer-status").inner_text()


def test_a_follow_up_typed_in_the_browser_leans_on_the_answered_question(page_url, browser):
    """Gradio 6 hands the browser's history over as lists of parts; "Why?" must still find its topic."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_url)
    page.locator("#question textarea").wait_for(timeout=30_000)
    ask_in_browser(page, "Is China engaged in discussions about the ethics of AI?")
    ask_in_browser(page, "Why?")
    status = page.locator("#answer-status").inner_text()
    assert "Read as a follow-up" in status and "ethics of AI? Why?" in status
    assert "Not answered" not in status
    assert page.locator("#chat [data-testid='bot']").last.locator("a.cite").count() >= 1
    ask_in_browser(page, "How often do river gauges measure the Pearl River?")   # a new topic stands alone
    assert "Read as a follow-up" not in page.locator("#answer-status").inner_text()


def test_a_question_beyond_a_full_queue_is_told_the_page_is_busy(tmp_path, seed_index, browser):
    """One answer at a time and one waiting: a third question gets "busy, try again" at once.
    (Answers in the page's own process: the page fixture covers answer processes.)"""
    from gradio_client import Client
    from gradio_client.utils import QueueError, Status

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with faulty_http_server("hang") as endpoint:   # each answer waits for the model until BOT_TIMEOUT_S
        env = bot_env(seed_index.corpus_dir, seed_index.index_dir, BOT_MODEL="m", OPENAI_BASE_URL=endpoint,
                      BOT_TIMEOUT_S="20", BOT_CONCURRENCY="1", BOT_QUEUE_SIZE="1",
                      BOT_ANSWER_PROCESSES="0")
        with running([sys.executable, "-m", "bot", "--port", str(port)], url, 300, tmp_path / "busy.log", env):
            client = Client(url, verbose=False)
            question = "Is China engaged in discussions about the ethics of AI?"
            answering = client.submit(question, [], api_name="/chat")
            wait_for_status(answering, Status.PROCESSING)
            waiting = client.submit(question, [], api_name="/chat")
            wait_for_status(waiting, Status.IN_QUEUE)
            with pytest.raises(QueueError, match="try again"):
                Client(url, verbose=False).predict(question, [], api_name="/chat")
            page = browser.new_page()
            page.goto(url)
            page.get_by_placeholder("Ask about the essays").fill(question)
            page.keyboard.press("Enter")
            page.get_by_text("currently busy").first.wait_for(timeout=20_000)
            assert "try again" in page.get_by_text("currently busy").first.inner_text().lower()
            # nothing was lost: the two admitted questions are still answered (extractively, after the timeout)
            for job in (answering, waiting):
                answer_md, *_ = job.result(timeout=120)
                assert 'href="#src-1"' in answer_md


@pytest.mark.slow
def test_a_generated_answer_streams_into_the_page_from_an_answer_process(tmp_path, seed_index):
    """llama.cpp behind an answer process: the page shows the answer growing, then the checked answer."""
    from gradio_client import Client

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with llama_server(tmp_path) as endpoint:
        env = bot_env(seed_index.corpus_dir, seed_index.index_dir, BOT_MODEL="gemma-3-270m", OPENAI_BASE_URL=endpoint,
                      BOT_MAX_ANSWER_TOKENS="96", BOT_CONTEXT_TOKENS="1200", BOT_ANSWER_PROCESSES="1")
        with running([sys.executable, "-m", "bot", "--port", str(port)], url, 300, tmp_path / "page.log", env):
            job = Client(url, verbose=False).submit("Is China engaged in discussions about the ethics of AI?", [],
                                                     api_name="/chat")
            answer_md, status_md, sources, _ = job.result(timeout=300)
            updates = job.outputs()
    partial = [u[0] for u in updates if u[1] == "Answering…"]
    assert len(partial) >= 2, updates   # pieces shown as they came, not only at the end
    assert all(len(a) <= len(b) for a, b in zip(partial, partial[1:]))
    assert "Generated by **gemma-3-270m**" in html.unescape(status_md) and 'class="sources"' in sources
    assert answer_md.strip()


def wait_for_status(job, status, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while job.status().code != status:
        assert time.monotonic() < deadline, f"the job never reached {status}: {job.status()}"
        time.sleep(0.1)


def test_a_sentence_its_passage_contradicts_is_marked_where_it_stands_with_its_reason(tmp_path, seed_index, browser,
                                                                                    artifacts_dir):
    written = ("China is engaged in discussions about the ethics of AI [1]. "
               "China is not engaged in discussions about the ethics of AI [1].")
    with page_with_scripted_model(tmp_path, seed_index, written) as (url, _):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        ask_in_browser(page, "Is China engaged in discussions about the ethics of AI?")
        marked = page.locator("#chat .unsupported")
        assert marked.count() == 1
        assert "China is not engaged" in marked.inner_text()
        assert marked.get_attribute("title").startswith("Contradicted by passage [1]: the answer says")
        assert "Not supported by the cited passages" in page.locator("#chat").inner_text()
        assert "1 sentence(s) not supported" in page.locator("#answer-status").inner_text()
        marked.hover()
        page.screenshot(path=str(artifacts_dir / "page-unsupported.png"), full_page=True)


def test_a_list_written_in_code_in_an_answer_shows_as_written_and_links_no_source_in_the_browser(
        tmp_path, seed_index, browser):
    """"[X,Y]=[0,1]" in an answer's sentence was read as citation markers: the page linked "sources 0 and 1"
    and cut the sentence there. It is the sentence's own text, and only its [1] links."""
    written = "China's approach, written as in [X,Y]=[0,1], is experimental [1]."
    with page_with_scripted_model(tmp_path, seed_index, written) as (url, _):
        page = browser.new_page()
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        ask_in_browser(page, "How does China approach AI in public services?")
        answer = page.locator("#chat [data-testid='bot']").last
        assert "[X,Y]=[0,1]" in answer.inner_text()
        assert [a.get_attribute("href") for a in answer.locator("a.cite").all()] == ["#src-1"]


def test_numbered_items_quoted_in_an_answer_are_not_marked_unsupported_in_the_browser(tmp_path, browser):
    """An answer quoting a numbered list ("All the tool does is: [1] 1. Read your file. [1] ...") showed each
    item's "1." as a sentence of its own, marked not supported, on the page."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "steps.md").write_text("# How the tool works\n\nAll the tool does is:\n\n1. Read your file.\n\n"
                                     "2. Write the report.\n\n3. Mail it to the team.\n", encoding="utf-8")
    essays = SimpleNamespace(corpus_dir=corpus, index_dir=tmp_path / "index")   # indexed when the page starts
    written = "All the tool does is: [1] 1. Read your file. [1] 2. Write the report. [1]"
    with page_with_scripted_model(tmp_path, essays, written) as (url, _):
        page = browser.new_page()
        page.goto(url)
        page.locator("#question textarea").wait_for(timeout=30_000)
        ask_in_browser(page, "What does the tool do?")
        answer = page.locator("#chat [data-testid='bot']").last
        assert "1. Read your file." in answer.inner_text()
        assert page.locator("#chat .unsupported").count() == 0
        assert "not supported" not in page.locator("#answer-status").inner_text()
