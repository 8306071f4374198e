"""Newsroom scale: how the pipeline, the site build and the site grow from 100 to 2,000 articles.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 100 500 2000] [--runs 3] [--skip-floor]

(about an hour with the defaults on a quiet 2-core machine; `make bench` runs it at 100 and 500).

For each N a project of N distinct real-looking articles is generated (benchmarks/newsroom.py)
in a temporary folder; then, as medians of `--runs` runs, each in a fresh process:

- pipeline: build_dossier() alone (load, clean, analyze, compare, render), without the cache,
  wall and CPU time;
- build: `mkdocs build --strict` with the dossier plugin, its cache emptied first, wall and CPU
  time and peak memory (the process's maximum resident set, from wait4); then "rebuild": the
  same build again with the cache the first one filled (what `mkdocs serve` does on an edit);
- check: `dossier check` with an empty cache (cold), then with the cache it filled (warm);
- floor: the same generated pages and navigation built by plain MkDocs + Material with the
  same theme features but without the dossier plugin: what MkDocs itself costs;
- the site: bytes of HTML written, the largest page, and what search fetches for a query
  (Material's lunr index is fetched whole: its gzipped size; Pagefind fetches only the
  chunks a query needs: measured in a browser by benchmarks/bench_search.py, reported here
  as the number and largest size of the index chunks and fragments).

The machine is shared and noisy: CPU seconds and ms per article (flat = linear growth) are the
figures to compare, and runs of the two checkouts should be interleaved.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsroom import make_site_project  # noqa: E402

from newsdossier.cache import CACHE_DIR  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

PIPELINE_ONCE = """
import sys, time
from pathlib import Path
from newsdossier.pipeline import build_dossier
started = time.perf_counter()
build_dossier(Path(sys.argv[1]))
print(time.perf_counter() - started)
"""

EXPORT_FLOOR = """
import shutil, sys, yaml
from pathlib import Path
import newsdossier.render.pages
from newsdossier.pipeline import build_dossier
from newsdossier.plugin.navigation import dossier_nav
root, floor = Path(sys.argv[1]), Path(sys.argv[2])
build = build_dossier(root)
shutil.copytree(root / "docs", floor / "docs")
for f in build.files:
    target = floor / "docs" / f.path
    target.parent.mkdir(parents=True, exist_ok=True)
    content = f.content if isinstance(f.content, bytes) else f.content.encode("utf-8")
    target.write_bytes(content)
config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
config["plugins"] = [p for p in config["plugins"] if p != "dossier"]
config["nav"] = dossier_nav(build, root / "docs")
config.pop("validation", None)
config["theme"]["custom_dir"] = str(newsdossier.render.pages.PACKAGE_TEMPLATES / "theme")
(floor / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
"""


def run_measured(command: list[str], cwd: Path) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak memory (MB) and stdout of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{err.decode()[-3000:]}")
    cpu, peak = _last_child_usage()
    return wall, cpu, peak, out.decode()


_previous_children = [0.0]


def _last_child_usage() -> tuple[float, float]:
    """CPU seconds of the child that just ended and the peak RSS of all children so far (MB;
    the build's includes the pipeline's, so it is the build's peak); the counters are
    cumulative, so the CPU is the difference from the last call."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    spent, _previous_children[0] = cpu - _previous_children[0], cpu
    return spent, usage.ru_maxrss / 1024


def site_weight(site: Path) -> dict:
    pages = [(p.stat().st_size, p) for p in site.rglob("*.html")]
    largest = max(pages)
    lunr = site / "search" / "search_index.json"
    pagefind = site / "pagefind"
    weight = {
        "html_mb": sum(s for s, _ in pages) / 1e6,
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
        "largest_kb": largest[0] / 1e3,
        "largest": str(largest[1].relative_to(site)),
        "pages": len(pages),
    }
    if lunr.is_file():
        weight["search"] = f"lunr index {len(gzip.compress(lunr.read_bytes())) / 1e3:.0f} kB gz (whole)"
    if pagefind.is_dir():
        chunks = [p.stat().st_size for p in (pagefind / "index").glob("*")]
        fragments = [p.stat().st_size for p in (pagefind / "fragment").glob("*")]
        weight["search"] = (
            f"pagefind: {len(chunks)} index chunks <= {max(chunks) / 1e3:.0f} kB, "
            f"fragments <= {max(fragments) / 1e3:.0f} kB"
        )
    return weight


def measure(n: int, runs: int, floor: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = make_site_project(Path(tmp) / "project", n)
        python = sys.executable
        results: dict[str, list] = {"pipeline": [], "build": [], "rebuild": [], "check": [], "floor": []}
        if floor:
            run_measured([python, "-c", EXPORT_FLOOR, str(root), str(Path(tmp) / "floor")], root)
        for _ in range(runs):  # interleaved, so a busy minute hits each measure alike
            wall, cpu, _mem, out = run_measured([python, "-c", PIPELINE_ONCE, str(root)], root)
            results["pipeline"].append((float(out.strip().splitlines()[-1]), cpu))
            shutil.rmtree(root / "site", ignore_errors=True)
            shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
            build = [python, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(root / "site")]
            results["build"].append(run_measured(build, root)[:3])
            results["rebuild"].append(run_measured(build, root)[:2])
            shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
            check = [python, "-m", "newsdossier.cli.main", "check"]
            results["check"].append(run_measured(check, root)[:2] + run_measured(check, root)[:2])
            if floor:
                floor_build = [python, "-m", "mkdocs", "build", "-q", "-d", str(Path(tmp) / "floor-site")]
                results["floor"].append(run_measured(floor_build, Path(tmp) / "floor")[:2])
        weight = site_weight(root / "site")
    median = {k: [statistics.median(c) for c in zip(*v, strict=True)] for k, v in results.items() if v}
    return {"n": n, **median, **weight}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-floor", action="store_true")
    args = parser.parse_args()
    print(f"runs={args.runs}, load average {os.getloadavg()[0]:.1f} at start (2 cores, shared)")
    header = (
        "articles | pipeline s (cpu) | ms/article | build s (cpu) | ms/article | peak MB | rebuild s (cpu)"
        " | check cold s (cpu) | check warm s (cpu) | floor s (cpu) | HTML MB | site MB | largest page | search"
    )
    print(header)
    for n in args.sizes:
        r = measure(n, args.runs, not args.skip_floor)
        pipe, build, rebuild, check = r["pipeline"], r["build"], r["rebuild"], r["check"]
        floor = f"{r['floor'][0]:.1f} ({r['floor'][1]:.1f})" if "floor" in r else "-"
        cells = [
            f"{n}",
            f"{pipe[0]:.1f} ({pipe[1]:.1f})",
            f"{1000 * pipe[0] / n:.0f}",
            f"{build[0]:.1f} ({build[1]:.1f})",
            f"{1000 * build[0] / n:.0f}",
            f"{build[2]:.0f}",
            f"{rebuild[0]:.1f} ({rebuild[1]:.1f})",
            f"{check[0]:.1f} ({check[1]:.1f})",
            f"{check[2]:.1f} ({check[3]:.1f})",
            floor,
            f"{r['html_mb']:.0f}",
            f"{r['site_mb']:.0f}",
            f"{r['largest_kb']:.0f} kB {r['largest']}",
            r.get("search", "-"),
        ]
        print(" | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
