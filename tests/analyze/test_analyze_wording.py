"""A quote's words as comparison counts and diffs them (analyze/wording.py, Quote.wording)."""

from __future__ import annotations

from analyze_support import make_article, make_dossier

from newsdossier.analyze import analyze
from newsdossier.analyze.wording import word_key, wording
from newsdossier.records import Actor


def test_words_split_at_white_space_and_keep_their_punctuation():
    found = wording("We will  stay,\nwhatever \u201cthey\u201d say.")
    assert found.words == ("We", "will", "stay,", "whatever", "\u201cthey\u201d", "say.")
    assert found.keys == ("we", "will", "stay", "whatever", "they", "say")
    assert wording("") == wording("   ") == wording("\n")
    assert wording("").words == ()


def test_keys_drop_case_punctuation_and_typographic_quotes_but_keep_apostrophes():
    assert word_key("Syria\u2019s") == word_key("syria's") == "syria's"
    assert word_key("\u201cTerrorists,\u201d") == word_key('"terrorists"') == "terrorists"
    assert word_key("\u2026") == word_key("\u2014") == ""
    assert word_key("2015") == "2015" and word_key("well-known") == "wellknown"


def test_the_analysis_gives_every_quote_its_wording():
    actor = Actor(id="ana-lopez", name="Ana Lopez", kind="person", aliases=("Lopez",))
    text = "\u201cThe bridge will open on Monday for every cart in town,\u201d Lopez said."
    article, clean = make_article("wire", [text])
    analysis = analyze(make_dossier([actor], [article]), {"wire": clean})
    assert [q.speaker for q in analysis.quotes] == ["ana-lopez"]
    quote = analysis.quotes[0]
    assert quote.wording == wording(quote.text)
    assert quote.wording.words == tuple("The bridge will open on Monday for every cart in town".split())
