"""What the page keeps between visits, in SQLite: each login's conversations, and ratings of answers.

One file (`Settings.page_data_path`, in BOT_DATA_DIR or the index folder), opened per call: the page's
worker threads each get their own connection, and SQLite serialises the writes. Every read and change
names the login ("" when the page has none), so one login's conversations are never another's.
"""
from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.base.records import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, login TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_by_login ON conversations (login, updated);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE, position INTEGER NOT NULL,
    question TEXT NOT NULL, answer TEXT NOT NULL, created REAL NOT NULL, PRIMARY KEY (conversation_id, position));
CREATE TABLE IF NOT EXISTS ratings (
    id INTEGER PRIMARY KEY, login TEXT NOT NULL,
    conversation_id TEXT REFERENCES conversations (id) ON DELETE CASCADE,
    rating INTEGER NOT NULL, comment TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
    history TEXT NOT NULL, config TEXT NOT NULL, created REAL NOT NULL);
"""
TITLE_CHARS = 80
CONVERSATIONS_LISTED = 50   # the page lists the latest; scripted API calls can make thousands


class PageStoreError(RuntimeError):
    """The page's store cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str           # the first question, shortened
    updated: float
    turns: int


@dataclass(frozen=True)
class StoredTurn:
    question: str
    answer: Answer


@dataclass(frozen=True)
class Rating:
    login: str
    rating: int          # +1 or -1
    comment: str
    question: str
    answer: Answer
    history: list[dict[str, str]]   # the turns before it, {"role", "content"}, as a question set holds them
    config: dict[str, Any]
    created: float


class PageStore:
    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise PageStoreError(f"cannot keep conversations in {path} ({exc}); set BOT_DATA_DIR to a folder "
                                 "the page can write") from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            with db:   # one transaction: committed, or rolled back on error
                yield db
        finally:
            db.close()

    def add_turn(self, login: str, conversation_id: str | None, question: str, answer: Answer) -> str:
        """Store a question and its answer at the end of the login's conversation (a new one when None or
        not the login's); returns the conversation's id."""
        now = time.time()
        with self._connect() as db:
            owned = conversation_id and db.execute("SELECT 1 FROM conversations WHERE id = ? AND login = ?",
                                                   (conversation_id, login)).fetchone()
            if not owned:
                conversation_id = uuid.uuid4().hex
                db.execute("INSERT INTO conversations VALUES (?, ?, ?, ?, ?)",
                           (conversation_id, login, _title(question), now, now))
            position = db.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?",
                                  (conversation_id,)).fetchone()[0]
            db.execute("INSERT INTO turns VALUES (?, ?, ?, ?, ?)",
                       (conversation_id, position, question, json.dumps(answer.to_json()), now))
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation_id))
        assert conversation_id is not None
        return conversation_id

    def conversations(self, login: str, limit: int = CONVERSATIONS_LISTED) -> list[ConversationSummary]:
        """The login's latest conversations, the latest first."""
        with self._connect() as db:
            rows = db.execute("SELECT c.id, c.title, c.updated, COUNT(t.position) FROM "
                              "(SELECT * FROM conversations WHERE login = ? ORDER BY updated DESC LIMIT ?) c "
                              "LEFT JOIN turns t ON t.conversation_id = c.id "
                              "GROUP BY c.id ORDER BY c.updated DESC", (login, limit)).fetchall()
        return [ConversationSummary(*row) for row in rows]

    def turns(self, login: str, conversation_id: str) -> list[StoredTurn]:
        """The conversation's turns in order; none when it is not the login's."""
        with self._connect() as db:
            rows = db.execute("SELECT t.question, t.answer FROM turns t JOIN conversations c "
                              "ON c.id = t.conversation_id WHERE c.id = ? AND c.login = ? ORDER BY t.position",
                              (conversation_id, login)).fetchall()
        return [StoredTurn(question, Answer.from_json(json.loads(answer))) for question, answer in rows]

    def delete(self, login: str, conversation_id: str) -> bool:
        """Delete the login's conversation, its turns and its ratings; False when it is not the login's."""
        with self._connect() as db:
            return db.execute("DELETE FROM conversations WHERE id = ? AND login = ?",
                              (conversation_id, login)).rowcount > 0

    def rate(self, login: str, conversation_id: str | None, rating: int, comment: str, question: str,
             answer: Answer, history: list[dict[str, str]], config: dict[str, Any]) -> int:
        """Keep a thumbs up (+1) or down (-1) with the question, the answer and its passages, the turns before
        it and what produced it; returns the rating's id (for a comment added after)."""
        if rating not in (1, -1):
            raise ValueError(f"a rating is +1 or -1, not {rating!r}")
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO ratings (login, conversation_id, rating, comment, question, answer, history, config, "
                "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (login, conversation_id, rating, comment.strip(), question, json.dumps(answer.to_json()),
                 json.dumps(history), json.dumps(config), time.time()))
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def comment(self, login: str, rating_id: int, comment: str) -> bool:
        """Add the login's comment to its rating; False when the rating is not the login's."""
        with self._connect() as db:
            return db.execute("UPDATE ratings SET comment = ? WHERE id = ? AND login = ?",
                              (comment.strip(), rating_id, login)).rowcount > 0

    def ratings(self) -> list[Rating]:
        """Every rating, oldest first (for review: `python -m bot.evaluate feedback --export FILE`)."""
        with self._connect() as db:
            rows = db.execute("SELECT login, rating, comment, question, answer, history, config, created "
                              "FROM ratings ORDER BY id").fetchall()
        return [Rating(login, rating, comment, question, Answer.from_json(json.loads(answer)), json.loads(history),
                       json.loads(config), created)
                for login, rating, comment, question, answer, history, config, created in rows]


def _title(question: str) -> str:
    flat = " ".join(question.split())
    return flat if len(flat) <= TITLE_CHARS else flat[:TITLE_CHARS - 1].rstrip() + "…"
