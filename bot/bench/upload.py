"""python -m bot.bench.upload [--mb 5] [--pages 60] [--json]: from a PDF added on the page to its first answer.

Makes a PDF of about --mb MB (text pages of policy prose with one planted fact, and a photo-like image, as
reports carry), copies the bundled corpus and its index to a scratch folder, adds the PDF as the page does
(`bot.page_essays.EssayShelf`: check, save, incremental ingest) and asks a Bot about the planted fact. The
figure the page promises: ready (added and answered) within the embedding time plus 5 s.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bot.base.settings import REPO_ROOT, Settings

FACT = "The Lanzhou flood board replaced its river gauges with 340 ultrasonic sensors in 2019."
QUESTION = "How many ultrasonic sensors did the Lanzhou flood board install?"


def make_pdf(path: Path, megabytes: float, pages: int) -> Path:
    import numpy as np
    from fpdf import FPDF
    from PIL import Image

    from bot.bench.synthetic import generate_paragraph

    rng = random.Random(11)
    pdf = FPDF()
    pdf.set_title("Sensors in public services")
    pdf.set_author("Bench Author")
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        text = "\n\n".join(generate_paragraph(rng) for _ in range(3))
        if n == pages // 2:
            text += "\n\n" + FACT
        pdf.multi_cell(0, 6, text)
    side = int((megabytes * 2**20 / 3) ** 0.5)   # noise does not compress: about 3 bytes a pixel
    noise = np.random.default_rng(3).integers(0, 255, (side, side, 3), dtype=np.uint8)
    image = path.with_suffix(".png")
    Image.fromarray(noise).save(image)
    pdf.add_page()
    pdf.image(str(image), w=180)
    pdf.output(str(path))
    image.unlink()
    return path


def measure(megabytes: float, pages: int) -> dict:
    from bot.core import Bot
    from bot.page_essays import EssayShelf, upload_cache
    from ingest.embedder import Embedder
    from ingest.pipeline import run_ingest

    work = Path(tempfile.mkdtemp(prefix="bot-bench-upload-"))
    try:
        settings = Settings.from_env(corpus_dir=work / "corpus", index_dir=work / "index")
        shutil.copytree(REPO_ROOT / "corpus", settings.corpus_dir)
        embedder = Embedder(settings.embedding_model, settings.embed_precision)
        run_ingest(settings, embedder)
        bot = Bot(settings, embedder=embedder)
        bot.ask("warm up")   # the page's answerer is warm before anyone uploads
        Path(upload_cache()).mkdir(parents=True, exist_ok=True)
        cache = Path(tempfile.mkdtemp(prefix="bench-", dir=upload_cache()))   # where Gradio puts uploads
        pdf = make_pdf(cache / "sensors-report.pdf", megabytes, pages)
        shelf = EssayShelf(settings, embedder)   # the page loads it on the first upload: not what is measured
        started = time.perf_counter()
        outcome, summary = shelf.add([str(pdf)])
        added_s = time.perf_counter() - started
        answer = bot.ask(QUESTION)
        ready_s = time.perf_counter() - started
        assert summary is not None and outcome.added, outcome.refused
        embed_s = summary.stages.get("embed", 0.0)
        return {"pdf_mib": round(pdf.stat().st_size / 2**20, 2), "pages": pages + 1,
                "passages_embedded": summary.embedded, "precision": summary.precision,
                "added_s": round(added_s, 2), "embed_s": round(embed_s, 2), "ready_s": round(ready_s, 2),
                "ready_minus_embed_s": round(ready_s - embed_s, 2), "stages_s": summary.stages,
                "answered_from_it": any(c.doc_id == outcome.added[0] for c in answer.citations),
                "answer": answer.text}
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if "cache" in locals():
            shutil.rmtree(cache, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.upload", description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the PDF, in MB")
    parser.add_argument("--pages", type=int, default=60, help="text pages in it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.mb, args.pages)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['pdf_mib']} MiB PDF, {result['pages']} pages, {result['passages_embedded']} passages "
              f"({result['precision']}): added in {result['added_s']} s, answered {result['ready_s']} s after the "
              f"upload; embedding {result['embed_s']} s, so ready {result['ready_minus_embed_s']} s beyond it "
              f"(target 5 s); answered from it: {result['answered_from_it']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
