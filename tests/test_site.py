"""The whole site, built from the real dossier with --strict, as a reader gets it."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import yaml

from sitebuild import PROJECT, build_site, copy_project, tree_digest


def _dossier_ids(kind: str) -> list[str]:
    if kind == "articles":
        return sorted(p.stem for p in (PROJECT / "dossier" / "articles").glob("*.yml"))
    data = yaml.safe_load((PROJECT / "dossier" / f"{kind}.yml").read_text(encoding="utf-8"))
    return [item["id"] for item in data[kind]]


def test_every_page_a_reader_expects_exists(built_site: Path):
    for page in [
        "index.html",
        "timeline/index.html",
        "outlets/index.html",
        "data/index.html",
        "quotes/index.html",
        "topics/index.html",
        "articles/index.html",
        "actors/index.html",
        "methodology/index.html",
    ]:
        assert (built_site / page).is_file(), page
    for topic in _dossier_ids("topics"):
        assert (built_site / "topics" / topic / "index.html").is_file()
        assert (built_site / "comparisons" / topic / "index.html").is_file()
    for article in _dossier_ids("articles"):
        assert (built_site / "articles" / article / "index.html").is_file()
    for actor in _dossier_ids("actors"):
        assert (built_site / "actors" / actor / "index.html").is_file()


def test_dossier_json_has_the_documented_shape(built_site: Path):
    data = json.loads((built_site / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5 and len(data["topics"]) == 3 and len(data["actors"]) >= 15
    # The index holds the articles' paragraphs and every quote (what scripts that score or reuse
    # quotes read); mentions, facts and comparisons are only in each article's or topic's file.
    assert not {"mentions", "facts", "comparisons"} & set(data)
    article_ids = {a["id"] for a in data["articles"]}
    actor_ids = {a["id"] for a in data["actors"]}
    texts = {}
    for entry in data["articles"]:
        article = json.loads((built_site / entry["data"]).read_text(encoding="utf-8"))
        # The data file repeats the entry's metadata, not its text: it says where that is.
        shared = [k for k in entry if k not in ("data", "paragraphs")]
        assert {k: entry[k] for k in shared} == {k: article[k] for k in shared}
        assert "paragraphs" not in article and "quotes" not in article
        assert article["paragraphs_and_quotes"] == "dossier.json"
        assert article["source"].startswith("seeds/") and (PROJECT / article["source"]).is_file()
        assert article["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", article["published"])
        assert (built_site / article["url"] / "index.html").is_file(), article["url"]
        assert entry["paragraphs"] and all(
            p["kind"] in ("body", "subhead") and p["text"] for p in entry["paragraphs"]
        )
        assert all(r["reason"] for r in article["removed"])
        assert set(article["topics"]) <= {t["id"] for t in data["topics"]}
        # A mention's and a fact's paragraph index points into the entry's paragraphs.
        for item in article["mentions"] + article["facts"]:
            assert 0 <= item["paragraph"] < len(entry["paragraphs"])
        assert all(m["actor"] in actor_ids for m in article["mentions"])
        texts[article["id"]] = " ".join(p["text"] for p in entry["paragraphs"])
    assert data["quotes"] and len({q["id"] for q in data["quotes"]}) == len(data["quotes"])
    paragraphs = {a["id"]: a["paragraphs"] for a in data["articles"]}
    for quote in data["quotes"]:
        assert quote["article"] in article_ids
        assert quote["speaker"] is None or quote["speaker"] in actor_ids
        assert quote["text"] and quote["text"][0] not in '"“”' and quote["text"][-1] not in '"“”'
        # A quote's paragraph index points into its article's paragraphs, and holds its words.
        assert quote["text"][:20] in paragraphs[quote["article"]][quote["paragraph"]]["text"].replace(
            "\n", " "
        )
    for topic in data["topics"]:
        assert set(topic["articles"]) <= article_ids and topic["articles"]
        comparison = json.loads((built_site / topic["comparison_data"]).read_text(encoding="utf-8"))
        assert comparison["topic"] == topic["id"]
        for row in comparison["rows"]:
            assert len({p["article"] for p in row["passages"]}) >= 2
            for passage in row["passages"]:
                whole = texts[passage["article"]]
                assert passage["text"] != whole and len(passage["text"]) < len(whole)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_internal_link_and_anchor_resolves(built_site: Path):
    # 404.html is served at any depth, so MkDocs writes its links absolute (from site_url).
    parsed = {p: _parse(p) for p in built_site.rglob("*.html") if p.name != "404.html"}
    broken = []
    for page, links in parsed.items():
        for link in links.links:
            if urlsplit(link).scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target, anchor = urldefrag(link)
            path = (page.parent / unquote(target)).resolve() if target else page
            if path.is_dir():
                path = path / "index.html"
            if not path.exists():
                broken.append(f"{page.relative_to(built_site)}: {link}")
            elif anchor and path.suffix == ".html" and anchor not in (parsed.get(path) or _parse(path)).ids:
                broken.append(f"{page.relative_to(built_site)}: {link} (no anchor)")
    assert not broken, "\n".join(broken[:30])


def test_the_site_requests_nothing_from_another_host(built_site: Path):
    offenders = []
    for page in built_site.rglob("*.html"):
        # Links a reader may follow are fine; resources the page loads are not.
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//[^"]+"', text):
            if 'rel="canonical"' in match.group(0) or 'rel="alternate"' in match.group(0):
                continue
            offenders.append(f"{page.relative_to(built_site)}: {match.group(0)[:120]}")
    assert not offenders, "\n".join(offenders[:20])


SITE_OUTPUT = (".html", ".json", ".csv", ".xml")


def _project_inputs() -> dict[str, str]:
    digests = {}
    for folder in ("docs", "seeds", "dossier", "templates"):
        digests.update({f"{folder}/{k}": v for k, v in tree_digest(PROJECT / folder).items()})
    return digests


def test_a_build_writes_nothing_into_the_project_and_gives_the_same_bytes(built_site: Path, tmp_path: Path):
    before = _project_inputs()
    again = tmp_path / "again"
    result = build_site(PROJECT, again)
    assert result.returncode == 0, result.stderr
    assert _project_inputs() == before
    assert tree_digest(again, SITE_OUTPUT) == tree_digest(built_site, SITE_OUTPUT)


def test_two_copies_in_different_folders_build_byte_identical_sites(tmp_path: Path):
    """The same input builds the same bytes, whatever folder the project sits in: every file of
    the site (sitemap.xml.gz, search index, assets included), not only the pages."""
    sites = []
    for name in ("first", "a-second-folder-with-a-longer-name"):
        project = copy_project(tmp_path / name / "newsdossier")
        result = build_site(project, project / "site")
        assert result.returncode == 0, result.stderr
        sites.append(tree_digest(project / "site"))
    assert sites[0] == sites[1]
    assert any(path.endswith("sitemap.xml.gz") for path in sites[0])


def test_a_build_from_the_cache_gives_the_bytes_of_a_build_without_it(tmp_path: Path):
    """Cold cache, warm cache and no cache (the plugin's `cache: false`) build the same site."""
    project = copy_project(tmp_path / "project")
    for name in ("cold", "warm"):
        result = build_site(project, tmp_path / name)
        assert result.returncode == 0, result.stderr
    assert any((project / ".dossier-cache").glob("*.pickle"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - dossier\n" in text
    config.write_text(text.replace("  - dossier\n", "  - dossier:\n      cache: false\n"), encoding="utf-8")
    shutil.rmtree(project / ".dossier-cache")
    result = build_site(project, tmp_path / "uncached")
    assert result.returncode == 0, result.stderr
    assert not (project / ".dossier-cache").exists()
    cold = tree_digest(tmp_path / "cold")
    assert tree_digest(tmp_path / "warm") == cold
    assert tree_digest(tmp_path / "uncached") == cold
