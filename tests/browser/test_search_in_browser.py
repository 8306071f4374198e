"""The site's search (Pagefind, plugin/search.py) in a real browser, under a sub-path, offline:
aliases and misspellings find actor pages first, quotes are found by their words, a result
opens with the words marked, the box works on a phone, and a query fetches little."""

from __future__ import annotations

import json
import re
import statistics

import pytest

from .browserkit import PHONE, PROJECT, goto
from .searchcost import measure_query

# Aliases and misspellings seen in the seeds; each must lead to its actor's page.
SEARCHED_ALIASES = ("Konashenov", "Holland", "Daesh")
SEARCH_TIMEOUT_MS = 15_000  # the first query loads Pagefind's runtime; 2 slow cores need a margin

# The targets for one query after the page has loaded: results within 300 ms of typing,
# fetching under 300 kB. Bytes are asserted; time is measured and asserted only against a
# regression guard, since this machine is shared (the figures to quote come from
# benchmarks/bench_search.py, medians at 100 and 2,000 articles).
QUERY_BYTES_BUDGET = 300_000
QUERY_MS_GUARD = 1_500


def actor_with_alias(alias: str) -> str:
    """The id of the actor whose name or aliases contain `alias` as a whole word."""
    from newsdossier.load import load_dossier

    word = re.compile(rf"\b{re.escape(alias)}\b", re.IGNORECASE)
    dossier = load_dossier(PROJECT)
    found = [a.id for a in dossier.actors if any(word.search(n) for n in (a.name, *a.aliases))]
    assert len(found) == 1, f"expected one actor with the alias {alias!r} in dossier/actors.yml, got {found}"
    return found[0]


def search(page, query: str) -> list[str]:
    """Type into the search box and return the result links, best first."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for(state="attached", timeout=SEARCH_TIMEOUT_MS)
    # Results of a partly typed query may still be on screen: read until the list is stable.
    read = lambda: [results.nth(i).get_attribute("href") for i in range(results.count())]  # noqa: E731
    previous, current = None, read()
    while current != previous:
        page.wait_for_timeout(300)
        previous, current = current, read()
    return current


@pytest.mark.parametrize("alias", SEARCHED_ALIASES)
def test_search_by_alias_finds_the_actor_page_above_passing_mentions(server, new_page, alias):
    actor_id = actor_with_alias(alias)
    page, watch = new_page()
    goto(page, server, "")
    hrefs = search(page, alias)
    target = f"/actors/{actor_id}/"
    assert any(target in h for h in hrefs), f"{alias!r}: no result links to {target}: {hrefs}"
    # The actor page is boosted above the articles that merely mention the name (only topic
    # pages, boosted too, may come first).
    rank = next(i for i, h in enumerate(hrefs) if target in h)
    passing = [h for h in hrefs[:rank] if "/topics/" not in h]
    assert not passing, f"{alias!r}: {target} ranks below passing mentions: {hrefs}"
    # Following the result opens the page, under the sub-path, with the searched word marked.
    page.locator(f'.md-search-result__item > a.md-search-result__link[href*="{target}"]').first.click()
    page.wait_for_url(re.compile(re.escape(server.url(f"actors/{actor_id}/"))))
    marked = page.locator(".md-content mark.nd-search-highlight")
    marked.first.wait_for(state="attached", timeout=SEARCH_TIMEOUT_MS)
    assert alias.lower() in marked.first.inner_text().lower()
    assert not watch.problems(), watch.problems()


def quote_words(site) -> tuple[str, str]:
    """Three words from the middle of the dossier's longest quote, and its article's id."""
    index = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    quotes = [(q, q["article"]) for q in index["quotes"]]
    quote, article = max(
        ((q, a) for q, a in quotes if not q["fragment"]),
        key=lambda qa: (len(qa[0]["text"].split()), qa[0]["id"]),
    )
    words = re.findall(r"[^\W\d_]{4,}", quote["text"])
    middle = len(words) // 2
    return " ".join(words[middle - 1 : middle + 2]), article


def test_a_quote_is_found_by_its_words_with_the_words_marked(server, new_page):
    words, article = quote_words(server.site)
    page, watch = new_page()
    goto(page, server, "")
    hrefs = search(page, words)
    where = [h for h in hrefs if f"/articles/{article}/" in h or "/quotes/" in h or "/actors/" in h]
    assert where, f"{words!r}: no result is the quote's article, a quotes page or its speaker: {hrefs}"
    marks = page.locator(".md-search-result__item mark").all_inner_texts()
    assert {m.lower() for m in marks} & {w.lower() for w in words.split()}, marks
    assert not watch.problems(), watch.problems()


def test_comparison_pages_are_left_out_of_the_search(server, new_page):
    page, watch = new_page()
    goto(page, server, "")
    # A word every comparison page shows in its title.
    hrefs = search(page, "comparison")
    assert hrefs, "no result at all"
    assert not [h for h in hrefs if "/comparisons/" in h and not h.split("?")[0].endswith("/comparisons/")], (
        hrefs
    )
    assert not watch.problems(), watch.problems()


def test_searching_on_a_phone(server, new_page):
    page, watch = new_page(PHONE)
    goto(page, server, "")
    # On a phone the box is behind the header's magnifier, and takes the whole screen.
    toggle = page.locator("#__search")
    assert not toggle.is_checked()
    page.locator("label.md-header__button[for='__search']").click()
    box = page.locator("input.md-search__input")
    assert toggle.is_checked()
    assert page.evaluate("document.activeElement === document.querySelector('input.md-search__input')")
    box.press_sequentially("Hollande", delay=20)
    first = page.locator(".md-search-result__link").first
    first.wait_for(state="visible", timeout=SEARCH_TIMEOUT_MS)
    shown = first.bounding_box()
    assert shown and shown["x"] >= 0 and shown["x"] + shown["width"] <= PHONE["width"], shown
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # Escape closes it.
    page.keyboard.press("Escape")
    assert not toggle.is_checked()
    assert not watch.problems(), watch.problems()


def test_a_query_fetches_little_and_answers_fast(server, new_page):
    costs = []
    for query in ("Hollande", "airstrikes", "Putin"):
        page, watch = new_page()
        costs.append(measure_query(page, server, query))
        assert not watch.problems(), watch.problems()
    for cost in costs:
        assert cost.results > 0, cost
        # As served here, uncompressed: Pagefind's runtime, the index chunks, the shown fragments.
        assert cost.fetched_bytes < QUERY_BYTES_BUDGET, cost
        assert any(path.startswith("pagefind/fragment/") for path, _size in cost.fetched), cost
    median_ms = statistics.median(c.ms for c in costs)
    print(
        f"search on the example site: median {median_ms:.0f} ms, "
        f"{[c.fetched_bytes for c in costs]} bytes ({[c.transfer_bytes for c in costs]} gzipped)"
    )
    assert median_ms < QUERY_MS_GUARD, costs
