"""How long the load stage (read + validate) takes as the dossier grows.

    .venv/bin/python benchmarks/bench_load.py [--articles 1000] [--runs 7]

A temporary project is made from the real dossier: its five seeds and article files are
copied under new ids until N articles exist (each with its own seed copy, topics and
events kept). check_dossier() is then timed with time.perf_counter; the median of the
runs is the figure to quote, and runs at N/4 and N/2 show whether growth is linear.
Nothing in the project is written; the copy lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from newsdossier.load import check_dossier

ROOT = Path(__file__).resolve().parent.parent


def make_project(target: Path, n: int) -> Path:
    shutil.copytree(ROOT / "dossier", target / "dossier", ignore=shutil.ignore_patterns("articles"))
    (target / "dossier" / "articles").mkdir()
    (target / "seeds").mkdir()
    originals = sorted((ROOT / "dossier" / "articles").glob("*.yml"))
    for i in range(n):
        original = originals[i % len(originals)]
        text = original.read_text(encoding="utf-8")
        source = next(
            line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("source:")
        )
        first = i < len(originals)  # the originals keep their ids: events and topics refer to them
        seed_name = Path(source).name if first else f"{i:05d}-{Path(source).name}"
        shutil.copy(ROOT / source, target / "seeds" / seed_name)
        text = text.replace(source, f"seeds/{seed_name}")
        text = "\n".join(line for line in text.splitlines() if not line.startswith("id:")) + "\n"
        stem = original.stem if first else f"{original.stem}-{i}"
        (target / "dossier" / "articles" / f"{stem}.yml").write_text(text, encoding="utf-8")
    return target


def time_check(root: Path, runs: int) -> tuple[float, int]:
    times, problems = [], []
    for _ in range(runs):
        started = time.perf_counter()
        problems = check_dossier(root)
        times.append(time.perf_counter() - started)
    return statistics.median(times), sum(p.severity == "error" for p in problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for n in (args.articles // 4, args.articles // 2, args.articles):
        with tempfile.TemporaryDirectory() as tmp:
            root = make_project(Path(tmp), n)
            median, errors = time_check(root, args.runs)
        print(f"{n:6d} articles: median {median * 1000:8.1f} ms over {args.runs} runs ({errors} errors)")


if __name__ == "__main__":
    main()
