"""The whole dossier's size budget (load/budget.py): the file that passes it is named, once."""

from __future__ import annotations

from newsdossier.load.budget import MAX_DOSSIER_CHARS, DossierBudget


def test_the_file_that_passes_the_budget_is_reported_once():
    budget = DossierBudget()
    assert budget.spend("dossier/actors.yml", MAX_DOSSIER_CHARS - 10) is None
    assert budget.spend("seeds/a.txt", 10) is None  # exactly the budget is within it
    problem = budget.spend("seeds/b.txt", 1)
    assert problem is not None and problem.origin.file == "seeds/b.txt"
    assert f"{MAX_DOSSIER_CHARS + 1:,}" in problem.message and "split the dossier" in problem.message
    assert budget.exceeded and budget.spend("seeds/c.txt", 5) is None
    assert budget.used == MAX_DOSSIER_CHARS + 6
