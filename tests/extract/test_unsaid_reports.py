"""What a sentence says was *not* said is not an indirect quote, and a question is not a statement.

"The council did not say whether the bridge would reopen" must not store the council as
saying "the bridge would reopen": a journalist reading the quotes table would read it as the
council's claim. Sentences are our own; the real spaCy model parses them.
"""

from __future__ import annotations

import pytest

from pipeline.extract.indirect import find_indirect
from pipeline.extract.nlp import load_nlp
from pipeline.extract.quotes import find_quote_spans


@pytest.fixture(scope="module")
def nlp():
    return load_nlp({"extract": {}})


def reported(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(" | ".join(text[a:b] for a, b in att.parts), att.speaker_text)
            for att in find_indirect(doc, find_quote_spans(text))]


@pytest.mark.parametrize("text", [
    "The ferry company did not say whether the crossing would resume before winter.",  # negated
    "The mayor never said that she would resign over the budget.",  # never
    "The club declined to say whether the coach would stay on next season.",  # refused
    "Officials refused to confirm that the plant had closed for good.",
    "The firm would not confirm that the plant had closed for good.",
    "The museum did not name the donor, nor did it confirm that the gift came with conditions.",  # nor
])
def test_a_cue_that_says_nothing_was_said_reports_nothing(nlp, text):
    assert reported(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Inspectors want the council to explain how the contracts were awarded last spring.",
    "Residents asked the board to say when the water would be safe to drink.",
    "The landlord has promised to say what the repairs will cost the tenants.",
])
def test_an_embedded_question_is_not_a_report(nlp, text):
    assert reported(nlp, text) == []


def test_the_statement_beside_a_refusal_is_still_reported(nlp):
    text = "The airline did not say whether passengers would be compensated, but said the flights would resume on Monday."
    assert reported(nlp, text) == [("the flights would resume on Monday", "The airline")]


def test_without_saying_closes_the_report_it_follows(nlp):
    text = "The bank told reporters it had fixed the fault, without saying what had caused it."
    assert reported(nlp, text) == [("it had fixed the fault", "The bank")]


def test_a_free_relative_subject_is_a_statement(nlp):
    assert reported(nlp, "She said what the town needed was a new bridge over the river.") == [
        ("what the town needed was a new bridge over the river", "She")]


def test_a_conditional_keeps_its_if(nlp):
    assert reported(nlp, "He said if the vote failed he would step down from the committee.") == [
        ("if the vote failed he would step down from the committee", "He")]


def test_a_participle_framing_the_cue_is_not_what_was_said(nlp):
    text = "In a short statement, posted an hour later on its website, the club said the match had been postponed."
    assert reported(nlp, text) == [("the match had been postponed", "the club")]


@pytest.mark.parametrize("text", ["He said there was no risk to the public.",
                                  "Police said two men were arrested and later released."])
def test_clauses_with_any_subject_are_still_reported(nlp, text):
    assert len(reported(nlp, text)) == 1


def test_a_wire_dateline_is_not_part_of_the_report(nlp):
    text = "GLASGOW - The ferry line has added two boats to its winter timetable, the operator said."
    assert reported(nlp, text) == [("The ferry line has added two boats to its winter timetable", "the operator")]


def test_a_hyphenated_name_is_no_dateline(nlp):
    text = "US-China talks on shipping quotas will resume in March, officials said."
    [(words, _)] = reported(nlp, text)
    assert words.startswith("US-China talks")


@pytest.mark.parametrize("text", ["I must admit that the ferry timetable has never made sense to me.",
                                  "We reported last week that the pier would close for repairs."])
def test_the_writers_own_first_person_is_not_a_quote(nlp, text):
    assert reported(nlp, text) == []


def test_a_first_person_inside_the_reported_clause_is_still_reported(nlp):
    assert reported(nlp, "The skipper said we would sail at dawn.") == [("we would sail at dawn", "The skipper")]


@pytest.mark.parametrize(("text", "words"), [
    # the writer's aside after a comma
    ("Then the club said the fault lay with ‘a groundsman on his last shift’, as though that ended the matter.",
     "the fault lay with ‘a groundsman on his last shift’"),
    ("The mayor said the bridge would reopen, as if nothing had happened.", "the bridge would reopen"),
    # without a comma, "as soon as" and the like are part of what was said
    ("The mayor said the bridge would reopen as soon as the inspectors allowed it.",
     "the bridge would reopen as soon as the inspectors allowed it"),
    # the writer's "only"
    ("The board has said only that the review will finish in spring.", "the review will finish in spring"),
    # a quotation the clause opens closes with it, marks and all
    ("The columnist wrote that the storm was “frightening for an hour and dull for the rest.”",
     "the storm was “frightening for an hour and dull for the rest.”"),
])
def test_the_reported_clause_is_what_was_said_and_all_of_it(nlp, text, words):
    [(reported_words, _)] = reported(nlp, text)
    assert reported_words == words
