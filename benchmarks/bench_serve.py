"""Incremental serve: from an edit of one article's YAML to the edited page served by `mkdocs serve`.

    .venv/bin/python benchmarks/bench_serve.py [--articles 100] [--edits 5] [--no-cache]
        [--target title|docs] [--idle 8]

A project of N distinct articles (benchmarks/newsroom.py) is served by `mkdocs serve` (live
reload, as `dossier serve` runs it). After the first build, each edit rewrites one article's
title in its YAML file and the article's page is fetched every 20 ms until it shows the new
title: the time from the write to that response is what a reader waits for (the browser's
reload adds one request); the server's CPU seconds over the same span are given too, the figure
a loaded machine does not change. Each edit takes another article. `--no-cache` sets the plugin's
`cache: false`, for the figure without the per-article cache. `--target docs` edits the
hand-written docs/about.md instead (a rebuild that needs no pipeline run) and waits for the about
page; `--idle` is the pause before each edit (0: an edit made while the last rebuild's search
index is still being written).

Medians; the machine is shared and noisy, so compare runs made one after the other.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsroom import make_site_project  # noqa: E402

POLL_SECONDS = 0.02
FIRST_BUILD_TIMEOUT = 900
EDIT_TIMEOUT = 300
# Between edits: the previous rebuild's search index (written while the page is served) is done.
IDLE_SECONDS = 8.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return ""


def served_at(log: Path, timeout: float) -> str:
    """The address `mkdocs serve` prints once the first build is done (site_url's path included)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        found = re.search(r"Serving on (http://\S+)", log.read_text(encoding="utf-8", errors="replace"))
        if found:
            return found.group(1).rstrip("/") + "/"
        time.sleep(0.2)
    raise SystemExit(f"mkdocs serve did not serve within {timeout:.0f} s:\n{log.read_text()[-2000:]}")


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at `url` contains `text`."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if text in fetch(url):
            return time.perf_counter() - started
        time.sleep(POLL_SECONDS)
    raise SystemExit(f"{url} did not show {text!r} within {timeout:.0f} s")


def disable_cache(root: Path) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "  - dossier\n" not in text:
        raise SystemExit("mkdocs.yml does not list the dossier plugin as '  - dossier'")
    config.write_text(text.replace("  - dossier\n", "  - dossier:\n      cache: false\n"), encoding="utf-8")


def edit_title(article_file: Path, marker: str) -> None:
    text = article_file.read_text(encoding="utf-8")
    edited = re.sub(r"^title: .*$", f"title: Edited title {marker}", text, count=1, flags=re.M)
    article_file.write_text(edited, encoding="utf-8")


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and the children it waited for (Linux /proc), in seconds: on a
    shared machine the figure that does not depend on what else runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def edit_docs(about: Path, marker: str) -> None:
    about.write_text(f"# About\n\nEdited about page {marker}\n", encoding="utf-8")


def measure(
    n: int, edits: int, cache: bool, target: str = "title", idle: float = IDLE_SECONDS
) -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = make_site_project(Path(tmp) / "project", n)
        if not cache:
            disable_cache(root)
        port = free_port()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
        log = open(Path(tmp) / "serve.log", "w+b")  # noqa: SIM115 - closed below, after the server
        server = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            articles = sorted((root / "dossier" / "articles").glob("*.yml"))
            base = served_at(Path(tmp) / "serve.log", FIRST_BUILD_TIMEOUT)
            wait_for(f"{base}articles/{articles[0].stem}/", "<html", EDIT_TIMEOUT)
            times, cpu = [], []
            for number in range(edits):
                article = articles[(number * 7 + 1) % len(articles)]
                marker = f"edit-{number}-{time.time_ns()}"
                time.sleep(idle)  # the watcher (and search indexing) idle after the last rebuild
                before = cpu_seconds(server.pid)
                if target == "docs":
                    edit_docs(root / "docs" / "about.md", marker)
                    url = f"{base}about/"
                else:
                    edit_title(article, marker)
                    url = f"{base}articles/{article.stem}/"
                times.append(wait_for(url, marker, EDIT_TIMEOUT))
                cpu.append(cpu_seconds(server.pid) - before)
            return times, cpu
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--target", choices=("title", "docs"), default="title")
    parser.add_argument("--idle", type=float, default=IDLE_SECONDS)
    args = parser.parse_args()
    times, cpu = measure(args.articles, args.edits, not args.no_cache, args.target, args.idle)
    print(
        f"{args.articles} articles, {args.target} edits {args.idle:g} s apart, cache "
        f"{'off' if args.no_cache else 'on'}, load average "
        f"{os.getloadavg()[0]:.1f}: edit to page served, median {statistics.median(times):.2f} s "
        f"(each: {', '.join(f'{t:.2f}' for t in times)}); CPU of the server meanwhile, median "
        f"{statistics.median(cpu):.2f} s (each: {', '.join(f'{t:.2f}' for t in cpu)})"
    )


if __name__ == "__main__":
    main()
