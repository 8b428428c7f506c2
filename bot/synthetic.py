"""A deterministic generated essay corpus of realistic prose, for benchmarks and scale tests."""
from __future__ import annotations

import random
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
