"""Per-article editorial decisions from the YAML: cleaning overrides and corrections.

Both are applied after the general rules and always leave a trace: an override's removals
are RemovedSpans with an "editor override" reason, and every correction becomes an
AppliedCorrection naming the paragraphs it changed. Markers or `find` texts that match
nothing change nothing and are returned as "unmatched" (the override's name and text), so
that `dossier check` and the build can report them (see clean_article_checked in the package).
"""

from __future__ import annotations

from ..records import AppliedCorrection, CleaningOverrides, Correction, Paragraph
from .lines import Line


def _kept(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.kind != "removed"]


def apply_overrides(
    lines: list[Line], overrides: CleaningOverrides
) -> tuple[list[str], list[tuple[str, str]]]:
    """Apply keep, cut_before, cut_after, drop and subheads to the line decisions, in that order.

    Returns (descriptions of the overrides used, (name, text) of those that matched nothing).
    """
    applied: list[str] = []
    unmatched: list[tuple[str, str]] = []
    for prefix in overrides.keep:
        _keep(lines, prefix, applied, unmatched)
    if overrides.cut_before:
        _cut(lines, overrides.cut_before, "before", applied, unmatched)
    if overrides.cut_after:
        _cut(lines, overrides.cut_after, "after", applied, unmatched)
    for text in overrides.drop:
        _drop(lines, text, applied, unmatched)
    for text in overrides.subheads:
        _subhead(lines, text, applied, unmatched)
    return applied, unmatched


def _keep(lines: list[Line], prefix: str, applied: list[str], unmatched: list[tuple[str, str]]) -> None:
    hits = [line for line in lines if line.kind == "removed" and line.text.startswith(prefix)]
    for line in hits:
        line.keep("body")
        line.meta = {}
    if hits:
        applied.append(f'kept {len(hits)} paragraph(s) starting "{prefix}" that the rules removed')
    elif not any(line.text.startswith(prefix) for line in _kept(lines)):
        unmatched.append(("keep", prefix))


def _drop(lines: list[Line], text: str, applied: list[str], unmatched: list[tuple[str, str]]) -> None:
    hits = [line for line in _kept(lines) if line.text.startswith(text)]
    for line in hits:
        line.drop("editor override: dropped paragraph", f'cleaning.drop: "{text}"')
    if hits:
        applied.append(f'dropped {len(hits)} paragraph(s) starting "{text}"')
    else:
        unmatched.append(("drop", text))


def _subhead(lines: list[Line], text: str, applied: list[str], unmatched: list[tuple[str, str]]) -> None:
    hits = [line for line in _kept(lines) if line.text.startswith(text)]
    for line in hits:
        line.kind = "subhead"
    if hits:
        applied.append(f'marked "{text}" as a subhead')
    else:
        unmatched.append(("subheads", text))


def apply_corrections(
    paragraphs: tuple[Paragraph, ...], corrections: tuple[Correction, ...]
) -> tuple[tuple[Paragraph, ...], tuple[AppliedCorrection, ...], list[Correction]]:
    """Replace every occurrence of each `find` in the paragraphs, in the YAML's order.

    Returns the corrected paragraphs, the corrections applied (with the paragraph indexes they
    changed) and the corrections whose `find` text occurs nowhere.
    """
    current = list(paragraphs)
    applied: list[AppliedCorrection] = []
    unmatched: list[Correction] = []
    for correction in corrections:
        if not correction.find:
            unmatched.append(correction)
            continue
        changed = tuple(i for i, p in enumerate(current) if correction.find in p.text)
        for i in changed:
            current[i] = Paragraph(
                current[i].kind, current[i].text.replace(correction.find, correction.replace)
            )
        if changed:
            applied.append(AppliedCorrection(correction.find, correction.replace, correction.note, changed))
        else:
            unmatched.append(correction)
    return tuple(current), tuple(applied), unmatched


def _cut(
    lines: list[Line], marker_text: str, side: str, applied: list[str], unmatched: list[tuple[str, str]]
) -> None:
    """Drop every kept paragraph before (or after) the one containing `marker_text`."""
    kept = _kept(lines)
    marker = next((i for i, line in enumerate(kept) if marker_text in line.text), None)
    if marker is None:
        unmatched.append((f"cut_{side}", marker_text))
        return
    cut = kept[:marker] if side == "before" else kept[marker + 1 :]
    for line in cut:
        line.drop(f"editor override: cut {side} marker", f'cleaning.cut_{side}: "{marker_text}"')
    applied.append(f'cut {len(cut)} paragraph(s) {side} "{marker_text}"')
