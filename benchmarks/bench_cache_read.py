"""How long reading a project's whole result cache takes (what a warm build reads, and more).

    .venv/bin/python benchmarks/bench_cache_read.py ROOT [--runs 3] [--collector-running]

ROOT is a project built once with its cache (e.g. a benchmarks/newsroom.py project after
`mkdocs build` or `dossier check`), so that ROOT/.dossier-cache holds its entries. Every entry
is read with ResultCache.get, in one process, all kept in memory as a build keeps them, and
spared from Python's cycle collector after each as a build spares them (pipeline.py,
_records_spared); the median CPU time of the runs is printed. --collector-scanning keeps them
in the collector's sight (as builds did before), for comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import time
from pathlib import Path

from newsdossier import pipeline
from newsdossier.cache import CACHE_DIR, SUFFIX, ResultCache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--collector-scanning", action="store_true")
    args = parser.parse_args()
    spared = contextlib.nullcontext if args.collector_scanning else pipeline._records_spared
    keys = sorted(p.name[: -len(SUFFIX)] for p in (args.root / CACHE_DIR).glob(f"*{SUFFIX}"))
    timings = []
    for _ in range(args.runs):
        cache = ResultCache(args.root / CACHE_DIR)
        gc.collect()
        started = time.process_time()
        with spared():
            values = []
            for key in keys:
                values.append(cache.get(key))
                pipeline._kept_for_the_build()
        timings.append(time.process_time() - started)
        assert cache.misses == 0, "an entry could not be read"
        del values
    print(
        f"{len(keys)} entries: median CPU {statistics.median(timings):.2f} s of {args.runs} runs"
        f" (records {'scanned' if args.collector_scanning else 'spared'} by the cycle collector)"
    )


if __name__ == "__main__":
    main()
