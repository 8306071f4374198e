"""`dossier compare TOPIC`: rows with stable ids and their evidence; an unknown topic is an error."""

from __future__ import annotations

import re

import yaml

from newsdossier.cli.main import main
from sitebuild import EXAMPLE, build_site, copy_project, run_dossier


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


def _name_row(project, pins: str = "", vetoes: str = "") -> None:
    """Give the moscow-pact topic (and only it) these choices, replacing its own."""
    topics = yaml.safe_load((project / "dossier" / "topics.yml").read_text(encoding="utf-8"))
    lines = ["topics:"]
    for topic in topics["topics"]:
        topic.pop("comparison", None)
        block = yaml.safe_dump([topic], sort_keys=False, allow_unicode=True).rstrip("\n")
        lines.append("\n".join("  " + line for line in block.splitlines()))
        if topic["id"] == "moscow-pact":
            lines.append("    comparison:")
            lines += [f"      pins:\n{pins}"] if pins else []
            lines += [f"      vetoes:\n{vetoes}"] if vetoes else []
    (project / "dossier" / "topics.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rows(out: str) -> dict[str, str]:
    return dict(re.findall(r"^(r-[0-9a-f]{8}) (.*)$", out, re.MULTILINE))


def test_an_editor_pins_and_vetoes_rows_by_the_ids_dossier_compare_prints(tmp_path):
    project = copy_project(tmp_path / "project")
    _name_row(project)  # no choices: the rows as the method makes them
    before = _rows(run_dossier("compare", "moscow-pact", cwd=project).stdout)
    (kept, _), (vetoed, _) = list(before.items())[:2]
    assert not any("pinned" in line for line in before.values())
    _name_row(
        project,
        pins=f"        - row: {kept}\n          label: Checked by an editor\n",
        vetoes=f"        - row: {vetoed}\n          note: Two claims\n",
    )
    result = run_dossier("compare", "moscow-pact", cwd=project)
    assert result.returncode == 0, result.stderr
    after = _rows(result.stdout)
    assert after[kept].endswith("Checked by an editor") and " pinned " in after[kept]
    assert vetoed not in after and set(after) == set(before) - {vetoed}
    assert "1 of" in result.stdout and "rows pinned, 1 vetoes" in result.stdout
    assert run_dossier("check", cwd=project).returncode == 0


def test_a_row_id_no_row_has_fails_check_and_build_naming_file_line_and_key(tmp_path):
    project = copy_project(tmp_path / "project")
    _name_row(project, pins="        - row: r-00000000\n          label: Gone\n")
    for command in (("check",), ("compare", "moscow-pact")):
        result = run_dossier(*command, cwd=project)
        assert result.returncode == 1, command
        assert "Traceback" not in result.stderr
        line = next(
            n
            for n, text in enumerate((project / "dossier" / "topics.yml").read_text().splitlines(), 1)
            if "r-00000000" in text
        )
        assert re.search(
            rf"dossier/topics\.yml:{line}: topics\[1\]\.comparison\.pins\[0\]\.row: .*r-00000000",
            result.stderr + result.stdout,
        ), result.stderr
    built = build_site(project, tmp_path / "site")
    assert built.returncode != 0 and "r-00000000" in built.stdout + built.stderr
