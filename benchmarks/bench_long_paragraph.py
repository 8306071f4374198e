"""How long the analyze stage takes on one very long paragraph, and how it grows.

    .venv/bin/python benchmarks/bench_long_paragraph.py [--mb 2] [--runs 3]

A paragraph of news prose (the body paragraphs of the five seeds, cleaned, joined and
repeated) is cut at 1/4, 1/2 and all of --mb megabytes and analyzed as one article with
the dossier's actors. The median wall and CPU times of the runs are printed, and the
ratio between sizes: about 2 when the work is linear in the paragraph's length, 4 when
it is quadratic. On a shared machine the CPU time is the steadier figure.

Figures on the shared development machine (2 cores, other jobs running), `--mb 2 --runs 3`:
0.50 MB 1.58 s, 1.00 MB 3.18 s (x2.01), 2.00 MB 6.92 s (x2.18) of CPU; one run of 2 MB
takes 5 to 7 s as the machine's load varies (4.8 s with the garbage collector off).
After the second pass on issue 13 (suggestions, alias hits, masking by slices, the cycle
collector paused while an article is read), same machine, same command, one after the other:
0.50 MB 1.67 -> 1.03 s, 1.00 MB 3.45 -> 1.68 s, 2.00 MB 5.47 -> 3.60 s of CPU.
Before the fix of issue 13 (a scan of the paragraph's mentions for each sentence, in
comparison_terms.py): 0.50 MB 2.67 s, 1.00 MB 8.30 s (x3.11), 2.00 MB 24.65 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from pathlib import Path

from newsdossier.analyze import analyze
from newsdossier.clean import clean_article
from newsdossier.load import load_dossier
from newsdossier.records import CleanArticle, Paragraph

ROOT = Path(__file__).resolve().parent.parent


def long_paragraph(size: int) -> tuple:
    dossier = load_dossier(ROOT)
    prose = " ".join(
        p.text for a in dossier.articles for p in clean_article(a).paragraphs if p.kind == "body"
    )
    text = ((prose + " ") * (size // len(prose) + 1))[:size]
    article = dossier.articles[0]
    clean = CleanArticle(article.id, (Paragraph("body", text),), clean_article(article).metadata, ())
    return dataclasses.replace(dossier, articles=(article,)), {article.id: clean}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    full = int(args.mb * 1_000_000)
    previous = None
    for size in (full // 4, full // 2, full):
        dossier, cleaned = long_paragraph(size)
        wall, cpu = [], []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            analysis = analyze(dossier, cleaned)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        median_cpu = statistics.median(cpu)
        ratio = f"  x{median_cpu / previous:.2f} CPU for x2 text" if previous else ""
        print(
            f"{size / 1_000_000:.2f} MB paragraph: {len(analysis.quotes)} quotes; median wall "
            f"{statistics.median(wall):.2f} s, CPU {median_cpu:.2f} s ({args.runs} runs){ratio}"
        )
        previous = median_cpu


if __name__ == "__main__":
    main()
