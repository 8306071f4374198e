"""One verdict: `dossier check` and `mkdocs build --strict` agree on every case of the corpus
(the same exit status and the same errors), each within the time and memory budget.

verdicts.py runs both commands on each case in a forked child under an address-space limit
and an alarm; this test reads its report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .corpus import case_names, expected_lines, lines_match

RUNNER = Path(__file__).with_name("verdicts.py")
# The budget for a case: each command under 5 s of CPU and 500 MB (a tiny dossier takes
# ~0.5 s to check and ~2 s to build; CPU time, since wall time on a shared machine is noise).
MAX_SECONDS = 5.0
MAX_RSS_MB = 500


@pytest.fixture(scope="module")
def verdicts() -> dict[str, dict]:
    result = subprocess.run(
        [sys.executable, str(RUNNER)], capture_output=True, text=True, timeout=1800, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {report["case"]: report for report in reports}


@pytest.mark.parametrize("name", case_names())
def test_check_and_build_give_the_same_verdict(verdicts, name):
    report = verdicts[name]
    check, build = report["check"], report["build"]
    for output in (check["output"], build["output"]):
        assert "Traceback" not in output, output
    assert (build["status"], build["errors"]) == (check["status"], check["errors"]), (check, build)
    expected = expected_lines(name)
    errors = [line.removeprefix("error: ") for line in expected if line.startswith("error: ")]
    if errors:
        assert check["status"] == 1 and lines_match(check["errors"], errors), (check["errors"], errors)
    else:  # only warnings: those that fail the build are among them, and fail both commands
        warnings = {line.removeprefix("warning: ") for line in expected if line.startswith("warning: ")}
        assert set(check["errors"]) <= warnings, check["errors"]
        assert check["status"] == (1 if check["errors"] else 0), check["output"]


@pytest.mark.parametrize("name", case_names())
def test_each_case_stays_within_the_budget(verdicts, name):
    report = verdicts[name]
    assert report["check_cpu_seconds"] < MAX_SECONDS, report
    assert report["build_cpu_seconds"] < MAX_SECONDS, report
    assert report["max_rss_mb"] < MAX_RSS_MB, report
