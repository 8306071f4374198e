"""The project's HTML path (clean_html) against trafilatura alone, same pages, same scorer.

    .venv/bin/python benchmarks/html_vs_trafilatura.py [--pages DIR] [--per-page]

Each page is cleaned three ways and scored with cleanbench-dev's score.py (bags of 4-word
shingles, per-page precision and recall averaged, F1 of the averages):

- html path: newsdossier.clean.clean_html (what an .html seed gets), its paragraphs joined;
- trafilatura: trafilatura.extract(html) with its defaults, the output a user of that library gets;
- text path: clean_text on the page's visible text, for reference.

Pages: a folder with pages/NNN.html (saved web pages) and gold/NNN.txt, given with --pages. By
default ../shared/cleanbench-dev is read; it holds the pages' visible text only (NNN.txt, one
block per line, no tags), so each text page is wrapped into a minimal HTML document (<title> from
nothing, each line a <p>). On such pages trafilatura cannot use a page's structure: the figure
compares what the two paths do with trafilatura's reading of the same document, not how well
trafilatura reads real page structure.

    .venv/bin/python benchmarks/html_vs_trafilatura.py --clean-bodies

The other side: the texts of ../shared/quotebench-dev are clean article bodies; each is wrapped
as a well-structured page (<article><h1>first line</h1><p>…</p></article>) and the paragraphs
each path loses are counted (a loss: a paragraph with letters whose last words are not in the
output; a dateline moved to metadata is not a loss).
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import sys
from pathlib import Path

from newsdossier.clean import clean_html, clean_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def load_scorer(folder: Path):  # noqa: ANN201 - the scorer module, loaded from the data folder
    spec = importlib.util.spec_from_file_location("cleanbench_score", folder / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_html(text: str) -> str:
    """A visible-text page as a minimal HTML document: one paragraph per line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>"


def pages(folder: Path) -> list[tuple[str, str, str]]:
    """(id, html, visible text) of every page that has a gold body."""
    found = []
    for gold in sorted((folder / "gold").glob("*.txt")):
        saved = folder / "pages" / f"{gold.stem}.html"
        if saved.exists():
            page_html = saved.read_text(encoding="utf-8", errors="replace")
            text = "\n".join(clean_html_lines(page_html))
        else:
            text = (folder / "pages" / f"{gold.stem}.txt").read_text(encoding="utf-8")
            page_html = as_html(text)
        found.append((gold.stem, page_html, text))
    return found


def clean_html_lines(page_html: str) -> list[str]:
    from newsdossier.clean.html import visible_lines

    return visible_lines(page_html)


def score(scorer, counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:  # noqa: ANN001
    precision = scorer.mean(scorer.page_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = scorer.mean(scorer.page_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def article_html(text: str) -> tuple[str, list[str]]:
    """A clean article text (first line the headline) as a structured page, and its paragraphs."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    headline, paragraphs = lines[0], lines[1:]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(headline)}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(headline)}</h1>\n{body}\n"
        "</article><footer><p>Contact us</p></footer></body></html>"
    )
    return page, paragraphs


def tail(paragraph: str) -> str:
    """A paragraph's last words: kept when they are in the output (a dateline taken off the
    paragraph's start into metadata is not a loss)."""
    return " ".join(paragraph.split()[-TAIL_WORDS:])


#: How many last words of a paragraph must be in the output for it to count as kept.
TAIL_WORDS = 8


def clean_bodies() -> int:
    import trafilatura

    folder = SHARED / "quotebench-dev" / "texts"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    lost = {"html path": 0, "trafilatura": 0}
    total = 0
    for path in sorted(folder.glob("*.txt")):
        page, paragraphs = article_html(path.read_text(encoding="utf-8"))
        outputs = {
            "html path": "\n".join(p.text for p in clean_html(page).paragraphs),
            "trafilatura": trafilatura.extract(page) or "",
        }
        total += sum(any(c.isalpha() for c in p) for p in paragraphs)
        for name, output in outputs.items():
            words = " ".join(output.split())
            lost[name] += sum(1 for p in paragraphs if any(c.isalpha() for c in p) and tail(p) not in words)
    print(f"paragraphs with words: {total} in {len(list(folder.glob('*.txt')))} clean texts")
    for name, count in lost.items():
        print(f"{name:12} lost {count}")
    return 0


def main() -> int:
    import trafilatura

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=SHARED / "cleanbench-dev")
    parser.add_argument("--per-page", action="store_true", help="print each page's F1 for the two paths")
    parser.add_argument(
        "--clean-bodies", action="store_true", help="count the paragraphs lost on clean texts"
    )
    args = parser.parse_args()
    if args.clean_bodies:
        return clean_bodies()
    if not (args.pages / "gold").is_dir():
        print(f"skipped: {args.pages / 'gold'} is absent")
        return 0
    scorer = load_scorer(args.pages if (args.pages / "score.py").exists() else SHARED / "cleanbench-dev")
    counts: dict[str, list] = {"html path": [], "trafilatura": [], "text path": []}
    for page_id, page_html, text in pages(args.pages):
        gold = (args.pages / "gold" / f"{page_id}.txt").read_text(encoding="utf-8")
        outputs = {
            "html path": "\n\n".join(p.text for p in clean_html(page_html).paragraphs),
            "trafilatura": trafilatura.extract(page_html) or "",
            "text path": "\n\n".join(p.text for p in clean_text(text).paragraphs),
        }
        for name, output in outputs.items():
            counts[name].append(scorer.page_counts(gold, output, 4))
        if args.per_page:
            f1s = [score(scorer, [counts[name][-1]])[2] for name in ("html path", "trafilatura")]
            print(f"{page_id}: html path {f1s[0]:.3f}  trafilatura {f1s[1]:.3f}")
    print(f"pages: {len(counts['html path'])} from {args.pages}")
    for name, page_counts in counts.items():
        precision, recall, f1 = score(scorer, page_counts)
        print(f"{name:12} P {precision:.4f}  R {recall:.4f}  F1 {f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
