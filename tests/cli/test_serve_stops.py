"""Stopping `dossier serve` stops the `mkdocs serve` it runs: a SIGTERM sent to `dossier` alone
(as a process manager or `kill PID` does) is passed on, and the port is free again."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

SERVE_TIMEOUT = 120


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def test_sigterm_to_dossier_serve_stops_mkdocs(tmp_path: Path):
    made = subprocess.run(
        [sys.executable, "-m", "newsdossier.cli.main", "new", "mine", "--title", "A test dossier"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    serve = subprocess.Popen(
        [sys.executable, "-m", "newsdossier.cli.main", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path / "mine",
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # so the clean-up below can end the whole group if the test fails
    )
    try:
        deadline = time.monotonic() + SERVE_TIMEOUT
        while not _listening(port):
            assert serve.poll() is None, "dossier serve ended before serving"
            assert time.monotonic() < deadline, "dossier serve did not start serving"
            time.sleep(0.5)
        serve.send_signal(signal.SIGTERM)  # to `dossier` only, not to its process group
        serve.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _listening(port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _listening(port), "mkdocs serve still holds the port after dossier serve was stopped"
    finally:
        try:
            os.killpg(serve.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
