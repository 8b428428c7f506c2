"""Bot: the one core that the page, scripted Q&A and the evaluation harness call."""
from __future__ import annotations

import time
from collections.abc import Generator, Iterable, Iterator, Sequence

from bot.base.records import (
    MODE_EXTRACTIVE,
    MODE_GENERATIVE,
    REFUSAL_SENTENCE,
    Answer,
    DocumentSummary,
    History,
    Mode,
    Passage,
)
from bot.base.settings import Settings
from bot.citations import CheckedAnswer, check_citations, with_verdicts, without_unsupported
from bot.collection import (
    OPENING_PASSAGES,
    about_answer,
    asks_what_an_essay_is_about,
    asks_which_essay,
    collection_answer,
    essay_asked_about,
    first_cited,
    is_collection_question,
    naming_its_essay,
)
from bot.condense import conversation_text, heuristic_standalone, is_follow_up, user_turns, without_carried
from bot.entailment import reread
from bot.extractive import extract_answer
from bot.generative import ChatModel, ModelError
from bot.history import read_history
from bot.packing import pack_passages
from bot.prompts import load_prompt
from bot.question import QuestionError, clean_question
from bot.retrieval import HybridRetriever, IndexSnapshot
from bot.sentences import is_rare_word
from bot.vector_cache import CachedEmbedder
from bot.verify import judge_with_model
from bot.word_senses import sense_table
from ingest.embedder import Embedder
from ingest.pipeline import ensure_index
from ingest.textnorm import normalize_for_match

__all__ = ["Bot"]


class Bot:
    """Answers questions about the indexed essays, citing the passages it used.

    Bot() reads settings from the environment; the index is built on first use if there is none.
    """

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None,
                 build_index: bool = True):
        self.settings = settings or Settings.from_env()
        self._embedder = embedder or Embedder(self.settings.embedding_model, self.settings.embed_precision)
        if build_index:
            ensure_index(self.settings, self._embedder, update=False)
        self._snapshot = IndexSnapshot(self.settings, self._embedder.info.name, self._embedder.info.dimension)
        # questions and passage sentences recur; profiling showed their embedding dominating an answer
        self._vectors = CachedEmbedder(self._embedder)
        self._retriever = HybridRetriever(self.settings, self._vectors, self._snapshot)
        self._chat = ChatModel(self.settings) if self.settings.generative else None
        self._answer_system = load_prompt(self.settings.prompts_dir, "answer_system")
        self._answer_user = load_prompt(self.settings.prompts_dir, "answer_user")
        self._condense = load_prompt(self.settings.prompts_dir, "condense")
        self._verify = load_prompt(self.settings.prompts_dir, "verify")

    @property
    def mode(self) -> Mode:
        return MODE_GENERATIVE if self._chat else MODE_EXTRACTIVE

    @property
    def embedding_precision(self) -> str:
        """bf16 or fp32: how the embedding model runs here (BOT_EMBED_PRECISION, auto by default)."""
        return getattr(self._embedder, "precision", "fp32")

    @property
    def prompt_hashes(self) -> dict[str, str]:
        return {p.name: p.sha256 for p in (self._answer_system, self._answer_user, self._condense, self._verify)}

    def documents(self) -> list[DocumentSummary]:
        """The essays in the index: title, authors and number of passages."""
        self._snapshot.refresh()
        return self._snapshot.documents()

    def warm_up(self) -> None:
        """Load the model, the index, the English word list and WordNet's senses now rather than on the first
        question."""
        self.retrieve("warm up")
        is_rare_word("warm")
        sense_table()

    def retrieve(self, query: str, k: int | None = None, doc_ids: Iterable[str] | None = None) -> list[Passage]:
        return self._retriever.retrieve(query, k, doc_ids)

    def ask(self, question: str, history: History | None = None, doc_ids: Iterable[str] | None = None) -> Answer:
        """Answer one question; history holds the earlier turns of the conversation."""
        for item in self.stream(question, history, doc_ids):
            if isinstance(item, Answer):
                return item
        raise AssertionError("stream() always ends with an Answer")

    def stream(self, question: str, history: History | None = None,
               doc_ids: Iterable[str] | None = None) -> Iterator[str | Answer]:
        """Yield pieces of the answer text as they are ready, then the checked Answer."""
        started = time.perf_counter()
        question = self.validate_question(question)
        timings: dict[str, float] = {}
        query = self._standalone_query(question, history)
        timings["condense_ms"] = _ms(started)
        known = self._known_doc_ids(doc_ids)
        if query == question and asks_what_an_essay_is_about(question) and \
                (about := self._about_an_essay(question, known, timings, started)) is not None:
            yield about
            return
        if query == question and is_collection_question(question, lambda: self._retriever.titles(known)):
            yield self._list_collection(question, doc_ids, timings, started)
            return
        mark = time.perf_counter()
        passages = self.retrieve(query, doc_ids=known)
        timings["retrieve_ms"] = _ms(mark)
        mark = time.perf_counter()
        notice = None
        if self._chat is not None and passages:
            try:
                answer = yield from self._generate(self._chat, query, passages, timings, mark)
                timings["answer_ms"] = _ms(mark)
                timings["total_ms"] = _ms(started)
                yield answer
                return
            except ModelError as exc:
                notice = f"{exc}. This answer was extracted from the essays instead."
        text, refused, confidence = extract_answer(without_carried(query), passages, self._vectors,
                                                   self.settings.extractive_threshold,
                                                   self._snapshot.term_weights(), focus=question,
                                                   lead_ins=self._retriever.lead_ins(passages),
                                                   titles=self._retriever.titles(known),
                                                   names_the_collection=self._retriever.names_the_collection)
        if not refused and asks_which_essay(question):
            text, passages = self._naming_the_essay(text, passages)
        yield text
        checked = self._check(text, passages)
        timings["answer_ms"] = _ms(mark)
        timings["total_ms"] = _ms(started)
        yield Answer(text=checked.text, citations=checked.citations, passages=tuple(passages), refused=refused,
                     mode=MODE_EXTRACTIVE, model=None, query=query, timings=timings,
                     unsupported_sentences=checked.unsupported_sentences, notice=notice,
                     confidence=round(confidence, 4), verdicts=checked.verdicts)

    def _naming_the_essay(self, text: str, passages: list[Passage]) -> tuple[str, list[Passage]]:
        """"Which page explains ...?": the answer opens with the record of the essay it cites first."""
        cited = first_cited(text, passages)
        if cited is None or cited.is_record:
            return text, passages
        records = self._retriever.records([cited.doc_id])
        return naming_its_essay(text, passages, records[0]) if records else (text, passages)

    def _about_an_essay(self, question: str, known: Iterable[str] | None, timings: dict[str, float],
                        started: float) -> Answer | None:
        """"What is the subrepos page about?": the opening sentences of the essay the question names by its
        title, and its sections, whatever the mode (retrieval finds passages on a
        topic, and an essay's title is not one); None when no title fits."""
        record = essay_asked_about(question, self._retriever.records(known))
        if record is None:
            return None
        text, passages = about_answer(self._retriever.openings(record.doc_id, OPENING_PASSAGES), record,
                                      self._retriever.headings(record.doc_id))
        if not text:
            return None
        checked = self._check(text, passages)
        timings["total_ms"] = _ms(started)
        return Answer(text=checked.text, citations=checked.citations, passages=tuple(passages), refused=False,
                      mode=MODE_EXTRACTIVE, model=None, query=question, timings=timings,
                      unsupported_sentences=checked.unsupported_sentences, confidence=1.0,
                      verdicts=checked.verdicts)

    def _list_collection(self, question: str, doc_ids: Iterable[str] | None, timings: dict[str, float],
                         started: float) -> Answer:
        """"Which essays are there?": each essay's record quoted, whatever the mode (bot.collection)."""
        records = self._retriever.records(self._known_doc_ids(doc_ids))
        text, notice, listed = collection_answer(records, question)
        checked = self._check(text, records)
        timings["total_ms"] = _ms(started)
        return Answer(text=checked.text, citations=checked.citations, passages=tuple(listed),
                      refused=not records, mode=MODE_EXTRACTIVE, model=None, query=question, timings=timings,
                      unsupported_sentences=checked.unsupported_sentences, notice=notice, confidence=1.0,
                      verdicts=checked.verdicts)

    def validate_question(self, question: str) -> str:
        """Control characters out, whitespace trimmed, length bounded: before any model or embedding call."""
        return clean_question(question, self.settings.max_question_chars)

    def _known_doc_ids(self, doc_ids: Iterable[str] | None) -> list[str] | None:
        """The essays a question is limited to, each checked against the index (None or []: all)."""
        if not doc_ids:
            return None
        if isinstance(doc_ids, (str, bytes)) or not all(isinstance(d, str) for d in doc_ids):
            raise QuestionError("the essays to ask must be a list of file names, such as [\"essay.txt\"]; "
                                "send [] for all")
        self._snapshot.refresh()
        known = self._snapshot.doc_ids
        unknown = [d for d in doc_ids if d not in known]
        if unknown:
            raise QuestionError(f"no essay named {unknown[0][:200]!r} is in the index; choose from the "
                                "essays listed on the page (Bot.documents()), or send [] for all")
        return list(doc_ids)

    def _standalone_query(self, question: str, history: History | None) -> str:
        turns = read_history(history, self.settings.max_question_chars)
        if not user_turns(turns) or not is_follow_up(question):
            return question
        if self._chat is not None:
            try:
                prompt = self._condense.render(history=conversation_text(turns), question=question)
                rewritten = self._chat.complete([{"role": "user", "content": prompt}], max_tokens=96).strip()
                if rewritten and len(rewritten) < 4 * max(len(question), 100):
                    return rewritten.splitlines()[0]
            except ModelError:
                pass  # the rule below still keeps the topic
        return heuristic_standalone(question, turns)

    def _generate(self, chat: ChatModel, query: str, passages: list[Passage],
                  timings: dict[str, float], answer_started: float) -> Generator[str, None, Answer]:
        """Stream the model's answer; returns the checked Answer (raises ModelError before or during)."""
        model = chat.name
        used, fenced = pack_passages(passages, self.settings.context_tokens, model)
        messages = [
            {"role": "system", "content": self._answer_system.render(refusal=REFUSAL_SENTENCE)},
            # the standalone query: a follow-up ("Why?") as the conversation made it, since the model sees
            # no history here
            {"role": "user", "content": self._answer_user.render(passages=fenced, question=query,
                                                                 refusal=REFUSAL_SENTENCE)},
        ]
        parts: list[str] = []
        first = time.perf_counter()
        timings["before_model_ms"] = round(sum(timings.get(k, 0.0) for k in ("condense_ms", "retrieve_ms")) +
                                           (first - answer_started) * 1000, 2)
        for delta in chat.stream(messages):
            if not parts:
                timings["first_token_ms"] = _ms(first)
            parts.append(delta)
            yield delta
        raw = "".join(parts).strip()
        refused = not raw or normalize_for_match(REFUSAL_SENTENCE) in normalize_for_match(raw)
        checking = time.perf_counter()
        checked = self._check(REFUSAL_SENTENCE if refused else raw, used)
        timings["check_ms"] = _ms(checking)
        left_out = len(checked.unsupported_sentences) if self.settings.strict and not refused else 0
        notice = f"{left_out} sentence(s) left out: their passages do not support them (BOT_STRICT=1)" \
            if left_out else None
        return Answer(text=checked.text, citations=() if refused else checked.citations, passages=tuple(used),
                      refused=refused, mode=MODE_GENERATIVE, model=model, query=query, timings=timings,
                      unsupported_sentences=() if refused else checked.unsupported_sentences, notice=notice,
                      verdicts=() if refused else checked.verdicts)

    def _check(self, text: str, passages: Sequence[Passage]) -> CheckedAnswer:
        """The answer's citations checked as the settings ask (BOT_VERIFY, BOT_STRICT)."""
        checked = check_citations(text, passages, judge_support=self.settings.verify != "off",
                                  names_the_collection=self._retriever.names_the_collection,
                                  lead_ins=self._retriever.lead_ins(passages))
        if self.settings.verify in ("nli", "model"):
            checked = with_verdicts(checked, reread(checked.verdicts), passages)
        if self.settings.verify == "model" and self._chat is not None:
            verdicts = judge_with_model(self._chat, self._verify, checked.verdicts, passages)
            checked = with_verdicts(checked, verdicts, passages)
        return without_unsupported(checked) if self.settings.strict else checked


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
