"""The Gradio chat page: chat beside a sources panel. Callbacks are a few lines that call Bot."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from bot.answer_processes import AnswerProcessError
from bot.base.records import Answer
from bot.base.seams import Answerer
from bot.page_security import LoginThrottle, RefuseUploads, SecurityHeaders
from bot.question import QuestionError
from bot.render import (
    answer_as_markdown,
    answer_markdown,
    error_markdown,
    sources_html,
    status_markdown,
    streaming_markdown,
)
from ingest.index import IndexStoreError
from ingest.loaders import MAX_FILE_BYTES

EXAMPLES = [
    "What can policymakers in Europe learn from China's use of AI in public services?",
    "Is China engaged in discussions about the ethics of AI?",
    "What is concerning about China's approach?",
    "How could regulatory sandboxes help AI innovation?",
]
ASSETS = Path(__file__).with_name("page_assets")
# Each update costs Gradio a round of postprocessing and a streamed message: send partial text at most
# this often (a model's first words still show at once; an extractive answer goes out whole).
PARTIAL_UPDATE_S = 0.05


def build_page(bot: Answerer):
    import gradio as gr

    def chat(message, history, doc_ids):
        partial = ""
        last_update = time.monotonic()
        try:
            for item in bot.stream(_question_text(message), history=history, doc_ids=doc_ids or None):
                if isinstance(item, Answer):
                    yield (answer_markdown(item), status_markdown(item, _question_text(message)),
                           sources_html(item), answer_as_markdown(_question_text(message), item))
                else:
                    partial += item
                    if time.monotonic() - last_update >= PARTIAL_UPDATE_S:
                        last_update = time.monotonic()
                        yield streaming_markdown(partial), "Answering…", gr.skip(), gr.skip()
        except (QuestionError, IndexStoreError, AnswerProcessError) as exc:
            yield error_markdown(str(exc)), "", sources_html(None), ""

    def essay_choices():
        """The essays to choose from, filled in when a visitor's page loads (after any login): the API
        description that Gradio serves on its login page would otherwise list every file name."""
        return gr.update(choices=[(f"{d.title} ({d.doc_id})", d.doc_id) for d in bot.documents()])

    docs = bot.documents()

    with gr.Blocks(title="Ask the essays", fill_height=True) as page:
        gr.Markdown("## Ask the essays\nAnswers quote the essays and cite them; click a **[n]** to see its passage.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                status = gr.Markdown("", elem_id="answer-status", render=False, latex_delimiters=[])
                sources = gr.HTML(sources_html(None), elem_id="sources", render=False)
                copy_text = gr.Textbox(visible=False)
                # A dropdown that accepts any value: the essays are checked by Bot (a clear message for an
                # unknown one), and the page's config, served before login, lists none of them.
                doc_filter = gr.Dropdown(choices=[], value=[], multiselect=True, allow_custom_value=True,
                                         label="Essays to ask (none chosen: all)", render=False)
                gr.ChatInterface(
                    chat, chatbot=gr.Chatbot(elem_id="chat", height=520, placeholder=
                                             "Ask a question about the essays.", latex_delimiters=[],
                                             sanitize_html=True, allow_tags=False),
                    textbox=_question_box(gr),
                    additional_inputs=[doc_filter], additional_inputs_accordion="Choose essays",
                    additional_outputs=[status, sources, copy_text], examples=[[q] for q in EXAMPLES],
                    cache_examples=False, api_name="chat", fill_height=False)
                copy = gr.Button("Copy last answer as Markdown", elem_id="copy-answer", size="sm")
                copy.click(None, inputs=[copy_text], js="(t) => { navigator.clipboard.writeText(t || ''); }")
            with gr.Column(scale=2, elem_id="side"):
                status.render()
                sources.render()
                with gr.Accordion(f"Essays in the index ({len(docs)})", open=False):
                    gr.Dataframe(value=[[d.title, d.meta.author, d.chunks, d.doc_id] for d in docs],
                                 headers=["Title", "Author", "Passages", "File"], interactive=False)
        page.load(essay_choices, outputs=[doc_filter], api_visibility="private")
    return page


def _question_box(gr):
    """The question Textbox; a missing question (null from the API) is handed on as "", so that Bot names the
    problem: Gradio's chat handling of None fails with a message-less error. (Not a subclass: Gradio writes
    a .pyi file beside the module of every Component subclass.)"""
    box = gr.Textbox(placeholder="Ask about the essays…", elem_id="question", submit_btn=True)
    text_of = box.preprocess
    box.preprocess = lambda payload: "" if payload is None else text_of(payload)
    return box


def _question_text(message) -> object:
    """The question's text from what the API or the page sent; anything else is passed on for Bot to name."""
    if isinstance(message, dict) and isinstance(message.get("text"), str):
        return message["text"]
    return message


def serve(bot: Answerer, host: str = "127.0.0.1", port: int = 7860) -> int:
    """Serve the page until interrupted; refuses to expose it without a login unless told to."""
    settings = bot.settings
    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    if host not in ("127.0.0.1", "localhost", "::1") and auth is None:
        print(f"warning: serving on {host} without a login; anyone who can reach it can use the bot. "
              "Set BOT_AUTH=user:password.", file=sys.stderr)
    bot.warm_up()   # load the model and the index before the first visitor
    # Gradio rebuilds a pandas table of up to 10,000 past events after every event, for its API page's
    # statistics: profiled at 9% of the page's time under load, and growing with uptime. Less often, fewer.
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "500")
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "2000")
    page = build_page(bot)
    # A question beyond the queue is refused at once; Gradio shows "This application is currently busy.
    # Please try again." on the page (gradio_client raises QueueError), rather than a wait without end.
    # with answer processes, each answers one question at a time: as many at once as there are processes
    page.queue(max_size=settings.queue_size,
               default_concurrency_limit=settings.answer_processes or settings.concurrent_answers)
    from starlette.middleware import Middleware

    page.launch(server_name=host, server_port=port, auth=auth, show_error=True, quiet=False,
                css=(ASSETS / "page.css").read_text(encoding="utf-8"),
                js=(ASSETS / "page.js").read_text(encoding="utf-8"), footer_links=["api"],
                max_file_size=MAX_FILE_BYTES,
                app_kwargs={"middleware": [Middleware(SecurityHeaders), Middleware(RefuseUploads),
                                           Middleware(LoginThrottle)]})
    return 0
