"""The tunable settings of alignment, one frozen record passed to compare() and never patched.

Every field says what it does and how its value was chosen: the figures are pairwise precision /
recall on the gold set (tests/compare/gold_alignments.yml), measured with

    .venv/bin/python -m tests.compare.evaluate --pipeline          # the chosen settings
    .venv/bin/python -m tests.compare.evaluate --pipeline --sweep  # a grid of them

A caller that wants other settings builds its own record:
`compare(dossier, cleaned, analysis, AlignmentOptions(link_threshold=0.10))`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class AlignmentOptions:
    """How sentences of different articles are linked into comparison rows (align.py).

    Dev-dossier figures in the notes below were measured on its gold as it stood then: two topics
    (the-night, the-attackers) until the four-topic gold of tests/compare/devdossier/gold.yml, whose
    figures are in test_devdossier.py."""

    # Link thresholds, calibrated with `python -m tests.compare.evaluate --pipeline --sweep` on the
    # gold set (pairwise precision / recall over the three topics):
    #   LINK 0.12, BEST 0.18, STRONG 0.40 (chosen)             -> 0.854 / 0.635
    #   BEST 0.16 -> 0.820 / 0.635;  BEST 0.22 -> 0.80 / 0.62;  no one-sided links -> 0.879 / 0.444
    #   LINK 0.10 or 0.16 -> same as 0.12 (mutual best matches rarely fall in between)
    # A mutual best match of two articles is a link from link_threshold on.
    link_threshold: float = 0.12
    # A one-sided best match (the best of one article in the other, not the other way round) is a
    # link from best_threshold on: a claim told in two sentences of one article (a paraphrase and
    # the quote it sums up) matches two sentences of the other.
    best_threshold: float = 0.18
    # Recall pass (issue 5), measured with `python -m tests.compare.evaluate --pipeline` (pairwise
    # precision / recall; 0.951 / 0.603 before it, 1.000 / 0.746 with all of it). Each line gives
    # the overall score with that one rule switched off, everything else on:
    # The second-best match of one article in the other is a link from runner_up_threshold on: an
    # article that tells a claim twice (a summary and the quote it sums up) has both sentences
    # matched. Off -> 1.000 / 0.683; 0.13 -> 0.957 / 0.698 and 0.12 -> 0.938 / 0.698 (joined two
    # ledes about the same meeting but different claims); 0.15 -> 0.976 / 0.635. Rank 3 = rank 2.
    runner_up_rank: int = 2
    runner_up_threshold: float = 0.14
    # The same speaker on the same event class with strong_anchor_actors other actors in common is a
    # link from strong_anchor_threshold on, whatever the ranks ("the king told the regent the raids
    # must be limited to the smugglers" ~ "the king said the raids should hit the smugglers
    # alone"); such links are also joined first. Off -> 0.979 / 0.730; 1 actor = 2 actors;
    # threshold 0.08 or lower -> 0.951 / 0.603 (chains of weak links merge rows).
    strong_anchor_actors: int = 2
    strong_anchor_threshold: float = 0.12
    # Two passages opening with the same body of a state (a ministry, an army command: an actor
    # affiliated to another) on the same event class link from organisation_threshold on: their
    # other words (what was hit, where) differ from outlet to outlet. Off -> 1.000 / 0.730; 0.06 and
    # over -> the same; 0.03 = 0.04.
    organisation_threshold: float = 0.04
    # Different sides doing the same event class ("the coalition has been targeting the militants" /
    # "Ruritania was targeting the same militants as the coalition") are two claims (_different_agents).
    # Off -> 0.906 / 0.746.
    different_agents: bool = True
    # A passage's subject is the first actor it names other than as a place ("signed a treaty to
    # work together in Syldavia" has none). Off -> 1.000 / 0.730.
    subject_not_place: bool = True
    # A sentence attributed back to the one before it ("he said", "the statement said") joins that
    # sentence's rows when the two share at least continuation_shared terms, actors aside (0: off):
    # a summary and the quote that follows it are one claim, though the quote's words rarely match the
    # other outlets' ("should hit the smugglers alone" / "not other groups"). Measured with
    # `python -m tests.compare.evaluate --pipeline` (P / R): off 1.000 / 0.762; 1 or 2 -> 1.000 /
    # 0.825; 3 -> 1.000 / 0.794. Hand-cut seeds, no analysis: off 0.930 / 0.556, 2 -> 0.913 / 0.587.
    continuation_shared: int = 2
    # Two sentences of one article sharing a number and an event class with a cosine from
    # restatement_threshold on tell the same figure twice (a lede and the report it sums up): a row
    # holding one holds the other (0: off). On the seeds one pair qualifies, at 0.238, and it is
    # right: off 1.000 / 0.825 -> 1.000 / 0.841 (0.01 .. 0.2 the same; 0.3 misses it). No wrong pair
    # shares a number and an event class, so the threshold is set under the one true pair with room.
    restatement_threshold: float = 0.2
    # A sentence packing two claims links through one clause to a row whose other passages it does not
    # resemble as a whole, so the merge check (merge_threshold) refuses it. Three rules, measured
    # together on one such sentence of the seeds ("The deal to X was the main gain of a tour to Y", Y
    # reported elsewhere): with all three, pipeline P / R 1.000 / 0.873 -> 1.000 / 0.921 (hand-cut
    # seeds 0.917 / 0.619 -> 0.904 / 0.667); with any one of them off, 1.000 / 0.873. The evidence is
    # that one sentence: each rule is a general construction of news prose, kept for that reason.
    # - A sentence opening with a participle phrase has it as a clause of its own (analyze/sentence_clauses.py
    #   _OPENING_PHRASE, always on since the analysis reads the clauses).
    # - A sentence's own subject before "is/was the/a ..." is a clause of its own (_COPULA, the same).
    # - A clause standing alone whose vetted link to a group is refused joins that group as a leaf
    #   when it shares attach_events event classes with the passage it links to (0: off). With 1 the
    #   pipeline scores 0.937 / 0.921 (a meeting lede joined a quote row); with 3, 1.000 / 0.873.
    #   Links already pass link_threshold; a further score threshold of 0.12 or 0.14 changes nothing,
    #   0.18 loses the gain.
    attach_events: int = 2
    # Any pair is a link from strong_threshold on (0.3 .. 0.6 give the same scores on the gold set).
    strong_threshold: float = 0.40
    # Two groups of linked passages merge when the mean similarity of their members (from
    # different articles) reaches merge_threshold and none is under min_link. On the gold set:
    # 0.12 / 0.05 -> 0.854 / 0.635; 0.20 / 0.05 -> 0.838 / 0.476; 0 / 0 -> 0.830 / 0.619.
    merge_threshold: float = 0.12
    min_link: float = 0.05
    # Blocking: a sentence or clause is found through its blocking_terms heaviest terms.
    blocking_terms: int = 8
    # Candidates per sentence or clause: those sharing most blocking terms with it, at most
    # max_candidates. A term found in more than max_postings sentences and clauses is too common
    # to block on (the country every passage names); rarer terms find the copies of a claim.
    # Bounds the cost per passage whatever the topic size; the seeds' topics (about 150
    # sentences and clauses) never reach the bound, so the gold scores do not depend on it.
    max_candidates: int = 30
    max_postings: int = 300
    # Members of a group compared when deciding a merge: bounds the cost of large rows. Dev dossier
    # (`python -m tests.compare.devdossier.evaluate`, P / R): 4 -> 0.416 / 0.244; 6, 8 or 12 ->
    # 0.427 / 0.244 (a wider look refuses merges with rows whose later members differ); seeds
    # unchanged (1.000 / 0.921).
    representatives: int = 6
    # Two passages carrying one statement (the analysis' quote groups, analyze/group.py) report the
    # same quote even when the sentences around them differ: compare has no same-quote rule of its
    # own. Replacing rapidfuzz token_set_ratio >= 70 on the quoted words with the groups: dev dossier
    # (`python -m tests.compare.devdossier.evaluate`) P / R 0.355 / 0.240 -> 0.383 / 0.246; seeds
    # (`python -m tests.compare.evaluate --pipeline`) 1.000 / 0.921 unchanged.
    # Quoted spans shorter than this many characters are scare quotes, not quotes worth matching.
    min_quote_chars: int = 25
    # A link needs at least this many shared single terms (or the same quote): one or two shared
    # words ("talks", a capital city) make a high cosine between short clauses without making them
    # report the same thing. 2 -> 0.696 / 0.587; 3 -> 0.854 / 0.635; 4 -> 0.833 / 0.460.
    min_shared_terms: int = 3
    # A link without a shared number, date or quote needs anchor_actors shared actors and one
    # shared event class, or anchor_events shared event classes (the analysis' "=" terms, analyze/vocabulary.py PARAPHRASES).
    anchor_actors: int = 2
    anchor_events: int = 2
    # Measured on the gold set (`python -m tests.compare.evaluate --pipeline`, P / R):
    #   no anchor, no speaker rule 0.841 / 0.571; anchor only 0.917 / 0.508; both 0.943 / 0.508;
    #   anchor_events 1 0.857 / 0.556. Also tried: 3 shared words used by at most 2 passages per
    #   article as an anchor: 0.919 / 0.524, but it joined two sentences using "view" and "stand"
    #   in different senses.
    # ... or anchor_phrases shared pairs of neighbouring words, actors aside ("command post" +
    # "border province"): 2 -> 0.943 / 0.508; 3 -> 0.941 / 0.492; 1 -> 0.854 / 0.540 ("ready to cooperate").
    # The pairs of one name (words written with a capital in both passages, analyze's
    # SentenceTerms.names) count as one phrase: two reports of different things both name a person
    # or a restaurant of three words. Dev dossier (`python -m tests.compare.devdossier.evaluate`,
    # P / R): 0.804 / 0.170 (213/265) -> 0.826 / 0.170 (213/258), no right pair lost; seeds unchanged.
    # (Any chain of pairs as one phrase, names or not, lost 16 right pairs for 11 wrong ones: a
    # run of four common words is one claim's wording, not a name.)
    anchor_phrases: int = 2
    # ... or one shared person who is not a speaker, with one event class: 0.943 / 0.508 -> 0.946 /
    # 0.540 (any actor neither a state nor a speaker instead of a person also joined "aid the
    # struggle against the militants" with "cooperating ... to fight the militants").
    # ... or, from unanchored_link on (0: off), a score alone: two passages that share this much of
    # their weighed words (and min_shared_terms terms) report one thing though they share no number,
    # actor pair or event pair ("the mayor ordered a week of flags at half mast" ~ "the mayor ordered
    # flags at half mast for a week"). Off in a topic of
    # two or three articles: on the seeds (`python -m tests.compare.evaluate --pipeline`) 0.30 ->
    # 0.983 / 0.921 and 0.28 -> 0.967 / 0.921 (from 1.000 / 0.921); a wide topic sets it
    # (wide_topic_unanchored_link).
    unanchored_link: float = 0.0

    # ---- term weights (vectors.py)
    # Term weights relative to a word stem of the same rarity: actors and numbers are the anchors
    # that make two passages report the same thing; a pair of neighbouring terms ('+a>b') keeps a
    # little of who does what. Calibrated with the link thresholds of align.py on the gold set
    # (`python -m tests.compare.evaluate --pipeline`, pairwise precision / recall):
    #   PAIR 0.9 -> 0.854 / 0.635; 0.8 -> 0.788 / 0.635; 1.0 -> 0.825 / 0.508; 0 -> 0.487 / 0.587
    #   ACTOR 1.0 -> 0.854 / 0.635; 0.8 -> 0.851 / 0.619; 1.2 -> 0.750 / 0.603
    # The gold set is small (63 pairs): one row more or less moves a figure by 0.02 to 0.05.
    actor_weight: float = 1.0
    number_weight: float = 2.0
    date_weight: float = 2.0
    pair_weight: float = 0.9
    # What most articles of a topic say is the topic, not a fact that tells two passages apart: its
    # place, its main actor, its death toll. A term found in more than topic_share of the topic's
    # articles loses weight in proportion (none at all when every article has it); topics of fewer
    # than topic_min_articles articles are left as they are (two or three articles that share a
    # term share it by what they report). Measured on the dev dossier's gold
    # (`python -m tests.compare.devdossier.evaluate`, P / R): off 0.326 / 0.267; share 0.5 ->
    # 0.361 / 0.250; 0.3 -> 0.374 / 0.223; 0.7 -> 0.349 / 0.255. The seeds' topics (two or three
    # articles) are unchanged.
    topic_share: float = 0.5
    # Figures and dates are the topic's background sooner than words: the death toll, the day of
    # the attack, a suspect's age, told by two articles in ten, glue reports of different moments.
    # A number or date term loses weight as soon as more than number_topic_share of the topic's
    # articles carry it, by the same slope. Dev dossier (P / R): 0.5 (as words) 0.383 / 0.246; 0.3
    # 0.383 / 0.246; 0.2 0.401 / 0.244; 0.1 0.413 / 0.244; 0 0.417 / 0.246. Seeds unchanged (their
    # topics are under topic_min_articles). Tuned on the dev gold's two topics only: no held-out
    # topic confirms it yet.
    number_topic_share: float = 0.0
    topic_min_articles: int = 4
    # In a topic of topic_min_articles articles or more, every article reports the same event from
    # its own angle: two sentences about different moments of it share its background words, so a
    # best match between two of its articles is often no match at all. There a link needs a score of
    # wide_topic_link whatever its rank (the thresholds above are raised to it) and
    # wide_topic_shared_terms shared terms; two passages carrying one statement still link. Topics of
    # two or three articles keep the thresholds above (the seeds: unchanged, 1.000 / 0.921). Dev
    # dossier (`python -m tests.compare.devdossier.evaluate`, P / R overall; the-night;
    # the-attackers), on its two topics with gold:
    #   off                    0.427 / 0.244; 0.622 / 0.279; 0.304 / 0.210
    #   0.20 and 4 (chosen)    0.543 / 0.216; 0.718 / 0.248; 0.412 / 0.186
    #   0.20 and 5             0.562 / 0.196; 0.703 / 0.223; 0.448 / 0.171
    #   0.25 and 4             0.526 / 0.173;   0.30 and 4  0.525 / 0.148
    #   0.35 and 4             0.582 / 0.138; 0.739 / 0.160; 0.452 / 0.116
    #   best and runner-up 0.30, mutual best 0.20, strong anchors as before, 3 terms: 0.475 / 0.221
    # Precision comes first (a wrong row misleads, a missing one does not), but past 0.20 most of
    # what is lost is right pairs: the wrong pairs left come from quote groups and from sentences
    # joined to their row by the rules of align.py step 4, not from weak links.
    wide_topic_link: float = 0.20
    wide_topic_shared_terms: int = 4
    # A wide topic's sentences carry more of its background among their heaviest terms, so that a
    # passage finds the other articles' versions through more of them: blocking_terms is raised to
    # wide_topic_blocking_terms there. With the floors above: 8 -> 0.543 / 0.216; 12 -> 0.550 / 0.223;
    # 16 -> 0.546 / 0.219; 24 or all -> 0.538 / 0.219. (12 everywhere costs the seeds a wrong pair:
    # 1.000 / 0.921 -> 0.983 / 0.921; hence only for wide topics.)
    wide_topic_blocking_terms: int = 12
    # A sentence joined to its row as the continuation of the one before ("he said", step 4 of
    # align.py) is never compared with the row's other articles: in a wide topic the rule joins
    # more wrong sentences than right ones. With the settings above: kept 0.550 / 0.223 (the-night
    # 0.723 / 0.254); off 0.569 / 0.218 (0.743 / 0.245); 3 shared terms 0.557 / 0.218.
    wide_topic_continuations: bool = False
    # Likewise a restatement (restatement_threshold): in a wide topic one article tells the topic's
    # figures (its toll, its count of suspects) about several moments, and the rule joined two wrong
    # pairs and no right one to the dev dossier's rows (`python -m tests.compare.devdossier.evaluate`,
    # P 0.849 (213/251) -> 0.855 (213/249), R unchanged). Seeds: narrow topics, unchanged.
    wide_topic_restatements: bool = False
    # A passage with a failure cue ("failed to", "denied") is checked against unaligned passages
    # of other articles whose single terms (vectors.single_terms) have a cosine of
    # contradiction_similarity with its own (contradictions.py); the lowest similarity of a
    # gold-aligned pair that holds a contradiction on the seeds is 0.18.
    contradiction_similarity: float = 0.15
    # In a wide topic, wide_topic_contradiction_similarity: the dev dossier's three contradictions
    # at 0.15, read one by one, were all wrong (a fugitive who "dared not give himself up" against
    # a call "to take the fight to IS"...) and made "Outlets disagree" rows; 0.20 leaves two of
    # them, 0.30 none (P / R 0.569 / 0.218 -> 0.578 / 0.218). Seeds: narrow topics, unchanged.
    wide_topic_contradiction_similarity: float = 0.30
    # A wide topic's links that pass every check but the anchor (anchors.anchored): counted by score
    # band on the dev dossier's gold (sentence or clause pairs), those from 0.30 on were 26 right and
    # 2 wrong, those under it 37 right and 16 wrong. From wide_topic_unanchored_link on, a score is its own anchor there
    # (unanchored_link); and since such links also join rows, groups merge there from a mean
    # similarity of wide_topic_merge_threshold (merge_threshold): background words make the
    # members of two groups of a wide topic look alike. Dev dossier
    # (`python -m tests.compare.devdossier.evaluate`, P / R overall), from 0.798 / 0.161 (off; merge 0.12):
    #   unanchored 0.25 0.779 / 0.174; 0.28 0.799 / 0.172; 0.30 0.798 / 0.168; 0.35 0.794 / 0.163
    #   merge 0.15 alone 0.802 / 0.159
    #   unanchored 0.26 and merge 0.15 0.788 / 0.172; 0.26 and 0.17 0.801 / 0.167
    #   0.28 and 0.13 0.799 / 0.172; 0.28 and 0.15 (chosen) 0.804 / 0.170; 0.28 and 0.17 0.809 / 0.165
    #   0.30 and 0.15 0.803 / 0.166; 0.30 and 0.17 0.808 / 0.161
    # A small gain (about ten right pairs of 1,250 and a few wrong ones fewer), tuned on the dev
    # gold's four topics, the only wide topics with gold: no held-out topic confirms it yet. Seeds
    # unchanged (narrow topics). Sentence embeddings (all-MiniLM-L6-v2) were measured against the
    # same gold as an alternative (issue 14, session 22): not part of the project.
    wide_topic_unanchored_link: float = 0.28
    wide_topic_merge_threshold: float = 0.15

    def for_topic(self, articles: int) -> AlignmentOptions:
        """The settings for a topic of this many articles: from topic_min_articles articles on, the
        link floors raised (wide_topic_link, wide_topic_shared_terms), more blocking terms, no
        continuations unless wide_topic_continuations, no restatements unless
        wide_topic_restatements, contradictions sought among closer
        passages (wide_topic_contradiction_similarity), a high score as an anchor of its own
        (wide_topic_unanchored_link) and a higher merge floor (wide_topic_merge_threshold)."""
        if articles < self.topic_min_articles:
            return self
        floor = self.wide_topic_link
        return replace(
            self,
            link_threshold=max(self.link_threshold, floor),
            best_threshold=max(self.best_threshold, floor),
            runner_up_threshold=max(self.runner_up_threshold, floor),
            strong_anchor_threshold=max(self.strong_anchor_threshold, floor),
            organisation_threshold=max(self.organisation_threshold, floor),
            min_shared_terms=max(self.min_shared_terms, self.wide_topic_shared_terms),
            blocking_terms=max(self.blocking_terms, self.wide_topic_blocking_terms),
            continuation_shared=self.continuation_shared if self.wide_topic_continuations else 0,
            restatement_threshold=self.restatement_threshold if self.wide_topic_restatements else 0.0,
            contradiction_similarity=max(
                self.contradiction_similarity, self.wide_topic_contradiction_similarity
            ),
            unanchored_link=max(self.unanchored_link, self.wide_topic_unanchored_link),
            merge_threshold=max(self.merge_threshold, self.wide_topic_merge_threshold),
        )


#: The settings the gold figures in the notes above were measured with.
DEFAULT_ALIGNMENT = AlignmentOptions()
