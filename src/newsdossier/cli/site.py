"""`dossier build` and `dossier serve`: MkDocs, run on the project, as `make build/serve` do.

`build` writes into a temporary folder and swaps it in only when the strict build passed, so a
failed build keeps the last site.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path


def _mkdocs(root: Path, *args: str) -> int:
    if not (root / "mkdocs.yml").is_file():
        print(f"dossier: no mkdocs.yml in {root}; run `dossier new DIR` to start a project.", file=sys.stderr)
        return 1
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return _run_forwarding_signals([sys.executable, "-m", "mkdocs", *args], root, env)


# Signals a terminal or a process manager sends to `dossier` alone (Ctrl-C reaches the whole
# process group already): passed on, so that stopping `dossier serve` never leaves its
# `mkdocs serve` holding the port.
FORWARDED_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _run_forwarding_signals(command: list[str], cwd: Path, env: dict[str, str]) -> int:
    child = subprocess.Popen(command, cwd=cwd, env=env)

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    previous = {number: signal.signal(number, forward) for number in FORWARDED_SIGNALS}
    try:
        return child.wait()
    except KeyboardInterrupt:  # the child got the same Ctrl-C: let it finish stopping
        return child.wait()
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def cmd_build(root: Path, site_dir: Path | None = None) -> int:
    site = (site_dir or root / "site").resolve()
    staging = site.with_name(site.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    code = _mkdocs(root, "build", "--strict", "--site-dir", str(staging))
    if code != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"dossier build: the build failed; {site} was left as it was.", file=sys.stderr)
        return code
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        site.rename(old)
    staging.rename(site)
    shutil.rmtree(old, ignore_errors=True)
    print(f"dossier build: the site is in {site}")
    return 0


def cmd_serve(root: Path, dev_addr: str) -> int:
    return _mkdocs(root, "serve", "--dev-addr", dev_addr)


def add_site_parsers(sub, common) -> None:
    build = sub.add_parser(
        "build", parents=[common], help="build the site into site/ (mkdocs build --strict)"
    )
    build.add_argument("--site-dir", type=Path, help="where to write the site (default: site/)")
    build.set_defaults(run=lambda root, args: cmd_build(root, args.site_dir))
    serve = sub.add_parser("serve", parents=[common], help="serve the site with live reload (mkdocs serve)")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="host:port (default: 127.0.0.1:8000)")
    serve.set_defaults(run=lambda root, args: cmd_serve(root, args.dev_addr))
