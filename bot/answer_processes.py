"""Answering in worker processes, so that one page uses more than one core.

In one process, Gradio's request handling and the bot's answering share one interpreter lock: with one
client asking cached questions the page already used 98% of one core (Gradio about 2/3, the bot 1/3), so
more clients only queued (README, "Performance"). With BOT_ANSWER_PROCESSES=N the page process keeps
Gradio's work, and N spawned processes each hold their own Bot (model, index snapshot, caches) and send
back, through a pipe, what Bot.stream yields. Each answers one question at a time.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from bot.base.settings import Settings

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
from bot.history import read_history
from bot.question import clean_question

_ITEM, _DONE, _ERROR = "item", "done", "error"
_STOPPED = "the answer process stopped during this question; ask again"
STARTUP_TIMEOUT_S = 300


class AnswerProcessError(RuntimeError):
    """An answer process could not start or stopped; the message says what happened."""


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling (the bot's own errors do), else a RuntimeError."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _serve(settings: Settings, torch_threads: int, conn) -> None:
    """A worker: builds its Bot, reports ready, then answers requests from the pipe until it closes."""
    try:
        import torch

        torch.set_num_threads(torch_threads)   # N processes share the cores; N x all of them oversubscribes
        from bot.core import Bot

        bot = Bot(settings, build_index=False)
        bot.warm_up()
        conn.send((_DONE, None))
    except Exception as exc:
        conn.send((_ERROR, _portable(exc)))
        return
    while True:
        try:
            method, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            for item in ([bot.documents()] if method == "documents" else bot.stream(*args)):
                conn.send((_ITEM, item))
            conn.send((_DONE, None))
        except Exception as exc:
            conn.send((_ERROR, _portable(exc)))


class AnswerProcesses:
    """The page's stand-in for a Bot: `stream` and `documents` run in one of N worker processes."""

    def __init__(self, settings: Settings, processes: int):
        self.settings = settings
        self._context = multiprocessing.get_context("spawn")   # fork would copy a half-started Gradio
        self._torch_threads = max(1, (os.cpu_count() or 1) // processes)
        self._idle: queue.Queue = queue.Queue()
        self._workers: dict[Connection, multiprocessing.Process] = {}
        started = [self._start() for _ in range(processes)]
        try:
            for conn in started:   # started together, so the models load side by side
                self._wait_ready(conn)
                self._idle.put(conn)
        except BaseException:
            self.close()
            raise

    def _start(self):
        here, there = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(self.settings, self._torch_threads, there),
                                        daemon=True, name="bot-answers")
        process.start()
        there.close()
        self._workers[here] = process
        return here

    def _wait_ready(self, conn) -> None:
        if not conn.poll(STARTUP_TIMEOUT_S):
            raise AnswerProcessError(f"an answer process did not start within {STARTUP_TIMEOUT_S} s")
        try:
            kind, value = conn.recv()
        except EOFError:
            raise AnswerProcessError("an answer process stopped while starting; run `python -m bot ask` "
                                     "to see its error") from None
        if kind == _ERROR:
            raise value

    def _replace(self, conn) -> None:
        """A worker died (killed, out of memory): put a fresh one in its place, in the background."""
        process = self._workers.pop(conn)
        process.kill()
        conn.close()

        def start() -> None:
            fresh = self._start()
            self._wait_ready(fresh)
            self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    def _call(self, method: str, args: tuple) -> Iterator:
        """Send one request to an idle worker and yield what it streams back; its errors are raised here."""
        try:
            conn = self._idle.get(timeout=STARTUP_TIMEOUT_S)
        except queue.Empty:
            raise AnswerProcessError("no answer process became free; they may have failed to restart, "
                                     "see the page's log, and restart the page") from None
        finished = dead = False
        try:
            try:
                conn.send((method, args))
            except OSError:
                dead = True
                raise AnswerProcessError(_STOPPED) from None
            while True:
                try:
                    kind, value = conn.recv()
                except (EOFError, OSError):
                    dead = True
                    raise AnswerProcessError(_STOPPED) from None
                if kind == _ITEM:
                    yield value
                    continue
                finished = True
                if kind == _ERROR:
                    raise value
                return
        finally:
            if dead:
                self._replace(conn)
            elif finished:
                self._idle.put(conn)
            else:   # abandoned mid-answer (the visitor left): the worker finishes first, then is reused
                threading.Thread(target=self._drain, args=(conn,), daemon=True).start()

    def _drain(self, conn) -> None:
        try:
            while conn.recv()[0] == _ITEM:
                pass
        except (EOFError, OSError):
            self._replace(conn)
            return
        self._idle.put(conn)

    def stream(self, question: str, history=None, doc_ids: Iterable[str] | None = None) -> Iterator:
        """As Bot.stream: pieces of the answer text, then the checked Answer.

        The question and history are checked here first, so nothing unbounded crosses the pipe.
        """
        limit = self.settings.max_question_chars
        question = clean_question(question, limit)
        turns = read_history(history, limit)
        if isinstance(doc_ids, (set, frozenset, tuple)):
            doc_ids = list(doc_ids)
        yield from self._call("stream", (question, turns, doc_ids or None))

    def documents(self) -> list:
        """As Bot.documents."""
        (documents,) = self._call("documents", ())
        return documents

    def warm_up(self) -> None:
        """The workers warmed up when they started."""

    def close(self) -> None:
        for conn, process in list(self._workers.items()):
            conn.close()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
        self._workers.clear()
