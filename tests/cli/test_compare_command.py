"""`dossier compare TOPIC`: rows with stable ids and their evidence; an unknown topic is an error."""

from __future__ import annotations

import re

from newsdossier.cli.main import main
from sitebuild import EXAMPLE


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--root", str(EXAMPLE), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_prints_rows_with_stable_ids_and_evidence(capsys):
    code, first, _ = _run(capsys, "compare", "moscow-pact")
    assert code == 0
    ids = re.findall(r"^(r-[0-9a-f]{8}) (quote|fact|claim)", first, re.MULTILINE)
    assert ids and len({i for i, _ in ids}) == len(ids)
    assert "shared words:" in first and "¶" in first
    _, second, _ = _run(capsys, "compare", "moscow-pact")
    assert second == first  # the same rows get the same ids on every run


def test_compare_of_an_unknown_topic_names_the_known_ones(capsys):
    code, _, err = _run(capsys, "compare", "no-such-topic")
    assert code == 1
    assert "moscow-pact" in err and "no-such-topic" in err and "Traceback" not in err
