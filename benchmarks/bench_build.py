"""How the whole site build grows with the number of articles.

    .venv/bin/python benchmarks/bench_build.py [--articles 160] [--runs 3]

A temporary project is made from the real one (mkdocs.yml, docs/, templates/) with the
dossier's articles copied under new ids until N exist (see bench_load.make_project). For
N/4, N/2 and N it times, as the median of the runs: the pipeline alone (build_dossier:
load, clean, analyze, compare, render) and the full `mkdocs build --strict` in a fresh
process. The last column is the time per article: flat means linear growth. Material's
navigation.prune (on in mkdocs.yml) keeps each page's navigation to its own section, without
which every page would carry every other page's link (quadratic growth).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import ROOT, make_project  # noqa: E402

from newsdossier.pipeline import build_dossier  # noqa: E402


def make_site_project(target: Path, n: int) -> Path:
    make_project(target, n)
    for name in ("docs", "templates"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def median_time(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def mkdocs_build(root: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(root / "site")],
        cwd=root,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=160)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'articles':>8} {'pipeline s':>11} {'mkdocs build s':>15} {'build ms/article':>17}")
    for n in (args.articles // 4, args.articles // 2, args.articles):
        with tempfile.TemporaryDirectory() as tmp:
            root = make_site_project(Path(tmp), n)
            pipeline = median_time(functools.partial(build_dossier, root), args.runs)
            build = median_time(functools.partial(mkdocs_build, root), args.runs)
        print(f"{n:8d} {pipeline:11.2f} {build:15.2f} {1000 * build / n:17.1f}")


if __name__ == "__main__":
    main()
