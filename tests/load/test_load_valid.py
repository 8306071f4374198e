"""A valid dossier loads into exactly the records its YAML describes, and loading writes nothing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from newsdossier.errors import DossierError
from newsdossier.load import check_dossier, load_dossier, read_dossier
from newsdossier.records import CleaningOverrides, Correction, DateInfo, Origin, Problem

from .corpus import VALID

PROJECT = Path(__file__).resolve().parents[1] / "example"


@pytest.fixture
def valid(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(VALID, root)
    return root


def test_valid_fixture_has_no_problem(valid):
    assert check_dossier(valid) == []


def test_dossier_info(valid):
    info = load_dossier(valid).info
    assert info.title == "A tiny test dossier"
    assert info.subtitle == "Two articles, two topics"
    assert info.description.startswith("A dossier small enough")
    assert info.language == "en"
    assert info.editors == ("Test Editor",)
    assert info.licence == "CC BY 4.0"


def test_article_fields(valid):
    alpha = load_dossier(valid).article("alpha")
    assert alpha.source == "seeds/alpha.txt"
    assert alpha.title == "Leaders meet by the harbour"
    assert alpha.outlet == "harbour-wire"
    assert alpha.via == "example.org"
    assert alpha.published == DateInfo(dt.date(2015, 10, 2), "stated", "Friday, October 2nd 2015")
    assert alpha.byline == ("Jo Writer",)
    assert alpha.dateline == "HARBOUR TOWN"
    assert alpha.url == "https://example.org/alpha"
    assert alpha.topics == ("harbour-summit", "bridge-pact")
    assert alpha.overrides == CleaningOverrides(
        cut_after="The mayor said", drop=("Share this",), note="The share bar is not part of the story."
    )
    assert alpha.corrections == (
        Correction(
            "Ana Mayor",
            "Anna Mayor",
            "The source misspells her name.",
            Origin("dossier/articles/alpha.yml", 19, "corrections[0]"),
        ),
    )
    assert alpha.notes == "A test article."
    assert alpha.origin == Origin("dossier/articles/alpha.yml", 1)


def test_article_raw_is_the_seed_text_exactly(valid):
    dossier = load_dossier(valid)
    for article in dossier.articles:
        assert article.raw == (valid / article.source).read_bytes().decode("utf-8")


def test_unknown_outlet_and_date_stay_unknown(valid):
    beta = load_dossier(valid).article("beta")
    assert beta.outlet is None
    assert beta.published == DateInfo(None, "unknown", "The page gives no date.")
    assert beta.byline == () and beta.dateline is None and beta.url is None


def test_topics_with_comparison_choices(valid):
    dossier = load_dossier(valid)
    summit = dossier.topic("harbour-summit")
    assert summit.date == DateInfo(dt.date(2015, 10, 2), "stated")
    assert summit.key_questions == ("What did they agree?",)
    assert [pin.label for pin in summit.pins] == ["The handshake"]
    assert summit.pins[0].passages == (
        ("alpha", "shook hands by the harbour"),
        ("beta", "shook hands at the harbour"),
    )
    assert summit.vetoes[0].note == "Different meetings."
    assert summit.pins[0].origin == Origin("dossier/topics.yml", 10, "topics[0].comparison.pins[0]")
    assert dossier.topic("bridge-pact").date.value == dt.date(2015, 11, 26)  # quoted date string


def test_actors_outlets_events(valid):
    dossier = load_dossier(valid)
    anna = dossier.actor("anna-mayor")
    assert anna.kind == "person" and anna.affiliation == "harbour-town"
    assert anna.aliases == ("Mayor", "Ana Mayor")
    assert anna.origin == Origin("dossier/actors.yml", 2, "actors[0]")
    assert dossier.outlet("bridge-times").kind == "newspaper"
    assert dossier.outlet("harbour-wire").url == "https://wire.example.org/"
    assert [e.id for e in dossier.events] == ["2015-10-02-harbour-summit", "bridge-pact-signed"]
    assert dossier.events[0].articles == ("alpha", "beta")


def test_scalars_keep_their_written_text_where_text_is_expected(valid):
    """YAML 1.1 reads `NO` as false and `1984` as a number; a title or country stays as written."""
    outlets = valid / "dossier/outlets.yml"
    outlets.write_text(outlets.read_text().replace("country: Nowhere", "country: NO"))
    beta = valid / "dossier/articles/beta.yml"
    beta.write_text(beta.read_text().replace("title: Harbour handshake", "title: 1984"))
    dossier = load_dossier(valid)
    assert dossier.outlet("harbour-wire").country == "NO"
    assert dossier.article("beta").title == "1984"


def test_byte_order_mark_and_windows_line_ends_are_read(valid):
    article = valid / "dossier/articles/beta.yml"
    article.write_bytes(b"\xef\xbb\xbf" + article.read_bytes().replace(b"\n", b"\r\n"))
    seed = valid / "seeds/beta.txt"
    seed.write_bytes(b"\xef\xbb\xbf" + seed.read_bytes())
    dossier = load_dossier(valid)
    assert dossier.article("beta").title == "Harbour handshake"
    assert dossier.article("beta").raw.startswith("Harbour handshake")


def test_anchors_and_aliases_within_limits_are_expanded(valid):
    events = valid / "dossier/events.yml"
    events.write_text(
        "events:\n"
        "  - date: 2015-10-02\n    title: Harbour summit\n    topics: &both [harbour-summit, bridge-pact]\n"
        "  - date: 2015-10-03\n    title: The day after\n    topics: *both\n"
    )
    dossier = load_dossier(valid)
    assert [e.topics for e in dossier.events] == [("harbour-summit", "bridge-pact")] * 2


def test_hidden_and_backup_files_in_articles_are_ignored(valid):
    (valid / "dossier/articles/.alpha.yml.swp").write_bytes(b"\x00binary swap")
    (valid / "dossier/articles/alpha.yml~").write_text("publised: old backup\n")
    assert check_dossier(valid) == []


def test_symlink_inside_seeds_is_allowed(valid):
    (valid / "seeds/copy.txt").symlink_to("beta.txt")
    beta = valid / "dossier/articles/beta.yml"
    beta.write_text(beta.read_text().replace("seeds/beta.txt", "seeds/copy.txt"))
    problems = check_dossier(valid)
    assert [p.severity for p in problems] == ["warning"]  # seeds/beta.txt itself is now unused
    assert load_dossier(valid).article("beta").raw.startswith("Harbour handshake")


def _snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_loading_writes_nothing(valid):
    before = _snapshot(valid)
    names_before = sorted(os.listdir(valid))
    load_dossier(valid)
    check_dossier(valid)
    assert _snapshot(valid) == before
    assert sorted(os.listdir(valid)) == names_before


def test_read_dossier_returns_records_and_warnings_together(valid):
    (valid / "seeds/unused.txt").write_text("A page no article uses.\n")
    dossier, problems = read_dossier(valid)
    assert [str(p) for p in problems] == [
        "seeds/unused.txt: Expected every seed to be used by an article in dossier/articles/ but this one is not"
    ]
    assert dossier is not None and len(dossier.articles) == 2


def test_dossier_error_report_lists_only_errors():
    problems = [
        Problem(
            Origin("dossier/topics.yml", 4, "topics[0].date"),
            "Expected a date YYYY-MM-DD but received: '2015-13-45'",
        ),
        Problem(Origin("seeds/x.txt"), "Expected every seed to be used", "warning"),
    ]
    assert DossierError(problems).report() == (
        "1 problem in the dossier:\n"
        "  dossier/topics.yml:4: topics[0].date: Expected a date YYYY-MM-DD but received: '2015-13-45'"
    )


def test_project_dossier_loads_without_errors():
    """The dossier shipped with the project (five seeds) is valid."""
    dossier, problems = read_dossier(PROJECT)
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert len(dossier.articles) == len(list((PROJECT / "seeds").iterdir()))
    for article in dossier.articles:
        assert article.raw == (PROJECT / article.source).read_bytes().decode("utf-8-sig")


def test_source_is_normalised_to_seeds_slash_name(valid):
    beta = valid / "dossier/articles/beta.yml"
    beta.write_text(beta.read_text().replace("source: seeds/beta.txt", "source: ' ./seeds//beta.txt '"))
    assert check_dossier(valid) == []
    assert load_dossier(valid).article("beta").source == "seeds/beta.txt"


def test_standard_yaml_tags_are_accepted(valid):
    beta = valid / "dossier/articles/beta.yml"
    beta.write_text(beta.read_text().replace("title: Harbour handshake", "title: !!str 1984"))
    assert load_dossier(valid).article("beta").title == "1984"


def test_text_is_stripped_but_text_to_find_is_kept_exactly(valid):
    alpha = valid / "dossier/articles/alpha.yml"
    text = alpha.read_text()
    text = text.replace("title: Leaders meet by the harbour", "title: >\n  Leaders meet\n  by the harbour\n")
    text = text.replace("  - find: Ana Mayor", "  - find: 'Ana Mayor.'").replace(
        "    replace: Anna Mayor", "    replace: ' Anna Mayor. '"
    )
    alpha.write_text(text)
    article = load_dossier(valid).article("alpha")
    assert article.title == "Leaders meet by the harbour"
    assert (article.corrections[0].find, article.corrections[0].replace) == ("Ana Mayor.", " Anna Mayor. ")


def test_load_stage_does_not_import_mkdocs():
    """Stages know nothing of MkDocs: loading must work without it."""
    import subprocess
    import sys

    code = (
        "import sys, newsdossier.load; print(sorted(m for m in sys.modules if m.split('.')[0] == 'mkdocs'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
