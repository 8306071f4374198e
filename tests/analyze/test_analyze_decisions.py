"""The editors' speaker decisions (`quote_speakers` in an article's YAML): set, withheld,
and an error naming file, line and key when the words match no quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.errors import DossierError
from newsdossier.pipeline import build_dossier
from sitebuild import copy_project

ARTICLE = Path("dossier/articles/ap-france-tells-putin.yml")


def project_with(tmp_path: Path, decisions: str) -> Path:
    root = copy_project(tmp_path / "project", ("mkdocs.yml", "docs", "dossier", "seeds", "templates"))
    with (root / ARTICLE).open("a", encoding="utf-8") as yaml_file:
        yaml_file.write(decisions)
    return root


def test_decisions_set_and_withhold_speakers(tmp_path):
    root = project_with(
        tmp_path,
        "quote_speakers:\n"
        "  - quote: talked at length about Syrian affairs\n"
        "    speaker: vladimir-putin\n"
        "    note: An invented decision for this test.\n"
        "  - quote: “Said very clearly that DAESH was the enemy”\n"  # marks and case do not matter
        "    speaker: ~\n"
        "    note: Withheld for this test.\n",
    )
    build = build_dossier(root)
    quotes = {q.text[:25]: q for q in build.analysis.quotes if q.article == "ap-france-tells-putin"}
    decided = quotes["talked at length about Sy"]
    assert (decided.speaker, decided.speakers, decided.decision) == (
        "vladimir-putin",
        ("vladimir-putin",),
        "set",
    )
    assert decided.decision_note == "An invented decision for this test."
    withheld = quotes["said very clearly that Da"]
    assert (withheld.speaker, withheld.speakers, withheld.decision) == (None, (), "withheld")
    page = next(f.content for f in build.files if f.path == "articles/ap-france-tells-putin.md")
    assert "speaker set by the editors" in page and "speaker withheld by the editors" in page
    data = json.loads(next(f.content for f in build.files if f.path == "dossier.json"))
    article_quotes = [q for q in data["quotes"] if q["article"] == "ap-france-tells-putin"]
    assert {q["decision"] for q in article_quotes} >= {"set", "withheld"}


def test_decision_matching_no_quote_names_file_line_and_key(tmp_path):
    root = project_with(
        tmp_path,
        "quote_speakers:\n"
        "  - quote: words nobody ever said\n"
        "    speaker: vladimir-putin\n"
        "    note: A snippet that matches nothing.\n",
    )
    with pytest.raises(DossierError) as raised:
        build_dossier(root)
    report = raised.value.report()
    line = len((root / ARTICLE).read_text(encoding="utf-8").splitlines()) - 2
    assert f"{ARTICLE}:{line}: quote_speakers[0].quote:" in report
    assert "'words nobody ever said', which matches no quote" in report


def test_decision_names_a_known_actor(tmp_path):
    root = project_with(
        tmp_path,
        "quote_speakers:\n"
        "  - quote: talked at length about Syrian affairs\n"
        "    speaker: nobody-of-that-name\n"
        "    note: An unknown actor.\n",
    )
    with pytest.raises(DossierError) as raised:
        build_dossier(root)
    assert "nobody-of-that-name" in raised.value.report()
