"""The vocabularies live in lexicon.py alone: no stage keeps a copy that could drift."""

from __future__ import annotations

import re
from pathlib import Path

from newsdossier import lexicon
from newsdossier.analyze import facts as analyze_facts
from newsdossier.analyze import terms

SRC = Path(lexicon.__file__).parent

# Words that only a copied vocabulary table would spell out in source code.
TABLE_MARKERS = {
    "month table": re.compile(r"[\"'](?:january|February)[\"']|\bJan\|Feb\b", re.IGNORECASE),
    "number-word table": re.compile(r"[\"']thirty[\"']|\bthirty forty\b", re.IGNORECASE),
    "abbreviation table": re.compile(r"\bmr mrs ms dr\b"),
    "weekday table": re.compile(r"[\"']monday[\"'],\s*[\"']tuesday[\"']", re.IGNORECASE),
    "title-of-address table": re.compile(r"[\"']Mrs\.[\"'],\s*[\"']Ms\.[\"']|[\"']mrs[\"']:\s*[\"']f[\"']"),
}


def test_no_module_but_the_lexicon_spells_out_a_vocabulary_table():
    copies = [
        f"{path.relative_to(SRC)}: {name}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "lexicon.py"
        for name, marker in TABLE_MARKERS.items()
        if marker.search(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_the_markers_find_a_copied_table():
    """The check above can fail: a copy of a table in the lexicon's own spelling is found."""
    text = Path(lexicon.__file__).read_text(encoding="utf-8")
    assert TABLE_MARKERS["month table"].search('"january": 1') and TABLE_MARKERS["abbreviation table"].search(
        text
    )


def test_stages_read_numbers_with_one_list():
    assert analyze_facts.NUMBER_WORDS is lexicon.NUMBER_WORDS is terms.NUMBER_WORDS
    assert lexicon.NUMBER_WORDS["thirty"] == 30 and "one" not in lexicon.NUMBER_WORDS


def test_months_and_abbreviations_agree():
    assert lexicon.MONTHS["sept"] == lexicon.MONTHS["september"] == 9
    assert all(name.lower() in lexicon.MONTHS for name in lexicon.MONTH_NAMES)
    assert re.fullmatch(lexicon.MONTH_PATTERN, "Sept.", re.IGNORECASE)
    assert {"mr", "sept", "u.s"} <= lexicon.ABBREVIATIONS
