"""The built site in a real browser, served under a sub-path: pages, layout, palette (search:
test_search_in_browser.py)."""

from __future__ import annotations

import pytest

from .browserkit import (
    PHONE,
    SCREENSHOTS,
    WIDE,
    first_page,
    goto,
    showcase_pages,
    site_pages,
)


def test_every_page_loads_without_errors_or_foreign_requests(server, new_page):
    pages = site_pages(server.site)
    assert len(pages) > 10, pages  # home, topics, articles, comparisons, actors, ...
    page, watch = new_page()
    problems: dict[str, list[str]] = {}
    for path in pages:
        if path == "404.html":
            continue  # checked below: it is served for missing URLs, not opened directly
        before = len(watch.problems())
        goto(page, server, path)
        new = watch.problems()[before:]
        if new:
            problems[path] = new
    # GitHub Pages answers a missing URL with 404.html, whose links are absolute (from
    # site_url): it must work at the site_url's path.
    before = len(watch.problems())
    missing = server.own_url + "no/such/page/"
    response = page.goto(missing, wait_until="load")
    assert response.status == 404
    assert "404" in page.locator(".md-content").inner_text()
    page.wait_for_load_state("networkidle")
    # The browser logs the 404 status of the page itself; anything else is a problem.
    new = [p for p in watch.problems()[before:] if not p.endswith(f"({missing})")]
    if new:
        problems["404.html (served for no/such/page/)"] = new
    assert not problems, "\n".join(f"{path}:\n  " + "\n  ".join(p) for path, p in problems.items())


def claim_boxes(page) -> list[dict]:
    """Bounding boxes of the claims (rows) of a comparison page, with their coverage strip, shown
    wording and the disclosure holding the other versions."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.nd-claim')].slice(0, 5).map(claim => {
            const box = (el) => { if (!el) return null; const b = el.getBoundingClientRect();
                                  return {x: b.left, y: b.top, w: b.width, h: b.height}; };
            const versions = claim.querySelector('details.nd-claim-versions');
            return {claim: box(claim), strip: box(claim.querySelector('.nd-coverage-strip')),
                    wording: box(claim.querySelector('.nd-claim-wording')),
                    versions_open: versions ? versions.open : null};
        })"""
    )


def test_comparison_claims_read_as_rows_on_a_wide_screen(server, new_page):
    page, watch = new_page(WIDE)
    goto(page, server, first_page(server.site, "comparisons"))
    claims = claim_boxes(page)
    assert claims, "no .nd-claim on the comparison page"
    content = page.evaluate("document.querySelector('.md-content').getBoundingClientRect().width")
    for upper, lower in zip(claims, claims[1:], strict=False):
        assert lower["claim"]["y"] >= upper["claim"]["y"] + upper["claim"]["h"] - 1, claims
    for claim in claims:
        # One claim a row across the content, its strip and wording shown, other versions folded.
        assert claim["claim"]["w"] > content * 0.8, claim
        assert claim["strip"]["h"] > 0 and claim["wording"]["h"] > 0, claim
        assert claim["versions_open"] in (False, None), claim
    assert page.locator("svg.nd-fig-claims").count() == 1
    assert not watch.problems(), watch.problems()


def test_comparison_claims_use_a_phones_width_without_sideways_scroll(server, new_page):
    page, watch = new_page(PHONE)
    goto(page, server, first_page(server.site, "comparisons"))
    claims = claim_boxes(page)
    assert claims, "no .nd-claim on the comparison page"
    assert min(c["claim"]["w"] for c in claims) > PHONE["width"] * 0.6, claims
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not watch.problems(), watch.problems()


def test_palette_toggle_switches_scheme_and_figures_follow(server, new_page):
    page, watch = new_page()
    goto(page, server, "")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    figure_text = page.locator("svg.nd-fig text").first
    figure_text.wait_for(state="attached")
    light_fill = figure_text.evaluate("el => getComputedStyle(el).fill")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    dark_fill = figure_text.evaluate("el => getComputedStyle(el).fill")
    assert dark_fill != light_fill, "the figure's text colour does not follow the palette"
    # The choice is remembered on the next page.
    goto(page, server, first_page(server.site, "topics"))
    assert body.get_attribute("data-md-color-scheme") == "slate"
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert not watch.problems(), watch.problems()


@pytest.mark.parametrize("size", ["wide", "phone"])
def test_screenshots_and_no_sideways_scroll(server, new_page, size):
    viewport = WIDE if size == "wide" else PHONE
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page, watch = new_page(viewport)
    for name, path in showcase_pages(server.site).items():
        goto(page, server, path)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{size}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= viewport["width"], f"{name} ({path}) scrolls sideways: {overflow}px"
    # The dark palette too, for the pages with figures and the comparison.
    dark, dark_watch = new_page(viewport, color_scheme="dark")
    dark.goto(server.url(""))
    dark.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    dark.screenshot(path=str(SCREENSHOTS / f"home-{size}-dark.png"), full_page=True)
    assert not watch.problems() and not dark_watch.problems(), watch.problems() + dark_watch.problems()


# Smallest rendered label, in CSS pixels, of the figures that keep a readable width on a phone
# (docs/assets/dossier.css); without that rule they render at about 8 px.
MIN_PHONE_LABEL_PX = 9.5


def test_figure_labels_stay_readable_on_a_phone(server, new_page):
    page, watch = new_page(PHONE)
    smallest = {}
    for path in ("", showcase_pages(server.site)["actor"], first_page(server.site, "comparisons")):
        goto(page, server, path)
        smallest.update(
            page.evaluate("""() => Object.fromEntries(
            [...document.querySelectorAll(
                'svg.nd-fig-coverage, svg.nd-fig-network, svg.nd-fig-mentions, svg.nd-fig-claims')].map(svg => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const sizes = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
                return [svg.getAttribute('class'), sizes.length ? Math.min(...sizes) : 0];
            }))""")
        )
    # The claims matrix is left out on a phone (scrolled, it showed no cell at 390 px): each claim
    # carries its outlets as a strip of dots instead.
    assert smallest.pop("nd-fig nd-fig-claims") == 0, smallest
    assert page.locator(".nd-claim .nd-coverage-strip").count() > 0
    assert len(smallest) == 3, smallest
    assert all(size >= MIN_PHONE_LABEL_PX for size in smallest.values()), smallest
    # The figure scrolls inside its box; the page itself does not scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not watch.problems(), watch.problems()
