"""The whole dossier's size budget: every file has its own limit, and so has their sum.

Each YAML file is bounded as written (2 MB) and once its aliases are expanded (4 million
characters), each seed at 5 MB; a thousand files each within their limits would still make
gigabytes of pages. The text the later stages copy (YAML with aliases expanded, and seeds) is
therefore counted as files are read, and reading stops at the file that passes the budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Origin, Problem

# A large real dossier (1,000 articles of 20 KB, a 300 KB actors.yml) holds about 25 million
# characters; the pages, search index and exports built from it are ~10 times that. 100 million
# leaves four times the room while keeping a build within a few GB of memory.
MAX_DOSSIER_CHARS = 100_000_000


@dataclass
class DossierBudget:
    used: int = 0
    exceeded: bool = False

    def spend(self, rel: str, chars: int) -> Problem | None:
        """Count `chars` more characters read from `rel`; the problem when they pass the budget
        (reported once, for the file that passes it)."""
        self.used += chars
        if self.exceeded or self.used <= MAX_DOSSIER_CHARS:
            return None
        self.exceeded = True
        return Problem(
            Origin(rel),
            f"Expected a dossier of at most {MAX_DOSSIER_CHARS:,} characters of text (YAML with aliases "
            f"expanded, and seeds) but received {self.used:,} with this file; the files after it are not "
            "read (split the dossier in two)",
        )
