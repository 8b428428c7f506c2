"""Driving the page in Chromium as a reader does."""
import sys
from contextlib import contextmanager

from bot.base.net import free_port
from tests.servers import bot_env, running, scripted_model_server


@contextmanager
def page_with_scripted_model(tmp_path, seed_index, written: str):
    """`python -m bot` over the bundled essay, answering through a scripted model that writes `written`;
    yields the page's URL and the requests the model received."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with scripted_model_server(written) as (endpoint, received):
        env = bot_env(seed_index.corpus_dir, seed_index.index_dir, BOT_MODEL="scripted", OPENAI_BASE_URL=endpoint,
                      BOT_ANSWER_PROCESSES="1")
        with running([sys.executable, "-m", "bot", "--port", str(port)], url, 300, tmp_path / "page.log", env):
            yield url, received


def ask_in_browser(page, question: str, timeout_ms: int = 60_000) -> None:
    """Type a question into the page and wait until its answer is complete."""
    answers = page.locator("#chat [data-testid='bot']").count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """(n) => document.querySelectorAll("#chat [data-testid='bot']").length > n
                  && !document.querySelector('#chat .pending')
                  && !document.querySelector('#answer-status').innerText.includes('Answering')""",
        arg=answers, timeout=timeout_ms)
