"""The attribution classes of issue 13 on invented sentences: the regression gate beside
the seed gate (fixtures/attribution_classes.yml says what each quotation must get)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from analyze_support import run

from newsdossier.records import Actor

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "attribution_classes.yml").read_text("utf-8"))
ACTORS = tuple(
    Actor(a["id"], a["name"], a["kind"], aliases=tuple(a.get("aliases", ())), bio=a.get("bio", ""))
    for a in CASES["actors"]
)


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["class"] for c in CASES["cases"]])
def test_attribution_class(case):
    analysis = run(*case["paragraphs"], actors=ACTORS, subheads=case.get("subheads", ()))
    for expected in case["expect"]:
        found = [q for q in analysis.quotes if q.text.startswith(expected["quote"])]
        assert found, f"no quote starts with {expected['quote']!r}: {[q.text for q in analysis.quotes]}"
        quote = found[0]
        got = (quote.speaker, quote.speaker_text, quote.cue)
        if "speaker" in expected:
            assert quote.speaker == expected["speaker"], (expected["quote"], got)
        if "speakers" in expected:
            assert quote.speakers == tuple(expected["speakers"]), (expected["quote"], quote.speakers)
        if "speaker_text" in expected:
            assert quote.speaker_text == expected["speaker_text"], (expected["quote"], got)
        if "cue" in expected:
            assert quote.cue == expected["cue"], (expected["quote"], got)
        if "fragment" in expected:
            assert quote.fragment == expected["fragment"], (expected["quote"], quote.fragment)
