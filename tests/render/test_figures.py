"""The inline SVG figures: valid XML, a text alternative, data never markup, same bytes each time."""

from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest

from newsdossier.records import Actor, Article, DateInfo, Dossier, DossierInfo, Event, Outlet, Topic
from newsdossier.render import figures
from newsdossier.render.figures import (
    NETWORK_TOP_ACTORS,
    as_figure,
    coverage_svg,
    mentions_svg,
    network_svg,
    timeline_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src=x></iframe> "
    "[link](javascript:alert(1)) ![img](x) {{ 7*7 }} {% raw %} **bold** & \"quotes\" 'apos' \x00\x07\x1b"
)
D = dt.date


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def texts(root: ET.Element) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter(f"{SVG}text")]


def links(root: ET.Element) -> list[str]:
    return [el.get("href") for el in root.iter(f"{SVG}a")]


def sample():
    outlets = [Outlet("ap", "Associated Press", "wire"), Outlet("rt", "RT", "broadcaster")]
    topics = [
        Topic("summit", "The October 2 Paris summit", DateInfo(D(2015, 10, 2), "stated")),
        Topic("pact", "The November 26 Moscow pact", DateInfo(D(2015, 11, 26), "stated")),
        Topic("jet", "Turkey's November 24 shootdown of a Russian jet", DateInfo(None)),
    ]
    articles = [
        Article(
            "ap-summit",
            "seeds/a.txt",
            "France tells Putin to confine airstrikes",
            "ap",
            published=DateInfo(D(2015, 10, 2), "stated"),
            topics=("summit",),
        ),
        Article(
            "rt-pact",
            "seeds/b.txt",
            "Putin and Hollande agree to share intelligence",
            "rt",
            published=DateInfo(D(2015, 11, 26), "inferred", "the text says 'Thursday'"),
            topics=("pact", "jet"),
        ),
        Article(
            "anon-pact",
            "seeds/c.txt",
            "A pact against terror",
            None,
            published=DateInfo(D(2015, 11, 27), "stated"),
            topics=("pact",),
        ),
        Article(
            "undated",
            "seeds/d.txt",
            "Jet downed near the border",
            None,
            published=DateInfo(None),
            topics=("jet",),
        ),
        Article(
            "ap-jet",
            "seeds/e.txt",
            "Turkey shoots down Russian jet",
            "ap",
            published=DateInfo(D(2015, 11, 24), "stated"),
            topics=("jet", "pact"),
        ),
    ]
    events = [
        Event("summit", D(2015, 10, 2), "Paris summit"),
        Event("shootdown", D(2015, 11, 24), "Su-24 shot down"),
        Event("pact", D(2015, 11, 26), "Moscow meeting"),
    ]
    actors = [
        Actor("putin", "Vladimir Putin", "person"),
        Actor("hollande", "François Hollande", "person"),
        Actor("russia", "Russia", "state"),
        Actor("turkey", "Turkey", "state"),
        Actor("loner", "Nobody Else", "person"),
    ]
    co = {
        "putin": {"hollande": 3, "russia": 4, "turkey": 1},
        "hollande": {"putin": 3},
        "russia": {"putin": 4, "turkey": 2},
        "turkey": {"russia": 2, "putin": 1},
    }
    hrefs = {a.id: f"../articles/{a.id}/" for a in articles}
    hrefs |= {a.id: f"../actors/{a.id}/" for a in actors}
    hrefs |= {t.id: f"../topics/{t.id}/" for t in topics}
    return outlets, topics, articles, events, actors, co, hrefs


def dossier_of(articles, topics, outlets) -> Dossier:
    return Dossier(Path("."), DossierInfo("Test"), tuple(articles), tuple(topics), (), tuple(outlets), ())


def all_figures():
    outlets, topics, articles, events, actors, co, hrefs = sample()
    return {
        "timeline": timeline_svg(events, articles, hrefs, outlets=outlets),
        "network": network_svg(actors, co, hrefs, unit="article"),
        "coverage": coverage_svg(dossier_of(articles, topics, outlets), hrefs),
        "mentions": mentions_svg(
            [("AP: France tells Putin", 3, "../articles/ap-summit/"), ("RT: Putin and Hollande", 1, None)],
            subject="Vladimir Putin",
        ),
    }


@pytest.mark.parametrize("name", ["timeline", "network", "coverage", "mentions"])
def test_figure_is_valid_svg_with_text_alternative(name):
    svg = all_figures()[name]
    root = parse(svg)
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.text and desc is not None and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert root.get("role") in {"img", "figure"}
    assert root.get("width") == "100%"
    assert root.get("viewBox").startswith("0 0 ")
    # No blank line: it would end the raw HTML block the figure sits in.
    assert "\n\n" not in svg
    # Follows the palette: colours come from Material's custom properties, none hard-coded
    # on shapes.
    assert "var(--md-default-fg-color" in svg
    assert not any(el.get("fill", "").startswith("#") for el in root.iter())


@pytest.mark.parametrize("name", ["timeline", "network", "coverage", "mentions"])
def test_figures_are_deterministic(name):
    assert all_figures()[name] == all_figures()[name]


def test_figures_with_links_are_not_role_img_and_links_have_names():
    # role="img" would hide the links from assistive technology (axe: nested-interactive).
    figs = all_figures()
    for name in ("timeline", "network", "coverage", "mentions"):
        root = parse(figs[name])
        anchors = list(root.iter(f"{SVG}a"))
        assert anchors, name
        assert root.get("role") == "figure"
        assert all(a.get("aria-label") for a in anchors)
    outlets, topics, articles, *_ = sample()
    assert parse(coverage_svg(dossier_of(articles, topics, outlets))).get("role") == "img"


def test_network_order_does_not_depend_on_dict_order():
    outlets, topics, articles, events, actors, co, hrefs = sample()
    expected = network_svg(actors, co, hrefs)
    rng = random.Random(7)
    for _ in range(5):
        keys = list(co)
        rng.shuffle(keys)
        shuffled = {k: dict(sorted(co[k].items(), key=lambda _kv: rng.random())) for k in keys}
        assert network_svg(actors, shuffled, hrefs) == expected


def test_coverage_rows_do_not_depend_on_article_order():
    outlets, topics, articles, *_ = sample()
    assert coverage_svg(dossier_of(articles, topics, outlets)) == coverage_svg(
        dossier_of(articles[::-1], topics, outlets)
    )


def hostile_inputs():
    outlets = [Outlet("evil", HOSTILE, "website")]
    topics = [Topic("t", HOSTILE, DateInfo(None))]
    articles = [
        Article(
            "a", "seeds/a.txt", HOSTILE, "evil", published=DateInfo(D(2015, 11, 1), "stated"), topics=("t",)
        ),
        Article(
            "b",
            "seeds/b.txt",
            HOSTILE,
            None,
            published=DateInfo(D(2015, 11, 2), "inferred", HOSTILE),
            topics=("t",),
        ),
    ]
    events = [Event("e", D(2015, 11, 1), HOSTILE)]
    actors = [Actor("x", HOSTILE, "person"), Actor("y", HOSTILE + " 2", "state")]
    return {
        "timeline": timeline_svg(
            events, articles, {"a": "javascript:alert(1)", "e": "../e/"}, outlets=outlets
        ),
        "network": network_svg(actors, {"x": {"y": 2}}, {"x": "JavaScript:alert(1)", "y": "../y/"}),
        "coverage": coverage_svg(dossier_of(articles, topics, outlets), {"t": "data:text/html,<script>"}),
        "mentions": mentions_svg(
            [
                (HOSTILE, 2, " javascript:alert(1)"),
                (HOSTILE, 1, "../ok/"),
                (HOSTILE, 1, "\x01\tjava\nscript:alert(1)"),
            ],
            subject=HOSTILE,
        ),
    }


@pytest.mark.parametrize("name", ["timeline", "network", "coverage", "mentions"])
def test_hostile_labels_stay_text(name):
    svg = hostile_inputs()[name]
    root = parse(svg)  # still well-formed XML
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert not tags & {"script", "img", "iframe", "foreignObject", "image"}
    assert not any(attr.lower().startswith("on") for el in root.iter() for attr in el.attrib)
    # Nothing Markdown, Jinja or HTML would read as syntax survives as a raw character.
    for raw in ("<script", "<img", "<iframe", "{{", "{%", "](", "**", "javascript:"):
        assert raw not in svg, raw
    # The words are there, as text (in the description in full).
    desc = root.find(f"{SVG}desc").text
    assert "<script>alert(1)</script>" in desc
    assert "{{ 7*7 }}" in desc and "{% raw %}" in desc and "[link](javascript:alert(1))" in desc
    # Visible labels are the hostile text itself (possibly truncated), never parsed.
    assert "<script>ale" in " ".join(texts(root)), texts(root)
    # Unsafe link targets are dropped, safe relative ones kept.
    hrefs = links(root)
    assert not any(h.lower().lstrip().startswith(("javascript:", "data:")) for h in hrefs)
    assert not any("script:" in h for h in hrefs), hrefs
    assert all(h.startswith("../") for h in hrefs), hrefs


def test_hostile_figure_survives_markdown_untouched():
    extensions = ["attr_list", "md_in_html", "admonition", "pymdownx.superfences"]
    for svg in hostile_inputs().values():
        block = as_figure(svg, caption=HOSTILE)
        html = markdown.markdown(block, extensions=extensions)
        assert svg in html  # passed through byte for byte: no <p>, <em>, links or entities
        assert "<script" not in html and "<em>" not in html and "<strong>" not in html


def test_timeline_places_items_by_date_and_marks_inferred_and_unknown():
    outlets, topics, articles, events, actors, co, hrefs = sample()
    svg = timeline_svg(events, articles, hrefs, outlets=outlets)
    root = parse(svg)
    desc = root.find(f"{SVG}desc").text
    assert "From 2 October 2015 to 27 November 2015: 3 events and 4 articles." in desc
    assert "1 article with an unknown date is not shown: Jet downed near the border." in desc
    assert "RT: Putin and Hollande agree to share intelligence (date inferred)" in desc
    # The undated article is not drawn (nor linked); the inferred one is drawn hollow.
    assert "../articles/undated/" not in links(root)
    inferred = [el for el in root.iter(f"{SVG}circle") if el.get("class") == "nd-fig-inferred"]
    assert len(inferred) == 2  # the legend's and the RT article's
    # Dates go down the page in order.
    groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "nd-fig-date"]
    assert [g.get("data-date") for g in groups] == ["2015-10-02", "2015-11-24", "2015-11-26", "2015-11-27"]
    ys = [float(next(g.iter(f"{SVG}text")).get("y")) for g in groups]
    assert ys == sorted(ys)
    # The long gap between October and November is drawn as a break.
    assert "53 days later" in texts(root)
    # On a date, the event comes before the articles.
    first = [t for g in groups[:1] for t in texts(g)]
    assert first.index("Paris summit") < first.index("Associated Press: France tells Putin to")
    # Links come from the caller's mapping (here event "summit" shares its id with a topic).
    assert links(root)[:2] == ["../topics/summit/", "../articles/ap-summit/"]


def test_timeline_uses_caller_hrefs_only():
    outlets, topics, articles, events, actors, co, _ = sample()
    root = parse(timeline_svg(events, articles, {"ap-jet": "../../articles/ap-jet/"}))
    assert links(root) == ["../../articles/ap-jet/"]
    assert parse(timeline_svg(events, articles)).get("role") == "img"


def test_timeline_with_nothing_dated():
    root = parse(timeline_svg([], [Article("x", "seeds/x", "Undated", None)]))
    desc = root.find(f"{SVG}desc").text
    assert "No dated events or articles." in desc and "1 article with an unknown date" in desc


def test_network_draws_pairs_once_and_skips_isolated_actors():
    outlets, topics, articles, events, actors, co, hrefs = sample()
    root = parse(network_svg(actors, co, hrefs, unit="article"))
    edges = [el for el in root.iter(f"{SVG}line") if el.get("class") == "nd-fig-edge"]
    assert len(edges) == 4  # putin-hollande, putin-russia, putin-turkey, russia-turkey
    # The symmetric table is not doubled: the strongest pair has 4 shared articles.
    desc = root.find(f"{SVG}desc").text
    assert "Pairs, most shared articles first: Russia and Vladimir Putin (4 articles); " in desc
    assert "1 other actor is not shown" in desc
    assert "../actors/loner/" not in links(root)
    widths = {el.find(f"{SVG}title").text: float(el.get("stroke-width")) for el in edges}
    assert widths["Russia and Vladimir Putin: 4 articles"] > widths["Turkey and Vladimir Putin: 1 article"]


def test_network_keeps_only_the_best_connected_actors():
    actors = [Actor(f"a{i:02d}", f"Actor {i:02d}", "person") for i in range(NETWORK_TOP_ACTORS + 5)]
    # a00 knows everyone; the others only know a00, except a01..a03 who also know each other.
    co = {"a00": {a.id: 1 for a in actors[1:]}}
    co["a01"] = {"a02": 1, "a03": 1}
    co["a02"] = {"a03": 1}
    root = parse(network_svg(actors, co))
    nodes = [el for el in root.iter(f"{SVG}circle") if el.get("class") == "nd-fig-node"]
    assert len(nodes) == NETWORK_TOP_ACTORS
    shown = " ".join(texts(root))
    for name in ("Actor 00", "Actor 01", "Actor 02", "Actor 03"):
        assert name in shown
    assert "5 other actors are not shown" in root.find(f"{SVG}desc").text


def test_coverage_counts_articles_per_outlet_and_topic():
    outlets, topics, articles, events, actors, co, hrefs = sample()
    root = parse(coverage_svg(dossier_of(articles, topics, outlets), hrefs))
    desc = root.find(f"{SVG}desc").text
    assert "Associated Press: The October 2 Paris summit 1, The November 26 Moscow pact 1, " in desc
    # Articles whose outlet is unknown get their own row, never an invented outlet.
    assert "A pact against terror (outlet unknown): The November 26 Moscow pact 1." in desc
    assert "Jet downed near the border (outlet unknown)" in desc
    assert "4 rows" in desc
    cells = [el for el in root.iter(f"{SVG}rect") if el.get("class") == "nd-fig-cell"]
    empty = [el for el in root.iter(f"{SVG}rect") if el.get("class") == "nd-fig-empty"]
    assert len(cells) + len(empty) == 4 * 3
    assert sorted(t for t in texts(root) if t.isdigit()) == ["1"] * len(cells)
    assert {"../topics/summit/", "../articles/anon-pact/"} <= set(links(root))


def test_mentions_bars_are_proportional_and_zero_rows_dropped():
    root = parse(mentions_svg([("A", 4, "a/"), ("B", 2, "b/"), ("C", 0, "c/")]))
    bars = [float(el.get("width")) for el in root.iter(f"{SVG}rect") if el.get("class") == "nd-fig-bar"]
    assert bars == [figures.MENTIONS_BAR_MAX, figures.MENTIONS_BAR_MAX / 2]
    assert links(root) == ["a/", "b/"]
    assert root.find(f"{SVG}desc").text == "6 mentions in 2 articles: A: 4; B: 2."


def test_long_labels_wrap_and_are_cut_on_whole_words():
    # axe-core's label-content-name-mismatch needs the visible words inside the link's name.
    long = "Russia must confine airstrikes in Syria to Islamic State targets, France says. "
    label = (long * 5).strip()
    root = parse(mentions_svg([(label, 1, "x/")]))
    lines = [t for t in texts(root) if t != "1"]
    assert len(lines) == figures.MENTIONS_MAX_LINES
    assert lines[-1].endswith("\u2026")
    shown = " ".join(lines)[:-1].rstrip()
    assert label.startswith(shown) and label[len(shown)] == " "
    # A headline that fits in the lines is shown whole.
    root = parse(mentions_svg([(long * 2, 1, "x/")]))
    assert " ".join(t for t in texts(root) if t != "1") == (long * 2).strip()


def test_figure_is_inserted_unescaped_by_an_autoescaping_template():
    import jinja2

    env = jinja2.Environment(autoescape=True)
    for svg in hostile_inputs().values():
        out = env.from_string('<div class="nd-figure">\n{{ svg }}\n</div>').render(svg=svg)
        assert svg in out  # already escaped inside; not escaped a second time
        parse(out.split("\n", 1)[1].rsplit("\n", 1)[0])


def test_network_draws_only_each_actors_strongest_links():
    actors = [Actor(f"a{i}", f"Actor {i}", "person") for i in range(8)]
    # Every pair shares paragraphs: a complete graph, weights all different.
    co = {
        a.id: {b.id: 1 + i * 8 + j for j, b in enumerate(actors) if b.id != a.id}
        for i, a in enumerate(actors)
    }
    root = parse(network_svg(actors, co))
    edges = [el for el in root.iter(f"{SVG}line") if el.get("class") == "nd-fig-edge"]
    assert len(edges) < 8 * 7 // 2
    assert len(edges) <= 8 * figures.NETWORK_LINKS_PER_ACTOR
    # Every actor keeps a link, and the strongest pair overall is among those drawn.
    titles = " | ".join(el.find(f"{SVG}title").text for el in edges)
    for actor in actors:
        assert actor.name in titles
    assert "Actor 6 and Actor 7" in titles
    assert f"strongest links are drawn ({len(edges)} of 28)" in root.find(f"{SVG}desc").text
