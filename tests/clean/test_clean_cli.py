"""`dossier clean FILE... [--out DIR] [--explain]` as the CLI calls it."""

from __future__ import annotations

import io
from pathlib import Path

from newsdossier.clean.cli import clean_command

SEEDS = Path(__file__).resolve().parents[1] / "example" / "seeds"
EXPECTED = Path(__file__).resolve().parent / "expected"
AFP = "004_f52bfe66f0f2701d"


def test_prints_the_body_without_headline_or_byline():
    out = io.StringIO()
    assert clean_command([SEEDS / f"{AFP}.txt"], None, False, stdout=out) == 0
    text = out.getvalue()
    assert text.startswith("French President Francois Hollande and Russian leader")
    assert "Putin, Hollande agree to coordinate" not in text
    assert "Sabine Wibaux" not in text
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len((EXPECTED / f"{AFP}.txt").read_text(encoding="utf-8").strip().split("\n\n"))


def test_writes_one_file_per_input_in_the_out_dir(tmp_path):
    out = io.StringIO()
    files = sorted(SEEDS.glob("*.txt"))
    assert clean_command(files, tmp_path / "clean", False, stdout=out) == 0
    written = sorted(p.name for p in (tmp_path / "clean").iterdir())
    assert written == [f.stem + ".txt" for f in files]
    body = (tmp_path / "clean" / f"{AFP}.txt").read_text(encoding="utf-8")
    assert body == (EXPECTED / f"{AFP}.txt").read_text(encoding="utf-8").replace("## ", "")


def test_explain_lists_every_removed_span_with_its_reason():
    out = io.StringIO()
    clean_command([SEEDS / "003_bba586f07c384d09.txt"], None, True, stdout=out)
    text = out.getvalue()
    assert "[comment form]" in text and "    Leave a Reply" in text
    assert "[headline]" in text and "headline: France, Russia team on Syrian fight" in text


def test_unreadable_file_gives_status_1_and_goes_on(tmp_path, capsys):
    out = io.StringIO()
    status = clean_command([tmp_path / "missing.txt", SEEDS / f"{AFP}.txt"], None, False, stdout=out)
    assert status == 1
    assert "cannot read" in capsys.readouterr().err
    assert "French President Francois Hollande" in out.getvalue()
