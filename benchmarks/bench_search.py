"""Search at scale: what one query costs a reader on a site of N generated articles.

    NEWSDOSSIER_SHARED=/work/shared nice -n 5 .venv/bin/python benchmarks/bench_search.py \\
        [--sizes 100 2000] [--runs 3] [--site SITE_DIR]

For each N a project of N distinct real-looking articles is generated (benchmarks/newsroom.py)
and built with `mkdocs build --strict` (which runs Pagefind after the build); `--site` measures
an already built site instead (its project: the site's parent folder, if it holds dossier/).
The site is served on 127.0.0.1 under a sub-path, and Debian's chromium (headless, as in
tests/browser) opens the home page, clicks the search box and types each query at ten
characters a second, `--runs` times in fresh browser contexts:

- ms: from the last keystroke to the first painted frame with the results of the whole query;
- kB: bytes of every file the search fetched from the click on the box on (Pagefind's runtime,
  the index chunks of the query's words, the fragments of the results shown), as served here,
  uncompressed; and gzipped, as GitHub Pages sends scripts (the index chunks, fragments and
  WebAssembly are gzipped files already).

Queries: an actor's alias that no other actor's names hold (which must rank the actor's page
first), two words of an article's title, and a word most articles hold. Also reported: Pagefind's indexing time alone
(median of `--runs` runs on the built site) and the index's size on disk.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from newsroom import make_site_project  # noqa: E402

from browser.browserkit import CHROMIUM, CHROMIUM_ARGS, SUB_PATH, open_context, serve  # noqa: E402
from browser.searchcost import measure_query  # noqa: E402
from newsdossier.plugin.search import index_site  # noqa: E402

COMMON_WORD = "government"


def build(project: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project,
        check=True,
        capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return time.perf_counter() - started


def unique_alias(actors: list[dict], site: Path) -> tuple[str, str] | None:
    """The first actor alias (with a page) that no other actor's names hold, and its page."""
    for actor in actors:
        others = " ".join(n for a in actors if a is not actor for n in (a["name"], *a.get("aliases", [])))
        for alias in actor.get("aliases", []):
            if (site / "actors" / actor["id"]).is_dir() and not re.search(rf"\b{re.escape(alias)}\b", others):
                return alias, f"/actors/{actor['id']}/"
    return None


def queries_for(project: Path | None, site: Path) -> list[tuple[str, str | None]]:
    """(query, the page that must come first or None)."""
    chosen: list[tuple[str, str | None]] = []
    if project is not None:
        actors = yaml.safe_load((project / "dossier" / "actors.yml").read_text(encoding="utf-8"))["actors"]
        alias = unique_alias(actors, site)
        if alias:
            chosen.append(alias)
        title = sorted((project / "dossier" / "articles").glob("*.yml"))[0]
        words = re.findall(r"[^\W\d_]{5,}", yaml.safe_load(title.read_text(encoding="utf-8"))["title"])
        if len(words) >= 2:
            chosen.append((" ".join(words[:2]), None))
    chosen.append((COMMON_WORD, None))
    return chosen


def measure_site(site: Path, project: Path | None, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    index_s = []
    for _ in range(runs):
        started = time.perf_counter()
        index_site(site)
        index_s.append(time.perf_counter() - started)
    bundle = site / "pagefind"
    report: dict = {
        "pages": len(list(site.rglob("*.html"))),
        "index_s": statistics.median(index_s),
        "index_mb": sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 1e6,
        "queries": [],
    }
    with tempfile.TemporaryDirectory() as served:
        (Path(served) / SUB_PATH).symlink_to(site, target_is_directory=True)
        server = serve(Path(served))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for query, first in queries_for(project, site):
                    costs, ranked_first = [], None
                    for _ in range(runs):
                        context, page, watch = open_context(browser)
                        costs.append(measure_query(page, server, query))
                        top = page.locator(".md-search-result__link").first.get_attribute("href") or ""
                        ranked_first = first is None or first in top
                        assert not watch.problems(), watch.problems()
                        context.close()
                    report["queries"].append(
                        {
                            "query": query,
                            "results": costs[0].results,
                            "ms": statistics.median(c.ms for c in costs),
                            "kb": statistics.median(c.fetched_bytes for c in costs) / 1e3,
                            "gz_kb": statistics.median(c.transfer_bytes for c in costs) / 1e3,
                            "files": len(costs[0].fetched),
                            "expected_first": "yes" if first is None or ranked_first else f"NO ({first})",
                        }
                    )
                browser.close()
        finally:
            server.close()
    return report


def print_report(label: str, report: dict) -> None:
    print(
        f"\n{label}: {report['pages']} pages; Pagefind indexing {report['index_s']:.1f} s, "
        f"index {report['index_mb']:.1f} MB on disk"
    )
    print("| query | results shown | ms (median) | kB fetched | kB gzipped | files | expected page first |")
    print("|---|---|---|---|---|---|---|")
    for q in report["queries"]:
        print(
            f"| {q['query']} | {q['results']} | {q['ms']:.0f} | {q['kb']:.0f} | {q['gz_kb']:.0f} | {q['files']} "
            f"| {q['expected_first']} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--site", type=Path, help="measure this built site instead of generating")
    args = parser.parse_args()
    if args.site:
        site = args.site.resolve()
        project = site.parent if (site.parent / "dossier").is_dir() else None
        print_report(str(site), measure_site(site, project, args.runs))
        return
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = make_site_project(Path(tmp) / "project", n)
            seconds = build(project)
            print(f"\n{n} articles: generated and built in {seconds:.0f} s")
            print_report(f"{n} articles", measure_site(project / "site", project, args.runs))


if __name__ == "__main__":
    main()
