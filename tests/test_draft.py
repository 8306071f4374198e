"""Drafting an article's YAML from a raw seed (draft.py): what the text says is drafted as found,
what the editor's records give is marked recorded, nothing else is invented, and an existing
article file is never overwritten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from newsdossier.draft import (
    FALLBACK_TITLE_CHARS,
    ID_WORDS,
    GivenMetadata,
    draft_article,
    draft_entry,
    fallback_title,
    headline_title,
    seed_inside,
    write_entry,
)
from newsdossier.errors import DossierError

MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact us"]
BODY = [
    "The council voted on Monday to rebuild the old bridge before the winter storms arrive in the valley.",
    "Engineers said the work would take two years and cost far more than the town had hoped for at first.",
    "The mayor said that the vote was the hardest one of her time in office, and that she would not run again.",
]
HEADLINE = "Council Votes To Rebuild Old Bridge."


def seed(root: Path, name: str, *lines: str) -> Path:
    path = root / "seeds" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Council  votes on\nthe bridge.", "Council votes on the bridge"),
        ("Talks with the U.S.", "Talks with the U.S."),
        ("Is the bridge safe...", "Is the bridge safe..."),
        ("Bridge reopens", "Bridge reopens"),
    ],
)
def test_a_headline_is_a_title_without_its_full_stop_but_with_abbreviations_and_ellipses(headline, title):
    assert headline_title(headline) == title


def test_a_title_from_the_first_paragraph_is_its_first_sentence_cut_at_a_word():
    assert fallback_title(" ".join(BODY)) == BODY[0][:-1]
    long_sentence = "The council, " + "after a very long and winding debate, " * 5 + "voted."
    title = fallback_title(long_sentence)
    assert title.endswith("…") and len(title) <= FALLBACK_TITLE_CHARS + 1
    assert long_sentence.startswith(title[:-1]) and not title[:-1].endswith((" ", ","))


def test_a_seed_must_be_an_existing_file_inside_the_project_s_seeds(tmp_path: Path, monkeypatch):
    path = seed(tmp_path, "a.txt", *BODY)
    assert seed_inside(tmp_path, path) == path.resolve()
    monkeypatch.chdir(tmp_path)
    assert seed_inside(tmp_path, Path("seeds/a.txt")) == path.resolve()
    outside = tmp_path / "a.txt"
    outside.write_text(BODY[0], encoding="utf-8")
    with pytest.raises(DossierError, match="inside"):
        seed_inside(tmp_path, outside)
    with pytest.raises(DossierError, match="does not exist"):
        seed_inside(tmp_path, tmp_path / "seeds" / "missing.txt")
    with pytest.raises(DossierError, match="inside"):
        seed_inside(tmp_path, tmp_path / "seeds" / ".." / "a.txt")


def test_a_draft_gives_what_the_text_says_and_leaves_the_rest_to_the_editor(tmp_path: Path):
    path = seed(tmp_path, "bridge.txt", *MENU, HEADLINE, "By Ana Ruiz", "Monday, March 4th 2019", *BODY)
    article_id, entry = draft_entry(tmp_path, path.resolve())
    assert article_id == "council-votes-to-rebuild-old-bridge"
    assert entry["source"] == "seeds/bridge.txt"
    assert entry["title"] == HEADLINE[:-1]
    assert entry["byline"] == ["Ana Ruiz"]
    assert entry["outlet"] is None and entry["outlet_note"].startswith("TODO")
    assert entry["published"] == {
        "date": None,
        "status": "unknown",
        "note": "TODO: the text gives the date as 'Monday, March 4th 2019'",
    }
    assert entry["topics"] == [] and entry["url"] is None


def test_what_the_editor_s_records_give_is_marked_recorded(tmp_path: Path):
    path = seed(tmp_path, "bridge.txt", HEADLINE, "By Ana Ruiz", *BODY)
    given = GivenMetadata(
        record="list.csv, line 3",
        title="The  vote on the bridge the council held on Monday",
        outlet="The Valley Times",
        date=dt.date(2019, 3, 4),
        byline=("Ben Ode",),
        url="https://example.org/bridge",
        topics=("Bridge Works",),
    )
    article_id, entry = draft_entry(tmp_path, path.resolve(), given)
    assert entry["title"] == "The vote on the bridge the council held on Monday"
    assert article_id == "the-vote-on-the-bridge-the-council" and len(article_id.split("-")) == ID_WORDS
    assert (entry["outlet"], entry["outlet_status"]) == ("the-valley-times", "recorded")
    assert entry["outlet_note"] == "Recorded: from list.csv, line 3."
    assert entry["published"] == {
        "date": dt.date(2019, 3, 4),
        "status": "recorded",
        "note": entry["outlet_note"],
    }
    assert entry["byline"] == ["Ben Ode"] and entry["topics"] == ["bridge-works"]
    assert entry["url"] == "https://example.org/bridge"


def test_without_a_headline_the_title_comes_from_the_text_or_the_file_name(tmp_path: Path):
    _, entry = draft_entry(tmp_path, seed(tmp_path, "plain.txt", *BODY).resolve())
    assert entry["title"] == BODY[0][:-1] and entry["published"]["note"] == "TODO: no date in the text"
    article_id, entry = draft_entry(tmp_path, seed(tmp_path, "Menu Only.txt", *MENU).resolve())
    assert (article_id, entry["title"]) == ("menu-only", "Menu Only")


def test_an_id_the_editor_gives_must_be_a_slug(tmp_path: Path):
    path = seed(tmp_path, "bridge.txt", HEADLINE, *BODY).resolve()
    assert draft_entry(tmp_path, path, GivenMetadata(article_id="bridge-vote"))[0] == "bridge-vote"
    with pytest.raises(DossierError, match="Expected a slug such as 'bridge-vote'"):
        draft_entry(tmp_path, path, GivenMetadata(article_id="Bridge Vote"))


def test_a_seed_that_is_not_text_is_an_error_naming_it(tmp_path: Path):
    path = tmp_path / "seeds" / "image.txt"
    path.parent.mkdir()
    path.write_bytes(b"GIF89a\x00\x01\x02")
    with pytest.raises(DossierError, match="binary") as caught:
        draft_entry(tmp_path, path.resolve())
    assert caught.value.problems[0].origin.file == str(path.resolve())


def test_an_entry_is_written_once_and_never_overwritten(tmp_path: Path):
    entry = {"source": "seeds/a.txt", "title": "Café talks", "outlet": None}
    path = write_entry(tmp_path, "cafe-talks", entry)
    assert path == tmp_path / "dossier" / "articles" / "cafe-talks.yml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Drafted by NewsDossier") and "Café talks" in text
    assert yaml.safe_load(text) == entry  # the keys in the draft's order, unicode kept
    assert list(yaml.safe_load(text)) == ["source", "title", "outlet"]
    with pytest.raises(DossierError, match="already exists"):
        write_entry(tmp_path, "cafe-talks", {"title": "Other"})
    assert path.read_text(encoding="utf-8") == text


def test_draft_article_writes_the_draft_under_the_id_asked_for(tmp_path: Path):
    path = seed(tmp_path, "bridge.txt", HEADLINE, *BODY)
    written, text = draft_article(tmp_path, path, article_id="bridge-vote", given=GivenMetadata(record="r"))
    assert written.name == "bridge-vote.yml" and written.read_text(encoding="utf-8") == text
    assert yaml.safe_load(text)["outlet"] is None
    with pytest.raises(DossierError):
        draft_article(tmp_path, path, article_id="bridge-vote")
