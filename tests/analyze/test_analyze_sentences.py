"""The one sentence splitter (analyze/sentences.py) and the sentence records of the analysis."""

from analyze_support import seed_corpus_data

from newsdossier.analyze import sentences_only
from newsdossier.analyze.sentences import reading_spans, sentence_spans
from newsdossier.records import Quote


def split_sentences(text: str) -> list[str]:
    return [" ".join(text[start:end].split()) for start, end in reading_spans(text)]


def test_split_keeps_abbreviations_initials_and_ellipses():
    text = (
        "Allies in a U.S.-led coalition met Mr. Putin. Gen.-Maj. Igor Petrov said a post in ... "
        "Hama province was hit. Rex J. Brynen agreed with the view."
    )
    assert split_sentences(text) == [
        "Allies in a U.S.-led coalition met Mr. Putin.",
        "Gen.-Maj. Igor Petrov said a post in ... Hama province was hit.",
        "Rex J. Brynen agreed with the view.",
    ]


def test_split_never_inside_a_quotation_and_short_tails_join():
    """A quote of two sentences stays one passage, so no passage starts mid-quote."""
    text = '"We agreed to strike only terrorists. We will exchange information," he said. That\'s clear.'
    assert split_sentences(text) == [
        '"We agreed to strike only terrorists. We will exchange information," he said. That\'s clear.',
    ]
    text = (
        "\u201cWe agreed. We will exchange the lists,\u201d the minister said. Then the king left the palace."
    )
    assert split_sentences(text) == [
        "\u201cWe agreed. We will exchange the lists,\u201d the minister said.",
        "Then the king left the palace.",
    ]


def test_sentences_are_spans_of_body_paragraphs_with_stable_ids():
    _, cleaned = seed_corpus_data()
    analysis = sentences_only(cleaned)
    for article in cleaned.values():
        sentences = analysis.sentences_of(article.article_id)
        assert len(sentences) > len(article.paragraphs) / 2
        for sentence in sentences:
            paragraph = article.paragraphs[sentence.paragraph]
            assert paragraph.kind == "body"
            assert sentence.text == " ".join(paragraph.text[sentence.start : sentence.end].split())
            assert sentence.id == f"{article.article_id}-p{sentence.paragraph}-s{sentence.index}"
    assert len({s.id for s in analysis.sentences}) == len(analysis.sentences)


def test_every_sentence_end_is_found_for_the_quote_finder():
    """On a masked paragraph (a quotation is one placeholder) every sentence end counts."""
    text = "He spoke. \ue000 he said. Mr. Smith left at 5 p.m. on Friday. Then it rained."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "He spoke.",
        "\ue000 he said.",
        "Mr. Smith left at 5 p.m. on Friday.",
        "Then it rained.",
    ]


def test_a_quote_knows_the_sentences_that_carry_it():
    from newsdossier.analyze.sentences import article_sentences, quote_sentences
    from newsdossier.records import CleanArticle, Paragraph, TextMetadata

    text = (
        "The talks ended late in the evening. "
        '"We will share the lists with our allies now," the minister said. The rain fell all night.'
    )
    clean = CleanArticle("a", (Paragraph("body", text),), TextMetadata(), ())
    sentences = article_sentences(clean)
    quote = Quote("a-q1", "a", 0, "We will share the lists with our allies now,", "x")
    assert quote_sentences(quote, sentences) == ("a-p0-s1",)
