"""Stopping `dossier serve` stops the `mkdocs serve` it runs: a SIGTERM sent to `dossier` alone
(as a process manager or `kill PID` does) is passed on, and the port is free again."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from sitebuild import listening, run_dossier, served_dossier


def test_sigterm_to_dossier_serve_stops_mkdocs(tmp_path: Path):
    made = run_dossier("new", "mine", "--title", "A test dossier", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    with served_dossier(tmp_path / "mine", tmp_path / "serve.log") as (serve, port):
        serve.send_signal(signal.SIGTERM)  # to `dossier` only, not to its process group
        serve.wait(timeout=30)
        deadline = time.monotonic() + 30
        while listening(port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not listening(port), "mkdocs serve still holds the port after dossier serve was stopped"
