"""Indirect (reported) speech: the reported clause's extent, with the real spaCy model.

Sentences are our own. Each test names the shape it covers; the demo gold
(`newsreact evaluate quotes --gold tests/gold`) scores the same rules on whole articles.
"""

from __future__ import annotations

import pytest

from pipeline.extract.indirect import find_indirect
from pipeline.extract.nlp import load_nlp
from pipeline.extract.quotes import find_quote_spans


@pytest.fixture(scope="module")
def nlp():
    return load_nlp({"extract": {}})


def reported(nlp, text: str) -> list[tuple[list[str], str | None]]:
    doc = nlp(text)
    return [([text[a:b] for a, b in att.parts], att.speaker_text) for att in find_indirect(doc, find_quote_spans(text))]


def test_a_clause_without_that_is_reported(nlp):
    assert reported(nlp, "The inspector said the bridge needs new bearings before winter.") == [
        (["the bridge needs new bearings before winter"], "The inspector")]


def test_a_clause_after_a_phrase_of_time_is_reported(nlp):
    # the parser reads "after the meeting she would not accept …" as one adverbial clause
    text = "Ruiz said after the meeting she would not accept the council's offer if it were made."
    assert reported(nlp, text) == [(["she would not accept the council's offer if it were made"], "Ruiz")]


def test_an_adverbial_clause_of_the_cue_is_not_reported(nlp):
    text = "Ruiz said nothing after the meeting because she was tired."
    assert reported(nlp, text) == []


def test_a_coordinated_but_that_clause_belongs_to_the_report(nlp):
    text = "The mayor said the plan would work, but that it needed more money from the county."
    assert reported(nlp, text) == [(["the plan would work, but that it needed more money from the county"], "The mayor")]


def test_a_noun_phrase_closing_the_sentence_comments_on_the_report(nlp):
    text = ("Former drivers said the depot's scheduling software makes it easy to cancel a route within minutes, "
            "a feature meant for snow days.")
    [(parts, speaker)] = reported(nlp, text)
    assert parts[0].endswith("a feature meant for snow days") and speaker == "Former drivers"


@pytest.mark.parametrize("dep", ["npadvmod", "appos", "advcl"])
def test_a_closing_noun_phrase_the_parser_hangs_on_the_cue_is_still_reported(nlp, dep: str):
    """The model sometimes attaches the closing comment to the speech verb, not to the reported
    clause (as npadvmod, or advcl in longer texts; seen on the demo corpus): the parse is given
    here as the model produces it, on our own words."""
    from spacy.tokens import Doc

    words = ["Officials", "said", "the", "bridge", "will", "reopen", "in", "May", ",", "a", "relief", "for", "commuters", "."]
    spaces = [True] * 7 + [False, True, True, True, True, False, False]
    heads = [1, 1, 3, 5, 5, 1, 5, 6, 1, 10, 1, 10, 11, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "prep", "pobj", "punct", "det", dep, "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    [att] = find_indirect(doc, [])
    assert [doc.text[a:b] for a, b in att.parts] == ["the bridge will reopen in May, a relief for commuters"]
    assert att.speaker_text == "Officials"


def test_a_cue_set_off_by_commas_reports_the_words_after_it(nlp):
    text = "In the end, the spokesman added, nobody was hurt in the fire."
    assert reported(nlp, text) == [(["nobody was hurt in the fire"], "the spokesman")]


def test_a_cue_set_off_by_commas_keeps_the_subject_before_it(nlp):
    text = "The new timetable, she said, would cost the council more than expected."
    assert reported(nlp, text) == [(["The new timetable", "would cost the council more than expected"], "she")]


def test_a_comma_set_cue_inside_a_direct_quote_reports_nothing_new(nlp):
    text = "“The road is shut,” she said, “and it will stay shut until spring.”"
    assert reported(nlp, text) == []


def test_a_comma_set_cue_does_not_reach_into_the_previous_paragraph(nlp):
    text = ("Residents were told to stay indoors on Friday.\n\n"
            "Until then, he added, the safest plan is to keep a radio nearby and listen for updates.")
    [(parts, speaker)] = reported(nlp, text)
    assert parts == ["the safest plan is to keep a radio nearby and listen for updates"] and speaker == "he"


def test_according_to_before_the_clause_reports_the_rest_of_the_sentence(nlp):
    text = "According to the harbour board, the ferry will run twice a day from June."
    assert reported(nlp, text) == [(["the ferry will run twice a day from June"], "the harbour board")]


def test_according_to_after_the_clause_reports_the_words_before_it(nlp):
    text = "Three bakeries on the high street have closed since March, according to the traders' association."
    assert reported(nlp, text) == [(["Three bakeries on the high street have closed since March"],
                                    "the traders' association")]


def test_according_to_inside_the_clause_reports_both_sides(nlp):
    text = "The new bridge, according to the county engineer, will carry lorries by the autumn."
    assert reported(nlp, text) == [(["The new bridge", "will carry lorries by the autumn"], "the county engineer")]


def test_according_to_closing_a_clause_does_not_take_the_next_one(nlp):
    text = ("The union has accepted a pay offer of four percent, according to two people at the meeting, "
            "but the drivers will still vote on Friday.")
    [(parts, speaker)] = reported(nlp, text)
    assert parts == ["The union has accepted a pay offer of four percent"] and speaker == "two people at the meeting"


def test_according_to_starts_after_a_colon(nlp):
    text = "The levy has worked: sales of plastic bags fell by half in a year, according to the environment agency."
    assert reported(nlp, text) == [(["sales of plastic bags fell by half in a year"], "the environment agency")]


def test_according_to_plan_names_no_source(nlp):
    assert reported(nlp, "The demolition went according to plan and the road reopened at noon.") == []


def test_according_to_a_sentence_with_a_direct_quote_is_left_to_the_quote(nlp):
    text = "According to the driver, the sign read “Road closed until further notice” all week."
    assert reported(nlp, text) == []


def test_according_to_one_user_is_the_public(nlp):
    doc = nlp("According to one user, the outage was the calmest ten minutes of the week.")
    [att] = find_indirect(doc, find_quote_spans(doc.text))
    assert att.speaker_text == "one user" and att.speaker_kind == "anonymous_public" and att.cue == "according to"


def test_a_sentence_before_a_quote_is_not_what_its_cue_added(nlp):
    # the parser hangs "said" of the sentence before on "added" as its clause: the quote between
    # them is what was added, and the sentence before is its own report
    text = ('Quorndon Water said in a statement that it would spend £200m. '
            '"Our customers expect better, and they will get it," the company added.')
    assert reported(nlp, text) == [(["it would spend £200m."], "Quorndon Water")]
