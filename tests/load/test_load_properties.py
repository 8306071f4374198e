"""Property-based tests (hypothesis): any YAML value in any field, any bytes as a seed, and
`dossier check` ends in exit 0 or 1 with messages, never a traceback, within bounded time and
memory. The properties run in a forked child under an address-space limit and an alarm, so a
case that explodes fails the test instead of taking the machine down."""

from __future__ import annotations

import contextlib
import io
import resource
import shutil
import signal
import tempfile
import time
import traceback
from multiprocessing import get_context
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdossier.cli.main import main as dossier_main

from .corpus import VALID

# Above what the test process already maps: the build of a tiny dossier needs a few tens of MB.
EXTRA_ADDRESS_SPACE = 500 << 20
# Per example (measured ~0.02 s for a YAML error, ~0.5 s for a full build on a quiet machine).
MAX_SECONDS_PER_EXAMPLE = 5.0
WHOLE_PROPERTY_SECONDS = 240

# (file, key) pairs whose value the YAML property replaces: every kind of field of the schema.
FIELDS = [
    ("dossier/dossier.yml", "title"),
    ("dossier/topics.yml", "topics"),
    ("dossier/topics.yml", "    date"),
    ("dossier/topics.yml", "      pins"),
    ("dossier/actors.yml", "    aliases"),
    ("dossier/outlets.yml", "    url"),
    ("dossier/events.yml", "    date"),
    ("dossier/articles/alpha.yml", "source"),
    ("dossier/articles/alpha.yml", "published"),
    ("dossier/articles/alpha.yml", "  status"),
    ("dossier/articles/alpha.yml", "topics"),
    ("dossier/articles/alpha.yml", "  cut_after"),
    ("dossier/articles/alpha.yml", "  drop"),
    ("dossier/articles/alpha.yml", "    find"),
    ("dossier/articles/beta.yml", "outlet"),
]

_plain = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.dates(),
    st.text(max_size=80),
)
_values = st.recursive(
    _plain,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
# Raw text too, for what no dumper writes: anchors, aliases, tags, broken syntax.
_RAW = ["&a x", "*a", "!!python/none", "[[[", "{a: *b}", "'", '"\\0"', "- - -", "? x", "<<: {}", "%TAG"]
_yaml_texts = st.one_of(
    _values.map(lambda value: yaml.safe_dump(value, default_flow_style=True, allow_unicode=True).strip()),
    st.sampled_from(_RAW),
    st.text(max_size=60),
)
_seed_bytes = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=3000).map(lambda t: t.encode("latin-1")),
)


def _project(directory: str) -> Path:
    root = Path(directory) / "project"
    shutil.copytree(VALID, root)
    return root


def _replace_value(root: Path, file: str, key: str, text: str) -> None:
    path = root / file
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines):
        if line.startswith(key + ":") or line.startswith(key.replace("  ", "- ", 1) + ":"):
            indent = line[: len(line) - len(line.lstrip())]
            lines[number] = f"{indent}{line.strip().split(':', 1)[0]}: {text}"
            break
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")


def _check(root: Path) -> None:
    """`dossier check`: exit 0 or 1, no traceback, within the time budget."""
    out, err = io.StringIO(), io.StringIO()
    started = time.process_time()  # CPU time: wall time on a shared machine is noise
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = dossier_main(["--root", str(root), "check"])
    elapsed = time.process_time() - started
    assert status in (0, 1), err.getvalue()
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert elapsed < MAX_SECONDS_PER_EXAMPLE, f"{elapsed:.1f} s"
    if status == 1:
        assert "problem" in err.getvalue(), err.getvalue()


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )


@_settings(60)
@given(field=st.sampled_from(FIELDS), text=_yaml_texts)
def _any_yaml_value_ends_in_a_verdict(field, text):
    with tempfile.TemporaryDirectory() as directory:
        root = _project(directory)
        _replace_value(root, *field, text)
        _check(root)


@_settings(25)
@given(data=_seed_bytes)
def _any_seed_bytes_end_in_a_verdict(data):
    with tempfile.TemporaryDirectory() as directory:
        root = _project(directory)
        (root / "seeds" / "beta.txt").write_bytes(data)
        _check(root)


def _limited(name: str) -> str:
    """Run the property `name` under the limits; "" or the failure's traceback."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    mapped = _mapped_bytes()
    limit = (
        mapped + EXTRA_ADDRESS_SPACE
        if hard == resource.RLIM_INFINITY
        else min(hard, mapped + EXTRA_ADDRESS_SPACE)
    )
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.alarm(WHOLE_PROPERTY_SECONDS)
    try:
        globals()[name]()
    except BaseException:  # noqa: BLE001 - reported to the parent as text
        return traceback.format_exc()
    return ""


def _mapped_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 1 << 30


def _run_in_child(name: str) -> str:
    with get_context("fork").Pool(1) as pool:
        return pool.apply(_limited, (name,))


def test_any_yaml_value_in_any_field_ends_in_exit_0_or_1_without_traceback():
    failure = _run_in_child("_any_yaml_value_ends_in_a_verdict")
    assert not failure, failure


def test_any_seed_bytes_end_in_exit_0_or_1_without_traceback():
    failure = _run_in_child("_any_seed_bytes_end_in_a_verdict")
    assert not failure, failure
