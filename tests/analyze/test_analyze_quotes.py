"""Quotations and their speakers, one attribution pattern per test, on text of our own."""

from __future__ import annotations

from analyze_support import run, speakers

from newsdossier.analyze.quotes import FRAGMENT_MAX_WORDS
from newsdossier.records import Actor


def test_quote_then_name_and_verb():
    analysis = run("“We will not give up the talks,” Becker said on Monday.")
    (quote,) = analysis.quotes
    assert quote.text == "We will not give up the talks"
    assert quote.speaker == "tom-becker"
    assert quote.speaker_text == "Becker"
    assert quote.cue == "said"
    assert not quote.fragment


def test_inverted_verb_and_name():
    analysis = run("“The ceasefire is holding for now,” said Maria Lopez, a senior diplomat.")
    assert speakers(analysis) == [("The ceasefire is holding for now", "maria-lopez")]


def test_told_reporters_with_colon():
    analysis = run("Schmidt told reporters: “Nobody wants a longer war. We want a deal.”")
    (quote,) = analysis.quotes
    assert quote.speaker == "anna-schmidt"
    assert quote.cue == "told reporters"
    assert quote.text == "Nobody wants a longer war. We want a deal."


def test_pronoun_goes_to_the_last_person_named_as_speaker():
    analysis = run(
        "Tom Becker said the convoy had reached the border.",
        "He added, “The drivers are safe and the food is on its way.”",
        "“We expect more trucks tomorrow,” she added, after Anna Schmidt spoke to the crowd.",
    )
    assert speakers(analysis)[0] == ("The drivers are safe and the food is on its way.", "tom-becker")


def test_she_added_after_a_quote_by_her():
    analysis = run(
        "Foreign Minister Anna Schmidt, who met Becker on Friday, said the talks “went on for hours.”",
        "“We also agreed to meet again before the end of the month,” she added.",
    )
    assert speakers(analysis) == [
        ("went on for hours.", "anna-schmidt"),
        ("We also agreed to meet again before the end of the month", "anna-schmidt"),
    ]


def test_appositive_spokesman_before_the_verb():
    analysis = run(
        "Her spokesman, Omar al-Rashid, said the ministers “spoke frankly about the refugees,” and then left."
    )
    assert speakers(analysis) == [("spoke frankly about the refugees", "omar-al-rashid")]


def test_inverted_verb_with_middle_initial_and_unknown_person():
    analysis = run(
        "The two sides have very different “negotiating styles,” agreed Peter K. Novak, a historian."
    )
    (quote,) = analysis.quotes
    assert quote.speaker is None
    assert quote.speaker_text == "Peter K. Novak"
    assert quote.fragment


def test_verb_after_a_partial_quote_wins_over_a_verb_before_it():
    analysis = run(
        "Lopez repeated the government’s promise to talk “with all the parties concerned,” Becker added."
    )
    assert speakers(analysis) == [("with all the parties concerned", "tom-becker")]


def test_said_with_colon():
    analysis = run("After the meeting, Anna Schmidt said: “What matters now is the aid. That is all.”")
    assert speakers(analysis) == [("What matters now is the aid. That is all.", "anna-schmidt")]


def test_question_then_pronoun():
    analysis = run(
        "Becker told the assembly that the blockade was illegal.",
        "“If it looks like a siege and it starves like a siege, is it not a siege?” he asked.",
    )
    (quote,) = analysis.quotes
    assert quote.speaker == "tom-becker"
    assert quote.cue == "asked"


def test_quote_split_around_the_verb_keeps_the_speaker():
    analysis = run("“We came to listen,” Lopez said. “But we will not accept every condition.”")
    assert speakers(analysis) == [
        ("We came to listen", "maria-lopez"),
        ("But we will not accept every condition.", "maria-lopez"),
    ]


def test_quote_running_over_two_paragraphs():
    analysis = run(
        "“The first convoy left at dawn and reached the city by noon.",
        "“The second one is still waiting at the border,” Becker said.",
        "Nobody else commented.",
    )
    (quote,) = analysis.quotes
    assert quote.paragraph == 0
    assert quote.paragraphs == (0, 1)
    assert quote.speaker == "tom-becker"
    assert quote.text.startswith("The first convoy left at dawn")
    assert quote.text.endswith("still waiting at the border")


def test_unclosed_quote_without_a_following_quote_is_not_listed():
    analysis = run("He wrote “the war is over and nothing", "More text here.")
    assert analysis.quotes == ()


def test_straight_quotes_and_apostrophes():
    analysis = run("Ruritania's envoy isn't hopeful. Becker said \"it's too early to talk about peace\".")
    assert speakers(analysis) == [("it's too early to talk about peace", "tom-becker")]


def test_apostrophes_are_not_quotes():
    analysis = run("Ruritania’s army and the League’s forces haven’t moved since the rebels’ retreat.")
    assert analysis.quotes == ()


def test_single_quoted_speech():
    analysis = run("‘We are ready to talk,’ Schmidt said on Sunday.")
    assert speakers(analysis) == [("We are ready to talk", "anna-schmidt")]


def test_body_statement_gets_no_person():
    analysis = run(
        "Tom Becker met the envoys on Friday.",
        "“We are deeply concerned by the attacks on civilians,” the statement said.",
    )
    (quote,) = analysis.quotes
    assert quote.speaker is None
    assert quote.speaker_text == "the statement"


def test_state_as_speaker_gets_the_state_actor():
    analysis = run("Relations soured on Tuesday and Strelsau has warned of “grave consequences” for trade.")
    (quote,) = analysis.quotes
    assert quote.speaker == "ruritania"
    assert quote.fragment


def test_joint_statement_in_subject_gets_no_member_state():
    analysis = run(
        "A joint statement by Ruritania, the Eastern League and Anna Schmidt’s party warned that the "
        "blockade would “only make the suffering worse.”"
    )
    (quote,) = analysis.quotes
    assert quote.speaker is None


def test_participle_takes_the_subject_of_the_sentence():
    analysis = run(
        "Becker accused the rebels of using “starvation as a weapon”, saying their real aim was “to break the city”."
    )
    assert speakers(analysis) == [
        ("starvation as a weapon", "tom-becker"),
        ("to break the city", "tom-becker"),
    ]


def test_two_speakers_in_one_sentence():
    analysis = run(
        "Lopez yesterday said the plan “has no future in this form,” while Becker called it a “fair start” "
        "and said “the details can still change.”"
    )
    assert speakers(analysis) == [
        ("has no future in this form", "maria-lopez"),
        ("fair start", "tom-becker"),
        ("the details can still change.", "tom-becker"),
    ]


def test_plural_subject_keeps_every_speaker():
    analysis = run(
        "On Thursday both Lopez and Becker stressed the “urgent need for a corridor to the coast”."
    )
    (quote,) = analysis.quotes
    assert quote.speakers == ("maria-lopez", "tom-becker")
    assert quote.speaker == "maria-lopez"


def test_according_to():
    analysis = run(
        "The talks will resume next week, according to Anna Schmidt, “if both sides keep their word.”"
    )
    assert speakers(analysis) == [("if both sides keep their word.", "anna-schmidt")]


def test_no_verb_falls_back_to_the_subject_of_the_sentence():
    analysis = run(
        "In contrast, Omar al-Rashid, in talks with Lopez, offered only “a plan for a plan” to the envoys."
    )
    assert speakers(analysis) == [("a plan for a plan", "omar-al-rashid")]


def test_fragments_are_short():
    analysis = run("Becker dismissed the report as “nonsense” and called the vote a “stolen election”.")
    assert [q.fragment for q in analysis.quotes] == [True, True]
    assert all(len(q.text.split()) <= FRAGMENT_MAX_WORDS for q in analysis.quotes)


def test_quoted_heading_is_not_a_quote():
    analysis = run("‘A stolen election’", "Becker called the vote a “stolen election”.")
    assert [q.text for q in analysis.quotes] == ["stolen election"]


def test_subheads_carry_no_quotes():
    analysis = run("“Nonsense,” he said", "The talks went on.", subheads=("“Nonsense,” he said",))
    assert analysis.quotes == ()


def test_quote_ids_are_stable_and_in_text_order():
    paragraphs = ("“One,” Becker said. “Two.”", "Lopez called it “three”.")
    first, second = run(*paragraphs, article_id="art"), run(*paragraphs, article_id="art")
    assert [q.id for q in first.quotes] == ["art-q1", "art-q2", "art-q3"]
    assert first.quotes == second.quotes


def test_person_without_actor_keeps_the_name_and_no_id():
    analysis = run("“It will take years,” said Alex Doe, an analyst with a consultancy.")
    (quote,) = analysis.quotes
    assert quote.speaker is None
    assert quote.speaker_text == "Alex Doe"


def test_title_before_unknown_name_is_dropped():
    analysis = run("Turkish Foreign Minister Ali Veli said he felt “serious concern over the strikes”.")
    (quote,) = analysis.quotes
    assert quote.speaker is None
    assert quote.speaker_text == "Ali Veli"


def test_name_with_description_between_quote_and_verb():
    analysis = run("Becker spoke first.", "“We will come back next week,” Lopez, the foreign minister, said.")
    assert speakers(analysis) == [("We will come back next week", "maria-lopez")]


def test_age_between_commas_is_not_the_subject():
    analysis = run("Becker, 54, said “the talks are over for this year.”")
    assert speakers(analysis) == [("the talks are over for this year.", "tom-becker")]


def test_possessive_description_is_not_the_person():
    analysis = run("Schmidt’s deputy said “nothing has been decided yet about the troops.”")
    (quote,) = analysis.quotes
    assert quote.speaker is None
    assert quote.speaker_text == "Schmidt’s deputy"


def test_nested_single_quotes_stay_inside():
    analysis = run("“He told me ‘never again’ and I believed him,” Lopez said.")
    assert speakers(analysis) == [("He told me ‘never again’ and I believed him", "maria-lopez")]


def test_question_with_inverted_verb_and_its_follow_up():
    analysis = run("“Why now?” asked Becker. “Why not last year?”")
    assert speakers(analysis) == [("Why now?", "tom-becker"), ("Why not last year?", "tom-becker")]
    assert [q.fragment for q in analysis.quotes] == [False, False]


def test_short_statement_is_not_a_fragment_but_a_scare_quote_is():
    analysis = run("“It’s over,” Schmidt told The New York Times on Monday. Becker called it “nonsense”.")
    first, second = analysis.quotes
    assert (first.fragment, first.cue) == (False, "told The New York Times")
    assert second.fragment


def test_quote_over_three_paragraphs():
    analysis = run(
        '"First paragraph of the statement.',
        '"Second paragraph goes on.',
        '"Third and last," Becker said in a statement.',
    )
    (quote,) = analysis.quotes
    assert quote.paragraphs == (0, 1, 2)
    assert quote.text == "First paragraph of the statement. Second paragraph goes on. Third and last"
    assert quote.speaker == "tom-becker"


def test_passive_description_names_nobody():
    analysis = run("The ‘peace plan’ was called ‘dead on arrival’ by critics, Becker’s aides said.")
    assert [(q.text, q.speaker) for q in analysis.quotes] == [("peace plan", None), ("dead on arrival", None)]


def test_inches_and_feet_are_not_quotes():
    analysis = run('He said 5\'10" was tall. The 12" pizza was "huge," Becker said.')
    assert speakers(analysis) == [("huge", "tom-becker")]


def test_long_description_between_commas_after_the_name():
    analysis = run(
        "“Experiments of this kind work when you get out more than you put in,” Jana Novak, a fellow at "
        "the Institute for Physics in Turin, Piedmont, and co-author of the study, said in a statement."
    )
    (quote,) = analysis.quotes
    assert (quote.speaker, quote.speaker_text) == (None, "Jana Novak")


def test_long_title_before_the_name_after_the_quote():
    analysis = run(
        "“We have found the next best thing,” lead researcher and planetary scientist Omar al-Rashid said."
    )
    assert speakers(analysis) == [("We have found the next best thing", "omar-al-rashid")]


def test_titles_and_company_possessives_are_not_part_of_the_name():
    analysis = run(
        "“Buyers are cautious,” Acme Motors President Jana Novak said.",
        "“Rides to the Moon are cheaper now,” Acme's Petr Dvorak said.",
        "“Our results reflect growth,” said CEO Ivo Mraz in the company’s news release.",
    )
    assert [q.speaker_text for q in analysis.quotes] == ["Jana Novak", "Petr Dvorak", "Ivo Mraz"]


def test_a_surname_named_in_full_before_is_a_person_for_pronouns():
    analysis = run(
        "Host Jana Novak welcomed Petr Dvorak on stage.",
        "Novak said the event was a success.",
        "“I run my business on my phone,” she told Dvorak.",
    )
    (quote,) = analysis.quotes
    assert (quote.speaker, quote.speaker_text, quote.cue) == (None, "Novak", "told Dvorak")


def test_told_keeps_only_the_audience_as_cue():
    analysis = run("Becker told lawmakers it was his “duty” to report the call.")
    (quote,) = analysis.quotes
    assert (quote.speaker, quote.cue) == ("tom-becker", "told lawmakers")


def test_object_after_a_participle_is_not_the_speaker():
    analysis = run(
        "“We all miss her so much,” Lopez weighed in, telling Becker, “you have been so true to her.”"
    )
    assert speakers(analysis) == [
        ("We all miss her so much", "maria-lopez"),
        ("you have been so true to her.", "maria-lopez"),
    ]


def test_apostrophes_at_word_edges_are_not_single_quotes():
    analysis = run("Fans of rock ’n’ roll in the ’90s saw the rebels’ retreat and the soldiers' return.")
    assert analysis.quotes == ()
    analysis = run("‘The rebels’ guns are silent now,’ Becker said.")
    assert speakers(analysis) == [("The rebels’ guns are silent now", "tom-becker")]


def test_pronoun_skips_a_person_whose_bio_uses_the_other_pronoun():
    actors = (
        Actor("anna-schmidt", "Anna Schmidt", "person", bio="She leads the party. Her term ends soon."),
        Actor("tom-becker", "Tom Becker", "person", bio="He chairs the committee; his report is due."),
    )
    analysis = run(
        "Schmidt said the talks were over.",
        "Becker said he would stay.",
        "“We will meet again in spring,” she added.",
        actors=actors,
    )
    assert speakers(analysis) == [("We will meet again in spring", "anna-schmidt")]


def test_with_name_and_ing_verb_gives_the_quote_to_that_name():
    analysis = run(
        "The border row dominated the press conference, with Becker dismissing as “nonsense” the claims of the other side."
    )
    assert speakers(analysis) == [("nonsense", "tom-becker")]


def test_with_an_unknown_phrase_and_ing_verb_names_nobody():
    analysis = run(
        "The border row dominated the press conference, with the visiting delegation dismissing as “nonsense” the claims."
    )
    assert speakers(analysis) == [("nonsense", None)]


def test_a_quote_carries_where_its_parts_stand_marks_included():
    first = '"We will rebuild the bridge before the winter comes,'
    second = '"and nobody will be left without a road," the mayor said.'
    found = run(f"The council met. {first}", second).quotes
    assert len(found) == 1
    paragraphs = [f"The council met. {first}", second]
    parts = [paragraphs[p][start:end] for p, start, end in found[0].spans]
    assert parts == [first, '"and nobody will be left without a road,"']
