"""A deterministic generated essay corpus of realistic prose, for benchmarks and scale tests."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

PARAGRAPHS_PER_ESSAY = 40
_PLACES = ["Shenzhen", "Hangzhou", "Shanghai", "Chengdu", "Guiyang", "Beijing", "Wuhan", "Xiamen",
           "Tianjin", "Suzhou", "Nanjing", "Chongqing", "Harbin", "Kunming", "Qingdao", "Dalian"]
_SERVICES = ["healthcare", "education", "policing", "transport", "social welfare", "courts", "tax collection",
             "urban planning", "elder care", "environmental monitoring", "public housing", "emergency response"]
_TECH = ["facial recognition", "machine translation", "speech recognition", "predictive analytics",
         "computer vision", "recommendation systems", "chatbots", "knowledge graphs", "risk scoring models",
         "optical character recognition", "traffic prediction", "automated triage"]
_ACTORS = ["local governments", "technology companies", "provincial agencies", "hospital networks",
           "universities", "state-owned enterprises", "start-ups", "civil society groups", "city officials"]
_VERBS = ["piloted", "scaled", "procured", "evaluated", "regulated", "funded", "deployed", "audited",
          "redesigned", "standardised", "questioned", "expanded"]
_QUALITIES = ["transparent", "accountable", "inclusive", "efficient", "experimental", "fragmented",
              "ambitious", "cautious", "data-hungry", "centralised", "citizen-facing", "opaque"]
_TEMPLATES = [
    "In {place}, {actors} {verb} {tech} for {service}, and the results were {quality} at best.",
    "The programme in {place} shows how {tech} can make {service} more {quality} when {actors} share data.",
    "Critics argue that {tech} in {service} remains {quality}, because {actors} rarely publish their methods.",
    "By {year}, {actors} in {place} had {verb} {tech} across {service}, often faster than rules could follow.",
    "Officials in {place} describe {service} as a testbed where {tech} is {verb} before national roll-out.",
    "Researchers found that {actors} {verb} {tech} without asking citizens how {service} should change.",
    "The lesson for Europe is that {quality} uses of {tech} in {service} depend on who holds the data.",
    "A {year} survey of {place} reported that residents trusted {tech} in {service} less than {actors} expected.",
]


def _sentence(rng: random.Random) -> str:
    return rng.choice(_TEMPLATES).format(
        place=rng.choice(_PLACES), actors=rng.choice(_ACTORS), verb=rng.choice(_VERBS), tech=rng.choice(_TECH),
        service=rng.choice(_SERVICES), quality=rng.choice(_QUALITIES), year=rng.randint(2012, 2024))


def generate_paragraph(rng: random.Random) -> str:
    """About 100 word pieces: one passage at the default chunk size."""
    return " ".join(_sentence(rng) for _ in range(4))


def generate_corpus(folder: Path, n_chunks: int, seed: int = 7) -> list[Path]:
    """Write essays of generated prose totalling about n_chunks passages; returns the files written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for essay in range((n_chunks + PARAGRAPHS_PER_ESSAY - 1) // PARAGRAPHS_PER_ESSAY):
        count = min(PARAGRAPHS_PER_ESSAY, n_chunks - essay * PARAGRAPHS_PER_ESSAY)
        title = f"{rng.choice(_TECH).capitalize()} in {rng.choice(_SERVICES)}: notes from {rng.choice(_PLACES)}"
        body = "\n\n".join(generate_paragraph(rng) for _ in range(count))
        path = folder / f"generated-{essay:05d}.md"
        path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def generate_questions(n: int, seed: int = 13) -> list[str]:
    """Questions in the generated corpus's vocabulary, for timing retrieval and answers."""
    rng = random.Random(seed)
    forms = ["How did {actors} in {place} use {tech} for {service}?",
             "Why is {tech} in {service} described as {quality}?",
             "What happened when {place} {verb} {tech}?",
             "Who {verb} {tech} across {service}?"]
    return [rng.choice(forms).format(actors=rng.choice(_ACTORS), place=rng.choice(_PLACES), tech=rng.choice(_TECH),
                                     service=rng.choice(_SERVICES), quality=rng.choice(_QUALITIES),
                                     verb=rng.choice(_VERBS)) for _ in range(n)]


@dataclass(frozen=True)
class PlantedFact:
    """A question whose answer is one sentence planted in one generated essay."""

    question: str
    sentence: str
    form: str   # "by name", "by description" or "paraphrase": how much the question shares with the sentence


# (what the pilot did, the same said in other words): words the filler prose never uses
_PURPOSES = [
    ("detect pension fraud", "catch people cheating the retirement benefit system"),
    ("forecast flood damage", "predict how badly rising rivers would hurt homes"),
    ("translate dialects at clinics", "help doctors understand patients who speak regional tongues"),
    ("sort recycling complaints", "organise grievances about rubbish collection"),
    ("schedule bus drivers", "plan the working rotas of public coach staff"),
    ("screen visa applications", "vet foreigners asking for permission to enter"),
    ("predict school dropouts", "spot pupils likely to abandon their studies"),
    ("match foster families", "pair children in care with new guardians"),
    ("inspect food stalls", "check hygiene at street vendors selling meals"),
    ("route snow ploughs", "decide which streets get cleared after winter storms"),
    ("find missing elderly residents", "locate pensioners who wandered away from home"),
    ("flag unsafe buildings", "identify apartment blocks at risk of collapse"),
    ("allocate hospital beds", "decide which patients get a ward place"),
    ("answer pension queries by phone", "respond to retirees calling about their payments"),
    ("detect water pipe leaks", "find where the mains supply is losing water"),
    ("grade essay exams", "mark pupils' written test papers"),
]
_OUTCOMES = [
    ("was cancelled after a data leak", "What happened to"),
    ("was copied by three other cities", "What became of"),
    ("was paused after a court ruling", "What happened to"),
    ("won a national innovation award", "How was"),
    ("was handed to a private contractor", "What became of"),
    ("was folded into a provincial platform", "What happened to"),
]
_SYLLABLES = ["lan", "ting", "qiao", "ming", "hua", "yun", "feng", "shan", "bo", "xin", "jing", "rui", "tao", "wei"]


def _pilot_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = (rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)).capitalize()
        if name not in taken:
            taken.add(name)
            return name


def plant_facts(paths: list[Path], n_facts: int, seed: int = 17) -> list[PlantedFact]:
    """Replace one sentence in each of up to n_facts paragraphs with a unique fact; returns gold questions.

    Gives the generated corpus what a quality comparison needs: questions with one known answer among
    many similar essays, asked by name, by description, or in other words.
    """
    rng = random.Random(seed)
    combos = [(place, purpose) for place in _PLACES for purpose in _PURPOSES]
    rng.shuffle(combos)
    texts = {path: path.read_text(encoding="utf-8").split("\n\n") for path in paths}
    used: set[tuple[Path, int]] = set()
    facts, names = [], set[str]()
    for number, (place, (purpose, paraphrase)) in enumerate(combos[:n_facts]):
        outcome, asking = rng.choice(_OUTCOMES)
        name, tech = _pilot_name(rng, names), rng.choice(_TECH)
        sentence = (f"{place} ran a pilot called {name} that used {tech} to {purpose}; it cost "
                    f"{rng.randint(3, 90)} million yuan and {outcome} in {rng.randint(2015, 2024)}.")
        form = ("by name", "by description", "paraphrase")[number % 3]
        question = {"by name": f"{asking} the {name} pilot?",
                    "by description": f"Which pilot in {place} used {tech} to {purpose}?",
                    "paraphrase": f"Which {place} project tried to {paraphrase}?"}[form]
        # paragraph 0 is the title: the fact goes into a body paragraph, among filler, one per paragraph
        path = rng.choice(paths)
        slot = 1 + rng.randrange(len(texts[path]) - 1)
        if (path, slot) in used:
            continue
        used.add((path, slot))
        paragraph = texts[path][slot]
        sentences = re.split(r"(?<=\.) ", paragraph.rstrip())
        sentences[rng.randrange(len(sentences))] = sentence
        texts[path][slot] = " ".join(sentences) + paragraph[len(paragraph.rstrip()):]
        facts.append(PlantedFact(question, sentence, form))
    for path, paragraphs in texts.items():
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return facts
