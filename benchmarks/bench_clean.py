"""How long the clean stage takes on 1,000 seed-sized articles (target: under 2 seconds).

    python benchmarks/bench_clean.py [--articles 1000] [--runs 7]

The five seeds are cleaned in turn until N articles are done; each run is timed with
time.perf_counter (wall clock) and time.process_time (CPU time of this process, less
disturbed by other programs on a shared machine) and the medians of the runs are reported
(the first run also pays for compiling the regular expressions).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsdossier.clean import clean_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not seeds:
        raise SystemExit("no seeds found in seeds/")
    texts = [seeds[i % len(seeds)] for i in range(args.articles)]
    size = sum(len(t) for t in texts)
    timings, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            clean_text(text)
        timings.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"cleaned {args.articles} seed-sized articles ({size / 1e6:.1f} MB) x {args.runs} runs")
    print("runs (s): " + " ".join(f"{t:.3f}" for t in timings))
    print("cpu  (s): " + " ".join(f"{t:.3f}" for t in cpu))
    median = statistics.median(timings)
    print(
        f"median {median:.3f} s wall, {statistics.median(cpu):.3f} s CPU ({median / args.articles * 1e3:.2f} ms per article)"
    )


if __name__ == "__main__":
    main()
