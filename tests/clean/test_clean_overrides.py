"""Per-article YAML overrides and corrections: applied after the rules, never silently."""

from __future__ import annotations

from pathlib import Path

from newsdossier.clean import clean_article, cleaning_problems
from newsdossier.records import Article, CleaningOverrides, Correction, Origin

SEEDS = Path(__file__).resolve().parents[1] / "example" / "seeds"

BODY = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks found last week.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
    "The mayor said a report on the repairs would be published before the end of the month, and that buses would run.",
    "Engineers expect the study to take at least six weeks, according to a statement from the city's works department.",
]
RAW = "Council closes old bridge\n\n" + "\n\n".join(BODY) + "\n\nLeave a Reply\n"


def article(raw: str = RAW, source: str = "seeds/bridge.txt", **fields) -> Article:
    return Article(
        id="bridge",
        source=source,
        title="Bridge",
        outlet=None,
        raw=raw,
        origin=Origin("dossier/articles/bridge.yml"),
        **fields,
    )


def test_without_overrides_clean_article_matches_the_rules():
    cleaned = clean_article(article())
    assert cleaned.article_id == "bridge"
    assert [p.text for p in cleaned.paragraphs] == BODY
    assert cleaned.overrides_applied == () and cleaned.corrections == ()


def test_cut_after_marker_drops_the_rest_and_records_it():
    cleaned = clean_article(
        article(overrides=CleaningOverrides(cut_after="how long the closure", note="tail is a sidebar"))
    )
    assert [p.text for p in cleaned.paragraphs] == BODY[:2]
    cut = [s for s in cleaned.removed if s.reason == "editor override: cut after marker"]
    assert [s.text for s in cut] == ["\n".join(BODY[2:])]
    assert any("cut 2 paragraph(s) after" in o for o in cleaned.overrides_applied)
    assert "why: tail is a sidebar" in cleaned.overrides_applied


def test_cut_before_marker():
    cleaned = clean_article(article(overrides=CleaningOverrides(cut_before="The mayor said")))
    assert [p.text for p in cleaned.paragraphs] == BODY[2:]
    assert {s.reason for s in cleaned.removed} >= {"editor override: cut before marker"}


def test_drop_and_subheads_overrides():
    cleaned = clean_article(
        article(overrides=CleaningOverrides(drop=("Residents who",), subheads=("Engineers expect",)))
    )
    assert [p.text for p in cleaned.paragraphs] == [BODY[0], BODY[2], BODY[3]]
    assert cleaned.paragraphs[-1].kind == "subhead"
    assert any(s.reason == "editor override: dropped paragraph" for s in cleaned.removed)


def test_keep_override_restores_what_a_rule_removed():
    cleaned = clean_article(article(overrides=CleaningOverrides(keep=("Leave a Reply",))))
    assert cleaned.paragraphs[-1].text == "Leave a Reply"
    assert not any(s.text == "Leave a Reply" for s in cleaned.removed)


def test_correction_is_applied_and_reported_with_paragraph_indexes():
    fix = Correction(find="the old bridge", replace="the Old Bridge", note="proper name")
    cleaned = clean_article(article(corrections=(fix,)))
    assert cleaned.paragraphs[0].text.startswith("The council voted on Tuesday to close the Old Bridge")
    assert len(cleaned.corrections) == 1
    applied = cleaned.corrections[0]
    assert (applied.find, applied.replace, applied.note, applied.paragraphs) == (
        "the old bridge",
        "the Old Bridge",
        "proper name",
        (0,),
    )


def test_correction_on_the_ap_seed_misspelling():
    raw = (SEEDS / "000_4f3ca8fe0ecbaca8.txt").read_text(encoding="utf-8")
    fix = Correction(find="Francois Holland ", replace="Francois Hollande ", note="misspelt in the source")
    cleaned = clean_article(article(raw=raw, source="seeds/000_4f3ca8fe0ecbaca8.txt", corrections=(fix,)))
    assert cleaned.corrections[0].paragraphs == (0,)
    assert "Francois Holland " not in " ".join(p.text for p in cleaned.paragraphs)


def test_unmatched_correction_and_marker_change_nothing_and_are_reported():
    a = article(
        corrections=(Correction(find="no such words", replace="x", note="n"),),
        overrides=CleaningOverrides(cut_after="no such marker"),
    )
    cleaned = clean_article(a)
    assert [p.text for p in cleaned.paragraphs] == BODY
    assert cleaned.corrections == () and cleaned.overrides_applied == ()
    problems = cleaning_problems(a)
    messages = " | ".join(p.message for p in problems)
    assert len(problems) == 2
    assert "no such marker" in messages and "no such words" in messages
    assert all(str(p.origin).startswith("dossier/articles/bridge.yml") for p in problems)


def test_matched_overrides_raise_no_problem():
    a = article(
        overrides=CleaningOverrides(cut_after="how long the closure"),
        corrections=(Correction(find="old bridge", replace="Old Bridge", note="n"),),
    )
    assert cleaning_problems(a) == []
