"""Accessibility: axe-core (pinned in package.json, from npm) finds no serious or critical
violation on the home, topic, article, comparison and actor pages, in both palettes."""

from __future__ import annotations

import pytest

from .browserkit import AXE_JS, WIDE, goto, showcase_pages

BLOCKING_IMPACTS = ("serious", "critical")
PAGE_KINDS = ("home", "topic", "article", "comparison", "actor")


def run_axe(page) -> list[dict]:
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS} is missing: run `make browser-deps` (npm ci in tests/browser).", pytrace=False)
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target.join(' '),
                                          html: n.html.slice(0, 160),
                                          summary: n.failureSummary})),
            }));
        }"""
    )


def readable(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            lines.append(f"    {node['target']}\n      {node['html']}")
            lines += [f"      {s}" for s in node["summary"].splitlines() if s.strip()]
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more elements")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_accessibility_violations(server, new_page, kind, scheme):
    page, watch = new_page(WIDE, color_scheme="dark" if scheme == "slate" else "light")
    goto(page, server, showcase_pages(server.site)[kind])
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    violations = run_axe(page)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    minor = [v for v in violations if v["impact"] not in BLOCKING_IMPACTS]
    if minor:  # reported, not failed: shown with -rA or on failure
        print(f"{kind} ({scheme}), minor or moderate:\n{readable(minor)}")
    assert not blocking, f"{kind} page ({scheme} palette):\n{readable(blocking)}"
    assert not watch.problems(), watch.problems()
