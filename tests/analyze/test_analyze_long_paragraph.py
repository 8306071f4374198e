"""A paragraph of 2 MB is analysed in bounded time (issue 16 asks for linear analysis).

The figure to quote comes from benchmarks/bench_long_paragraph.py (3.6 s of CPU for 2 MB
on the development machine); the bound here is generous, so that a busy machine passes
while quadratic work (0.8 MB took 15.6 s before, and 2 MB would take minutes) fails.
"""

from __future__ import annotations

import time

from analyze_support import SEEDS, fixture_actors, run, seed_paragraphs

BOUND_CPU_SECONDS = 30.0


def test_two_megabyte_paragraph_is_analysed_in_bounded_time():
    prose = " ".join(p for path in sorted(SEEDS.glob("*.txt")) for p in seed_paragraphs(path.name)[0])
    text = ((prose + " ") * (2_000_000 // len(prose) + 1))[:2_000_000]
    started = time.process_time()
    analysis = run(text, actors=fixture_actors())
    elapsed = time.process_time() - started
    assert elapsed < BOUND_CPU_SECONDS, f"2 MB paragraph took {elapsed:.1f} s of CPU"
    assert len(analysis.quotes) > 1000  # the quotations were read, not skipped
    assert sum(1 for q in analysis.quotes if q.speaker) > len(analysis.quotes) / 2
