"""The pipeline with its per-article cache: a rebuild redoes only the articles whose inputs
changed, and gives exactly what a build without the cache gives (nothing stale is shown)."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from newsdossier.cache import ResultCache
from newsdossier.compare.rows import row_id
from newsdossier.pipeline import DossierBuild, build_dossier, check_project
from newsdossier.records import SentenceTerms
from sitebuild import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def _cached_build(root: Path, render: bool = False) -> tuple[DossierBuild, ResultCache]:
    cache = ResultCache.at(root)
    assert cache is not None
    return build_dossier(root, cache=cache, render=render), cache


def _uncached(root: Path, render: bool = False) -> DossierBuild:
    return build_dossier(root, render=render)


def _article_file(root: Path, article_id: str) -> Path:
    return root / "dossier" / "articles" / f"{article_id}.yml"


def test_a_second_build_reads_every_article_from_the_cache_and_gives_the_same_site(project: Path):
    cold, first = _cached_build(project, render=True)
    warm, second = _cached_build(project, render=True)
    articles, topics = len(cold.dossier.articles), len(cold.dossier.topics)
    # The cleaned text, alias hits, reading and sentence terms of each article, the suggestions
    # made from all readings, and each topic's comparison; a build whose comparisons are all kept
    # reads no terms.
    assert (first.hits, first.written) == (0, 4 * articles + 1 + topics)
    assert (second.hits, second.misses) == (3 * articles + 1 + topics, 0)
    assert warm == cold == _uncached(project, render=True)


def test_an_edited_seed_is_cleaned_and_read_again_and_the_others_are_not(project: Path):
    before, _ = _cached_build(project)
    article = before.dossier.articles[0]
    seed = project / article.source
    raw = seed.read_text(encoding="utf-8")
    body = next(p.text for p in before.cleaned[article.id].paragraphs if p.kind == "body" and p.text in raw)
    added = ' "We will never give in to these threats," the mayor of the town told reporters on Friday.'
    seed.write_text(raw.replace(body, body + added, 1), encoding="utf-8")
    after, cache = _cached_build(project)
    # Its cleaned text, alias hits and reading, and the suggestions, which read every article.
    assert cache.misses == 4 and cache.hits == 3 * (len(before.dossier.articles) - 1)
    assert after == _uncached(project)
    assert after.cleaned[article.id] != before.cleaned[article.id]
    assert any("never give in" in q.text for q in after.analysis.quotes_of(article.id))
    assert not any("never give in" in q.text for q in before.analysis.quotes)


def test_an_edited_article_record_is_cleaned_again(project: Path):
    before, _ = _cached_build(project)
    article = before.dossier.articles[1]
    dropped = next(p.text for p in reversed(before.cleaned[article.id].paragraphs) if p.kind == "body")
    path = _article_file(project, article.id)
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record.setdefault("cleaning", {})["drop"] = [dropped[:60]]
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after, cache = _cached_build(project)
    assert cache.misses == 4  # cleaned, alias hits, read, and the suggestions
    assert after == _uncached(project)
    assert dropped not in [p.text for p in after.cleaned[article.id].paragraphs]


def test_an_edited_title_reads_and_compares_nothing_again(project: Path):
    before, _ = _cached_build(project, render=True)
    article = before.dossier.articles[2]
    path = _article_file(project, article.id)
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record["title"] = "A title no build has shown"
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after, cache = _cached_build(project, render=True)
    assert cache.misses == 1  # its cleaning reads the whole record; the reading reads none of the title
    assert after == _uncached(project, render=True)
    assert after.dossier.article(article.id).title == "A title no build has shown"
    assert any("A title no build has shown" in f.content for f in after.files)


def test_an_edited_speaker_decision_reads_the_article_again(project: Path):
    before, _ = _cached_build(project)
    quote = next(q for q in before.analysis.quotes if q.speaker and not q.fragment)
    path = _article_file(project, quote.article)
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    decision = {"quote": quote.text[:40], "speaker": None, "note": "The editors cannot confirm who said it."}
    record["quote_speakers"] = [decision]
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after, cache = _cached_build(project)
    assert cache.misses == 3  # cleaned, read, and the suggestions made from every reading
    assert after == _uncached(project)
    withheld = next(q for q in after.analysis.quotes_of(quote.article) if q.id == quote.id)
    assert withheld.speaker is None and withheld.decision == "withheld"


def test_a_changed_actor_list_reads_every_article_again_but_cleans_none(project: Path):
    before, _ = _cached_build(project, render=True)
    path = project / "dossier" / "actors.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    putin = next(actor for actor in data["actors"] if actor["id"] == "vladimir-putin")
    putin["aliases"].append("Kremlin")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after, cache = _cached_build(project, render=True)
    articles, topics = len(before.dossier.articles), len(before.dossier.topics)
    # Cleaned texts hit; alias hits, readings, suggestions and every topic's comparison miss.
    assert (cache.hits, cache.misses) == (articles, 2 * articles + 1 + topics)
    assert not any(m.text == "Kremlin" for m in before.analysis.mentions)
    assert any(m.text == "Kremlin" and m.actor == "vladimir-putin" for m in after.analysis.mentions)
    # What spans articles is worked out afresh from the readings, never kept from a build before.
    assert after == _uncached(project, render=True)
    assert after.analysis.co_mentions != before.analysis.co_mentions


def test_an_edited_article_compares_its_topics_again_and_keeps_the_others(project: Path):
    before, _ = _cached_build(project, render=True)
    article = next(a for a in before.dossier.articles if len(a.topics) == 1)
    (topic,) = article.topics
    seed = project / article.source
    raw = seed.read_text(encoding="utf-8")
    body = next(p.text for p in before.cleaned[article.id].paragraphs if p.kind == "body" and p.text in raw)
    added = " The ministry said 4,321 people were evacuated from the district on Sunday."
    seed.write_text(raw.replace(body, body + added, 1), encoding="utf-8")
    after, cache = _cached_build(project, render=True)
    # Its cleaned text, alias hits and reading, the suggestions, and its topic's comparison: nothing else.
    assert cache.misses == 5
    assert after == _uncached(project, render=True)
    assert after.comparisons[topic] != before.comparisons[topic]
    assert any("4,321" in s.text for s in after.analysis.sentences_of(article.id))
    assert all(
        after.comparisons[t.id] == before.comparisons[t.id] for t in before.dossier.topics if t.id != topic
    )


def test_an_editors_veto_taken_back_compares_its_topic_again(project: Path):
    before, _ = _cached_build(project, render=True)
    path = project / "dossier" / "topics.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    topic = next(t for t in data["topics"] if t.get("comparison", {}).get("vetoes"))
    del topic["comparison"]["vetoes"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after, cache = _cached_build(project, render=True)
    assert before.comparisons[topic["id"]].vetoed and not after.comparisons[topic["id"]].vetoed
    assert after == _uncached(project, render=True)
    assert cache.misses >= 1


def _terms_entries(cache: ResultCache) -> list[Path]:
    """The cache's entries that hold an article's sentence terms (kept apart from its reading)."""
    found = []
    for path in cache.folder.glob("*.pickle"):
        _, _, value = pickle.loads(path.read_bytes())
        if isinstance(value, tuple) and value and all(isinstance(t, SentenceTerms) for t in value):
            found.append(path)
    return found


def test_a_topic_compared_again_reads_the_terms_of_its_other_articles_again_when_gone(project: Path):
    before, first = _cached_build(project, render=True)
    assert before.analysis.terms == ()  # a build gives them up once its topics are compared
    article = next(a for a in before.dossier.articles if len(a.topics) == 1)
    (topic,) = article.topics
    others = [a for a in before.dossier.articles if topic in a.topics and a.id != article.id]
    assert others, "the topic has other articles"
    gone = _terms_entries(first)
    assert len(gone) == len(before.dossier.articles)
    for path in gone:  # pruned or damaged
        path.unlink()
    seed = project / article.source
    raw = seed.read_text(encoding="utf-8")
    body = next(p.text for p in before.cleaned[article.id].paragraphs if p.kind == "body" and p.text in raw)
    seed.write_text(
        raw.replace(body, body + " The ministry said 4,321 people were evacuated.", 1), encoding="utf-8"
    )
    after, cache = _cached_build(project, render=True)
    assert after == _uncached(project, render=True)
    assert after.comparisons[topic] != before.comparisons[topic]
    # The edited article's terms, and those of the topic's other articles, read again; the other
    # topics' comparisons are kept and need none.
    assert len(_terms_entries(cache)) == len(others) + 1


def test_corrupted_cache_files_are_ignored_and_rewritten(project: Path):
    before, cache = _cached_build(project)
    entries = sorted(cache.folder.glob("*.pickle"))
    for number, path in enumerate(entries):
        path.write_bytes(b"\x80\x05garbage" if number % 2 else path.read_bytes()[: number * 7])
    after, again = _cached_build(project)
    assert after == before
    assert again.hits == 0 and again.written == len(entries)
    assert _cached_build(project)[1].misses == 0


def test_check_without_rendering_gives_the_verdict_of_a_rendering_check(project: Path):
    cache = ResultCache.at(project)
    quick, quick_problems = check_project(project, cache=cache, render=False)
    full, full_problems = check_project(project)
    assert quick is not None and full is not None
    assert not quick.rendered and quick.files == ()
    assert quick_problems == full_problems
    for part in ("mentions", "facts", "suggestions", "sentences"):
        assert getattr(quick.analysis, part) == getattr(full.analysis, part), part
    # Check shows no quote groups and no quote's topics: it goes without them.
    assert [replace(q, topics=()) for q in quick.analysis.quotes] == [
        replace(q, topics=()) for q in full.analysis.quotes
    ]
    assert quick.analysis.quote_groups == () and full.analysis.quote_groups


def test_check_renders_when_the_project_overrides_a_template(project: Path):
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / "article.md.j2").write_text("# {{ article.no_such_field }}\n", encoding="utf-8")
    build, problems = check_project(project, cache=ResultCache.at(project), render=False)
    assert build is None
    assert any("article.md.j2" in p.origin.file and "undefined" in p.message for p in problems)


def test_check_renders_when_a_hand_written_page_may_collide(project: Path):
    (project / "docs" / "outlets.md").write_text("# Outlets, by hand\n", encoding="utf-8")
    build, problems = check_project(project, cache=ResultCache.at(project), render=False)
    assert build is None
    assert any("where it generates outlets.md" in p.message for p in problems)


def _pin_rows(project: Path, topic_id: str, *row_ids: str) -> None:
    path = project / "dossier" / "topics.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    topic = next(t for t in data["topics"] if t["id"] == topic_id)
    topic["comparison"] = {"pins": [{"row": row} for row in row_ids]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_check_of_a_pin_naming_a_row_compares_without_rendering(project: Path):
    full = build_dossier(project, render=True)
    topic = next(t for t, c in full.comparisons.items() if c.rows)
    row = full.comparisons[topic].rows[-1]
    _pin_rows(project, topic, row_id(row))
    build, problems = check_project(project, cache=ResultCache.at(project), render=False)
    assert build is not None and not any(p.severity == "error" for p in problems)
    assert not build.rendered and build.files == () and build.nav == []
    pinned = [r for r in build.comparisons[topic].rows if r.editorial == "pinned"]
    assert [row_id(r) for r in pinned] == [row_id(row)]
    # A row id no row has is found without rendering too, at its file and key.
    _pin_rows(project, topic, "r-00000000")
    build, problems = check_project(project, cache=ResultCache.at(project), render=False)
    assert build is None
    assert any("r-00000000" in p.message and p.origin.file == "dossier/topics.yml" for p in problems)


def test_check_decodes_each_seed_once_and_again_when_its_bytes_change(project: Path):
    check_project(project, cache=ResultCache.at(project), render=False)
    cache = ResultCache.at(project)
    assert cache is not None
    build, _ = check_project(project, cache=cache, render=False)
    assert build is not None
    articles = len(build.dossier.articles)
    # Each seed's decoded text, cleaned text, alias hits and reading, and the suggestions.
    assert (cache.hits, cache.misses) == (4 * articles + 1, 0)
    article = build.dossier.articles[0]
    seed = project / article.source
    seed.write_bytes(seed.read_bytes() + b"\n\nA paragraph written after the first check.\n")
    cache = ResultCache.at(project)
    assert cache is not None
    after, _ = check_project(project, cache=cache, render=False)
    assert after is not None and after.dossier.article(article.id).raw.endswith("after the first check.\n")
    assert cache.misses == 5  # its seed decoded, cleaned, its hits and reading, and the suggestions
    assert after == check_project(project, render=False)[0]
