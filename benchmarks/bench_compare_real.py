"""Benchmark: compare() on one topic of N distinct real articles (default 50, 100 and 200).

    .venv/bin/python benchmarks/bench_compare_real.py [--articles 50 100 200] [--repeat 3]

The articles are real news texts, none a copy of another: the quote bench's articles about one
campaign (../shared/quotebench-dev, read where it lies, never copied), taken in order of date so
that they share people, places and figures as a topic does; its often-quoted speakers are the
actors. Cleaning and analysis run once; compare() is timed. Prints, for each size, the median
wall and CPU time over the repeats and the time per article (linear growth keeps it flat), and the
CPU time of the one analysis (which reads the terms compare weighs: compare reads no text).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.compare.corpora import (  # noqa: E402  # noqa: E402
    QUOTEBENCH,
    corpus_dossier,
    missing_reason,
    quotebench_actors,
    quotebench_texts,
)

from newsdossier.analyze import analyze  # noqa: E402
from newsdossier.clean import clean_article  # noqa: E402
from newsdossier.compare import compare  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, nargs="+", default=[50, 100, 200])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    reason = missing_reason(QUOTEBENCH)
    if reason:
        sys.exit(reason)
    texts = quotebench_texts()
    actors = quotebench_actors()
    for n in args.articles:
        chosen = dict(list(texts.items())[:n])
        dossier = corpus_dossier(chosen, actors, size=n)
        cleaned = {a.id: clean_article(a) for a in dossier.articles}
        reading = time.process_time()
        analysis = analyze(dossier, cleaned)  # once: it now also reads the terms compare weighs
        reading = time.process_time() - reading
        walls, cpus = [], []
        for _ in range(args.repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            comparison = compare(replace(dossier), cleaned, analysis)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        rows = sum(len(c.rows) for c in comparison.values())
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(
            f"{n:4d} articles: compare median wall {wall:6.2f} s, cpu {cpu:6.2f} s "
            f"({1000 * cpu / n:.0f} ms cpu an article), {rows} rows; analyze cpu {reading:6.2f} s"
        )


if __name__ == "__main__":
    main()
