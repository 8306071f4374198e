"""How long the analyze stage takes on 1,000 seed-sized articles, and how it grows.

    .venv/bin/python benchmarks/bench_analyze.py [--articles 1000] [--runs 7] [--actors N]

The real dossier (dossier/*.yml) is loaded and its five articles cleaned once; the
cleaned articles are then repeated under new ids until N articles are there, and
analyze() (mentions, quotes, facts, suggestions) is timed with time.perf_counter.
--actors adds N synthetic people to the dossier's actors, to show that the one alias
pattern per dossier keeps the cost flat as the actor list grows. The median of the
runs is the figure to quote; a run at N/4 and N/2 articles shows the growth is linear.
Both wall time and CPU time (time.process_time) are shown: on a shared machine the
CPU time is the steadier figure.

group_quotes is then timed on --quotes synthetic distinct wordings (words of the
seeds' quotes shuffled), spread over 50 speakers plus 20% without a speaker: its
worst case, since syndicated copies of one wording are merged by hashing first.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import time
from pathlib import Path

from newsdossier.analyze import analyze, group_quotes
from newsdossier.clean import clean_article
from newsdossier.load import load_dossier
from newsdossier.records import Actor, Quote

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, extra_actors: int):
    dossier = load_dossier(ROOT)
    base = [(a, clean_article(a)) for a in dossier.articles]
    articles, cleaned = [], {}
    for i in range(n):
        article, clean = base[i % len(base)]
        new_id = f"{article.id}-{i}"
        articles.append(dataclasses.replace(article, id=new_id))
        cleaned[new_id] = dataclasses.replace(clean, article_id=new_id)
    actors = dossier.actors + tuple(
        Actor(f"person-{k}", f"Given{k} Family{k}", "person", aliases=(f"G. Family{k}",))
        for k in range(extra_actors)
    )
    return dataclasses.replace(dossier, articles=tuple(articles), actors=actors), cleaned


def time_runs(dossier, cleaned, runs: int) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        analyze(dossier, cleaned)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def synthetic_quotes(n: int, words: list[str]) -> list[Quote]:
    rng = random.Random(1)
    quotes = []
    for i in range(n):
        speaker = None if i % 5 == 0 else f"speaker-{i % 50}"
        text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 30)))
        quotes.append(Quote(f"art-{i}-q1", f"art-{i}", 0, text, speaker))
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--actors", type=int, default=0, help="synthetic actors added to the dossier's")
    parser.add_argument("--quotes", type=int, default=10000, help="distinct wordings for group_quotes")
    args = parser.parse_args()
    for n in (args.articles // 4, args.articles // 2, args.articles):
        dossier, cleaned = corpus(n, args.actors)
        size = sum(len(p.text) for c in cleaned.values() for p in c.paragraphs)
        wall, cpu = time_runs(dossier, cleaned, args.runs)
        print(
            f"analyze: {n:5} articles ({size / 1e6:.2f} MB, {len(dossier.actors)} actors) x {args.runs} runs: "
            f"median wall {statistics.median(wall):.3f} s, median CPU {statistics.median(cpu):.3f} s "
            f"({statistics.median(cpu) / n * 1e3:.2f} ms CPU per article)"
        )
    analysis = analyze(dossier, cleaned)
    words = [w for q in analysis.quotes for w in q.text.split()]
    quotes = synthetic_quotes(args.quotes, words)
    cleaned_ids = {q.article: None for q in quotes}
    timings = []
    for _ in range(3):
        start = time.process_time()
        groups = group_quotes(quotes, cleaned_ids)
        timings.append(time.process_time() - start)
    print(
        f"group_quotes: {len(quotes)} distinct wordings -> {len(groups)} groups: "
        f"median CPU {statistics.median(timings):.3f} s of 3 runs"
    )


if __name__ == "__main__":
    main()
