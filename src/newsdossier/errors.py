"""Errors that reach the user as messages, never as tracebacks."""

from __future__ import annotations

from .records import Problem


class DossierError(Exception):
    """The dossier cannot be built; carries every problem found, each naming file, line and key."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__(self.report())

    def report(self) -> str:
        errors = [p for p in self.problems if p.severity == "error"]
        lines = [f"{len(errors)} problem{'s' if len(errors) != 1 else ''} in the dossier:"]
        lines += [f"  {p}" for p in errors]
        return "\n".join(lines)
