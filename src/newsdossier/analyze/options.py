"""The tunable settings of quotation finding and attribution, one frozen record passed to
analyze() and never patched.

Every field says what it bounds and how its value was chosen. Speaker accuracy is measured on
the development set beside the repository (../shared/quotebench-dev, real US news of 2016 with
gold speakers) with

    .venv/bin/python ../shared/quotebench-dev/run.py . --split dev

and the invented class sentences of tests/analyze/fixtures/attribution_classes.yml must all
pass. A caller that wants other settings builds its own record:
`analyze(dossier, cleaned, AttributionOptions(pronoun_lookback=2))`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributionOptions:
    """How far attribution reads around a quotation and a speech verb (attribution.py, cues.py,
    verb_subjects.py, subjects.py, people.py), and what counts as a quotation (marks.py, quotes.py)."""

    # How far from a verb its subject is looked for, in characters. The longest subject with its
    # description in the quotebench dev texts ("Jane Doe, the chief executive of ..., which ...,")
    # is about 250 characters; 600 leaves room and bounds the work on a sentence without end
    # (a 2 MB paragraph stays linear).
    clause_window: int = 600
    # After `"…?" she asked` a few words may follow ("in a statement on Friday"); a longer clause
    # after the verb ("Doe said it would ...") makes the verb a new sentence's.
    attribution_tail_max_words: int = 6
    # How many words may stand between a closing quote mark and its speech verb
    # (`," the French foreign ministry said`): longer gaps are a new clause.
    after_quote_max_gap_words: int = 6
    # A gap ending in a name may be this long: "lead researcher and planetary scientist Jane Doe".
    titled_gap_max_words: int = 12
    # A description between commas after a name (", a fellow at ..., and co-author of the
    # study,") may be this long; the longest in the calibration texts has 22 words.
    appositive_max_words: int = 30
    # An inverted subject ("said defence ministry spokesman Jane Doe in a statement") is read
    # this far after its verb, not counting its affiliation ("of the Institute in Austin").
    inverted_subject_max_words: int = 10
    # The words after an inverted verb are its subject when, before an affiliation, they are at
    # most this many ("said the party's longtime state chairman Jane Q. Doe" has 8); longer, they
    # are its object. Quotebench dev (speakers right of 542): 6 -> 478, 8 -> 477, 10 -> 477; 8 is
    # kept for the titled names of the example above, which 6 cuts.
    inverted_head_max_words: int = 8
    # A description opened by a comma after a name and not closed before the verb ("Jane Doe, who
    # is chairman of Acme said") has at most this many words; the longest such case seen in the
    # quotebench texts has 9; longer, the words are more likely a clause of their own.
    unclosed_description_max_words: int = 12
    # An introductory phrase before a sentence's subject ("In Berlin on Friday, ...") has at most
    # this many words; a longer first clause is the sentence itself. Quotebench dev: 8 -> 476,
    # 12 -> 477, 16 -> 477.
    intro_max_words: int = 12
    # How many recent people a pronoun may reach back to when the last one's pronoun differs.
    # Quotebench dev: 2, 3 and 4 all give 477 of 542; 3 is one step past the usual two people.
    pronoun_lookback: int = 3
    # A speaker neither quoted nor a subject for this many sentences yields, for a pronoun, to a
    # person of that pronoun named in the sentence before (people.py `_moved_on`).
    # Quotebench --split all (speakers right of 5986): 1 -> 5403, 2 -> 5403, 3 -> 5395; without
    # the rule 5372. 2 fires less often than 1 for the same score.
    pronoun_lapse: int = 2
    # How many people named lately (not only speakers) a pronoun may fall back to.
    mention_memory: int = 4
    # A quotation of at most this many words, without the shape of a sentence, is a fragment: a
    # scare quote or a borrowed phrase ("proxy war", "rubbish"). Calibrated on the seeds: every
    # such phrase there has 1-3 words, while the shortest quoted clause that carries a claim ("to
    # prop up the regime") has 4 or more.
    fragment_max_words: int = 3
    # A single-quoted span longer than this is more likely two apostrophes than a quotation.
    single_quote_max_chars: int = 300


DEFAULT_ATTRIBUTION = AttributionOptions()
