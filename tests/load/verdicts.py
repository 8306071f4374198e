"""`dossier check` and `mkdocs build --strict` on bad-input cases, each case in a child process
under resource limits; one JSON line per case on stdout.

    python tests/load/verdicts.py [CASE...]      (every case when none is named)

Both commands run in the child as their entry points do (the CLI's `main`, MkDocs' `build`
with the project's mkdocs.yml), after the parent imported them once, so a case costs what the
commands cost and not Python's start-up. A child's peak memory (ru_maxrss) and time are
reported; an address-space limit and an alarm stop a runaway case instead of the machine.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from multiprocessing import get_context
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2])]
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.exceptions import Abort, MkDocsException  # noqa: E402
from tests.load.corpus import build_case, case_names  # noqa: E402

import newsdossier.pipeline  # noqa: E402, F401 - imported once here, not in every child
import newsdossier.plugin.plugin  # noqa: E402, F401
from newsdossier.cli.main import main as dossier_main  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "example"  # its mkdocs.yml and docs/
# A runaway case (an alias bomb rendered) is stopped by these before it can take the machine:
# the measured limits the tests assert (< 5 s, < 500 MB) are far below them.
ADDRESS_SPACE_LIMIT = 4 << 30
SECONDS_LIMIT = 60


# How each command names a warning that fails the build (an instruction that did nothing).
CHECK_FAILING_WARNING = "warning (fails the build): "
BUILD_FAILING_WARNING = "Dossier: an instruction did nothing: "


def problem_lines(output: str, failing_warning: str) -> list[str]:
    """What fails: the error lines of the report ("  <file>:<line>: <key>: <message>"), or, when
    there is no error, the warnings that fail a --strict build."""
    errors = [line.strip() for line in output.splitlines() if line.startswith("  ")]
    warnings = [
        line.removeprefix(failing_warning) for line in output.splitlines() if line.startswith(failing_warning)
    ]
    return errors or warnings


def check_verdict(root: Path) -> dict:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = dossier_main(["--root", str(root), "check"])
        except BaseException:  # noqa: BLE001 - a crash is a verdict the test must see
            status, err = 2, io.StringIO(traceback.format_exc())
    return {
        "status": status,
        "errors": problem_lines(err.getvalue(), CHECK_FAILING_WARNING),
        "output": err.getvalue(),
    }


class _Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_verdict(root: Path, site: Path) -> dict:
    captured = _Captured()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(captured)
    try:
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        status = 0
    except (MkDocsException, Abort):
        status = 1
    except BaseException:  # noqa: BLE001
        status = 2
        captured.messages.append(traceback.format_exc())
    finally:
        logger.removeHandler(captured)
    output = "\n".join(captured.messages)
    return {"status": status, "errors": problem_lines(output, BUILD_FAILING_WARNING), "output": output}


def run_case(name: str) -> dict:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    signal.alarm(SECONDS_LIMIT)
    with tempfile.TemporaryDirectory() as tmp:
        root = build_case(name, Path(tmp))
        shutil.copy2(EXAMPLE / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(EXAMPLE / "docs", root / "docs", dirs_exist_ok=True)  # a case's own page stays
        site = Path(tmp) / "site"
        started, cpu_started = time.perf_counter(), time.process_time()
        check = check_verdict(root)
        checked, cpu_checked = time.perf_counter(), time.process_time()
        built = build_verdict(root, site)
        ended, cpu_ended = time.perf_counter(), time.process_time()
    return {
        "case": name,
        "check": check,
        "build": built,
        # CPU time is what the budget bounds: wall time on a shared 2-core machine is noise.
        "check_cpu_seconds": round(cpu_checked - cpu_started, 2),
        "build_cpu_seconds": round(cpu_ended - cpu_checked, 2),
        "check_seconds": round(checked - started, 2),
        "build_seconds": round(ended - checked, 2),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main(names: list[str]) -> None:
    names = names or case_names()
    context = get_context("fork")
    with context.Pool(2, maxtasksperchild=1) as pool:  # a fresh child per case: its own peak memory
        for result in pool.imap(run_case, names):
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
