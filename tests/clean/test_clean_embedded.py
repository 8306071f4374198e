"""Embedded markup and style sheets left in a scraped text are removed with their reason (embedded.py)."""

from __future__ import annotations

from newsdossier.clean import clean_text

BODY = [
    "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks.",
    "Residents who use the bridge every day said they had not been told how long the closure would last.",
]
STYLE = """.author-box {
   width:100%;
   border-top:1px solid #cccccc;
   }
   .author-box img {
   float: left;
   }

@media screen and (max-width: 600px) {
.author-box {
height: 275px !important;
}.
}"""


def test_a_style_sheet_left_in_the_text_is_removed_as_embedded_markup():
    raw = (
        "Old bridge closes for repairs\n\n"
        + "\n\n".join(BODY)
        + "\n\n"
        + STYLE
        + "\n\nThe mayor said buses would run."
    )
    result = clean_text(raw)
    assert [p.text for p in result.paragraphs] == [*BODY, "The mayor said buses would run."]
    removed = "\n".join(s.text for s in result.removed if s.reason == "embedded markup")
    assert "width:100%;" in removed and "@media screen" in removed


def test_a_sentence_with_braces_is_not_a_style_sheet():
    sentence = "The note read {see below}: the council will meet again on Friday to vote on the bridge."
    result = clean_text("\n\n".join([*BODY, sentence]))
    assert sentence in [p.text for p in result.paragraphs]
