"""Small real files of each supported kind, made by the tests."""
from __future__ import annotations

from pathlib import Path

ARTICLE_PARAGRAPHS = [
    "Hangzhou's City Brain project connected traffic lights to cameras so that ambulances reach patients faster.",
    "Officials said the system cut average emergency response times by several minutes across the city centre.",
    "Critics pointed out that residents were never asked whether they wanted their movements analysed this way.",
]


def write_html_article(path: Path) -> Path:
    """An article page wrapped in navigation, a cookie banner, a footer and a script."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    path.write_text(f"""<!doctype html><html><head><title>City Brain in Hangzhou</title>
<script>window.tracker = "do not index me";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/reports">Reports</a></li><li><a href="/about">About us</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve this site. Accept all cookies</div>
<main><article><h1>City Brain in Hangzhou</h1>
{paragraphs}
</article></main>
<footer><p>Copyright 2020 Example Foundation. Registered charity number 1144091.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>""", encoding="utf-8")
    return path


PDF_PAGES = [
    "Page one explains how Shenzhen courts use speech recognition to transcribe hearings in real time.",
    "Page two describes how Guiyang built a provincial data exchange for public health records.",
]


def write_pdf(path: Path, pages: list[str] = PDF_PAGES, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Courts and data")
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(password)
        with open(path, "wb") as fh:
            writer.write(fh)
    return path
