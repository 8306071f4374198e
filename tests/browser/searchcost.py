"""What one search query costs a reader: time from the last keystroke to the results on screen,
and the bytes the browser fetched for it. Used by test_search_in_browser.py and by
benchmarks/bench_search.py (which reports medians at 100 and 2,000 articles)."""

from __future__ import annotations

import gzip
from dataclasses import dataclass

from .browserkit import Server, goto

# A reader types about ten characters a second.
KEY_DELAY_MS = 100
RESULTS_TIMEOUT_MS = 15_000

# Installed on the loaded page before typing: the time of the last `input` event, and the time
# the first frame after the result list got links for that input is painted (a query typed
# further drops the results of the shorter one: assets/dossier-search.js).
WATCH_RESULTS = """() => {
    const state = { lastInput: null, shown: null };
    const input = document.querySelector('input.md-search__input');
    const list = document.querySelector('.md-search-result__list');
    input.addEventListener('input', () => { state.lastInput = performance.now(); state.shown = null; }, true);
    new MutationObserver(() => {
        const at = state.lastInput;
        if (at !== null && state.shown === null && list.querySelector('.md-search-result__link')) {
            requestAnimationFrame(() => { if (state.lastInput === at) state.shown = performance.now(); });
        }
    }).observe(list, { childList: true });
    window.__ndSearchCost = state;
}"""


@dataclass(frozen=True)
class QueryCost:
    query: str
    results: int  # result links shown
    ms: float  # from the last keystroke to the results painted
    fetched_bytes: int  # bytes of the search's files fetched from the click on the box on
    transfer_bytes: int  # the same as a host that gzips scripts and JSON sends them
    fetched: tuple[tuple[str, int], ...]  # (path, bytes) of each of those files


# What GitHub Pages (and most static hosts) send gzipped; Pagefind's index chunks, fragments
# and WebAssembly are gzipped files already.
COMPRESSED_BY_HOST = (".js", ".json", ".css", ".html")


def site_file(server: Server, path: str):
    return server.site / path.split("?")[0]


def transfer_size(file) -> int:
    data = file.read_bytes()
    return len(gzip.compress(data, 6)) if file.suffix in COMPRESSED_BY_HOST else len(data)


def measure_query(page, server: Server, query: str, path: str = "") -> QueryCost:
    """Open a page, let it load, click the search box and type `query` as a reader would."""
    goto(page, server, path)
    finished: list = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.evaluate(WATCH_RESULTS)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=KEY_DELAY_MS)
    page.wait_for_function("window.__ndSearchCost.shown !== null", timeout=RESULTS_TIMEOUT_MS)
    ms = page.evaluate("window.__ndSearchCost.shown - window.__ndSearchCost.lastInput")
    page.wait_for_load_state("networkidle")  # the last `requestfinished` events arrive
    # The search's own files (the page's late favicon is not the search's). Sizes are read from
    # the files, since the browser reports no body size for what a web worker fetched.
    paths = [request.url.removeprefix(server.base_url) for request in finished]
    files = [(path, site_file(server, path)) for path in paths if path.startswith("pagefind/")]
    fetched = tuple((path, file.stat().st_size) for path, file in files)
    transfer = sum(transfer_size(file) for _path, file in files)
    results = page.locator(".md-search-result__link").count()
    return QueryCost(query, results, ms, sum(size for _path, size in fetched), transfer, fetched)
