"""The Gradio chat page: chat beside a sources panel. Callbacks are a few lines that call Bot.

No `from __future__ import annotations` here: Gradio reads the callbacks' annotations (gr.Request,
gr.LikeData) as classes to know what to hand them."""

import os
import sys
import time
from pathlib import Path
from typing import Any

from bot.answer_processes import AnswerProcessError
from bot.base.records import Answer
from bot.base.seams import Answerer
from bot.base.settings import LOOPBACK_HOSTS
from bot.page_conversations import (
    conversation_choices,
    export_file,
    login_of,
    rated_turn,
    rating_config,
    reopened,
)
from bot.page_essays import EssayShelf, upload_report
from bot.page_security import LoginThrottle, RefuseUploads, SecurityHeaders
from bot.page_store import PageStore
from bot.question import QuestionError
from bot.render import (
    answer_as_markdown,
    answer_markdown,
    error_markdown,
    inert,
    sources_html,
    status_markdown,
    streaming_markdown,
)
from ingest.index import IndexStoreError
from ingest.loaders import MAX_FILE_BYTES, SUPPORTED_SUFFIXES

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


def build_page(bot: Answerer, store: PageStore, shelf: EssayShelf | None = None):
    """The page; with a shelf, readers can add essays (and remove the ones added)."""
    import gradio as gr

    def chat(message, history, doc_ids, conversation, request: gr.Request):
        question: Any = _question_text(message)   # not always text: Bot names what is wrong with it
        partial = ""
        last_update = time.monotonic()
        try:
            for item in bot.stream(question, history=history, doc_ids=doc_ids or None):
                if isinstance(item, Answer):
                    conversation_id = store.add_turn(login_of(request), _conversation_id(conversation),
                                                     str(question), item)
                    # a new value each answer: its change event refreshes the list of conversations
                    yield (answer_markdown(item), status_markdown(item, question), sources_html(item),
                           answer_as_markdown(question, item), {"id": conversation_id, "at": time.time()})
                else:
                    partial += item
                    if time.monotonic() - last_update >= PARTIAL_UPDATE_S:
                        last_update = time.monotonic()
                        yield streaming_markdown(partial), "Answering…", gr.skip(), gr.skip(), gr.skip()
        except (QuestionError, IndexStoreError, AnswerProcessError) as exc:
            yield error_markdown(str(exc)), "", sources_html(None), "", gr.skip()

    def on_load(request: gr.Request):
        """The essays and the login's conversations, filled in when a visitor's page loads (after any login):
        the API description that Gradio serves on its login page would otherwise list every file name."""
        return essay_lists() + (gr.update(choices=conversation_choices(store, login_of(request)), value=None),)

    def list_conversations(conversation, request: gr.Request):
        """The login's conversations, and the current one as the Markdown file its export button downloads
        (a download button hands over the file it holds when clicked: it is kept ready)."""
        login, conversation_id = login_of(request), _conversation_id(conversation)
        return (gr.update(choices=conversation_choices(store, login), value=conversation_id),
                export_file(store, login, conversation_id))

    def open_conversation(conversation_id, request: gr.Request):
        messages, status_md, sources_md, copy_md = reopened(store, login_of(request), conversation_id)
        return messages, status_md, sources_md, copy_md, {"id": conversation_id} if messages else None

    def new_conversation():
        return [], "", sources_html(None), "", None

    def delete_conversation(conversation, request: gr.Request):
        conversation_id = _conversation_id(conversation)
        if conversation_id:
            store.delete(login_of(request), conversation_id)
        return new_conversation()

    def rate(conversation, messages, like: gr.LikeData, request: gr.Request):
        index = like.index if isinstance(like.index, int) else like.index[0]
        conversation_id = _conversation_id(conversation)
        found = rated_turn(store, login_of(request), conversation_id, messages or [], index)
        if found is None or like.liked not in (True, False):
            return None, gr.update(visible=False), ""
        (turn, earlier), rating = found, 1 if like.liked else -1
        rating_id = store.rate(login_of(request), conversation_id, rating, "", turn.question, turn.answer,
                               earlier, rating_config(bot.settings, turn.answer))
        gr.Info("Thanks: your rating is kept with the question, the answer and its passages.")
        return rating_id, gr.update(visible=True), ""

    def add_comment(rating_id, comment, request: gr.Request):
        if rating_id is not None and comment.strip():
            store.comment(login_of(request), rating_id, comment)
            gr.Info("Comment kept with your rating.")
        return None, gr.update(visible=False), ""

    PROGRESS_BAR = gr.Progress()   # Gradio finds it among the defaults: the bar over the outputs  # noqa: N806

    def essay_lists() -> tuple:
        """The essay choices, the essays table and (with a shelf) the essays added here, as they are now."""
        docs = bot.documents()
        lists = (gr.update(choices=[(f"{d.title} ({d.doc_id})", d.doc_id) for d in docs]), _essay_rows(docs))
        return lists + ((gr.update(choices=shelf.uploaded(), value=None),) if shelf else ())

    def add_essays(paths, progress=PROGRESS_BAR):
        assert shelf is not None
        outcome, summary = shelf.add(list(paths or []), _ingest_progress(progress))
        return (upload_report(outcome, summary), None) + essay_lists()

    def remove_essay(doc_id, progress=PROGRESS_BAR):
        assert shelf is not None
        summary = shelf.remove(doc_id or "", _ingest_progress(progress))
        report = f"Removed {inert(doc_id)} and its passages." if summary else \
            "Choose an essay added from this page to remove."
        return (report, gr.skip()) + essay_lists()

    with gr.Blocks(title="Ask the essays", fill_height=True) as page:
        gr.Markdown("## Ask the essays\nAnswers quote the essays and cite them; click a **[n]** to see its passage.")
        conversation = gr.State(None)
        rating_id = gr.State(None)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                status = gr.Markdown("", elem_id="answer-status", render=False, latex_delimiters=[])
                sources = gr.HTML(sources_html(None), elem_id="sources", render=False)
                copy_text = gr.Textbox(visible=False)
                conversations = gr.Radio(choices=[], value=None, label="Your conversations", elem_id="conversations",
                                         render=False)
                # A dropdown that accepts any value: the essays are checked by Bot (a clear message for an
                # unknown one), and the page's config, served before login, lists none of them.
                doc_filter = gr.Dropdown(choices=[], value=[], multiselect=True, allow_custom_value=True,
                                         label="Essays to ask (none chosen: all)", render=False)
                chatbot = gr.Chatbot(elem_id="chat", height=520, placeholder="Ask a question about the essays.",
                                     latex_delimiters=[], sanitize_html=True, allow_tags=False,
                                     feedback_options=("Like", "Dislike"))
                chat_ui = gr.ChatInterface(
                    chat, chatbot=chatbot, textbox=_question_box(gr),
                    additional_inputs=[doc_filter, conversation], additional_inputs_accordion="Choose essays",
                    additional_outputs=[status, sources, copy_text, conversation],
                    examples=[[q] for q in EXAMPLES], cache_examples=False, api_name="chat", fill_height=False)
                with gr.Row(visible=False, elem_id="rating-comment") as comment_row:
                    comment = gr.Textbox(label="What was right or wrong with this answer? (optional)", scale=4,
                                         max_length=2000, elem_id="rating-comment-text")
                    send_comment = gr.Button("Add comment", scale=1, size="sm", elem_id="rating-comment-send")
                copy = gr.Button("Copy last answer as Markdown", elem_id="copy-answer", size="sm")
                copy.click(None, inputs=[copy_text], js="(t) => { navigator.clipboard.writeText(t || ''); }")
            with gr.Column(scale=2, elem_id="side"):
                status.render()
                sources.render()
                with gr.Accordion("Conversations", open=False, elem_id="conversations-panel"):
                    conversations.render()
                    with gr.Row():
                        new = gr.Button("New conversation", size="sm", elem_id="conversation-new")
                        delete = gr.Button("Delete", size="sm", variant="stop", elem_id="conversation-delete")
                        export = gr.DownloadButton("Export as Markdown", size="sm", elem_id="conversation-export")
                if shelf is not None:
                    with gr.Accordion("Add essays", open=False, elem_id="add-essays"):
                        files = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), type="filepath",
                                        label="Essays to add (.txt, .md, .rst, .html, .pdf)", elem_id="upload-files")
                        add = gr.Button("Add to the collection", variant="primary", size="sm", elem_id="upload-add")
                        report = gr.Markdown("", elem_id="upload-report", latex_delimiters=[])
                        added = gr.Dropdown(choices=[], value=None, label="Essays added here",
                                            elem_id="uploaded-essays")
                        remove = gr.Button("Remove this essay", size="sm", variant="stop", elem_id="upload-remove")
                with gr.Accordion("Essays in the index", open=False):
                    essays = gr.Dataframe(value=[], headers=["Title", "Author", "Passages", "File"],
                                          interactive=False, elem_id="essays")
        reopen_outputs = [chat_ui.chatbot_value, status, sources, copy_text, conversation]
        lists = [doc_filter, essays] + ([added] if shelf is not None else [])
        page.load(on_load, outputs=lists + [conversations], api_visibility="private")
        if shelf is not None:
            add.click(add_essays, inputs=[files], outputs=[report, files] + lists, api_visibility="private",
                      concurrency_limit=1)
            remove.click(remove_essay, inputs=[added], outputs=[report, files] + lists, api_visibility="private",
                         concurrency_limit=1)
        conversations.input(open_conversation, inputs=[conversations], outputs=reopen_outputs,
                            api_visibility="private")
        new.click(new_conversation, outputs=reopen_outputs, api_visibility="private")
        delete.click(delete_conversation, inputs=[conversation], outputs=reopen_outputs, api_visibility="private")
        chatbot.clear(new_conversation, outputs=reopen_outputs, api_visibility="private")   # the bin: start afresh
        conversation.change(list_conversations, inputs=[conversation], outputs=[conversations, export],
                            api_visibility="private")
        chatbot.like(rate, inputs=[conversation, chatbot], outputs=[rating_id, comment_row, comment],
                     api_visibility="private")
        send_comment.click(add_comment, inputs=[rating_id, comment], outputs=[rating_id, comment_row, comment],
                           api_visibility="private")
    return page


def _essay_rows(docs) -> list[list]:
    return [[d.title, d.meta.author, d.chunks, d.doc_id] for d in docs]


def _ingest_progress(progress):
    """Ingest's (done, total) passages as the page's progress bar."""
    return lambda done, total: progress((done, total), desc="Embedding the new passages", unit="passages")


def _conversation_id(conversation) -> str | None:
    """The id in the page's conversation state ({"id", ...}, or None before the first answer)."""
    return conversation.get("id") if isinstance(conversation, dict) else None


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
    auth = settings.logins or None
    if host not in LOOPBACK_HOSTS and auth is None:
        print(f"warning: serving on {host} without a login; anyone who can reach it can use the bot. "
              "Set BOT_AUTH=user:password.", file=sys.stderr)
    bot.warm_up()   # load the model and the index before the first visitor
    # Gradio rebuilds a pandas table of up to 10,000 past events after every event, for its API page's
    # statistics: profiled at 9% of the page's time under load, and growing with uptime. Less often, fewer.
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "500")
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "2000")
    uploads = settings.uploads_allowed(host)
    page = build_page(bot, PageStore(settings.page_data_path), EssayShelf(settings) if uploads else None)
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
                app_kwargs={"middleware": [Middleware(SecurityHeaders), Middleware(LoginThrottle)] +
                            ([] if uploads else [Middleware(RefuseUploads)])})
    return 0
