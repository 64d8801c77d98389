"""Quotes a report's finding holds, and a document in straight singles with a title cited in
doubles inside them (issue #4). Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from tests.extract.test_kinds_by_context import _speakers


@pytest.mark.parametrize(
    ("text", "words", "speaker_text"),
    [
        ("A report by the engineering firm Harnlow Partners, presented to the council on Tuesday, found «advanced corrosion» "
         "in the steel frame.", "advanced corrosion", "A report by the engineering firm Harnlow Partners"),
        ("The audit found “serious failings” in the way the trust kept its accounts.", "serious failings", "The audit"),
        ("Skelwick diving board to come down after report finds ‘advanced corrosion’", "advanced corrosion", "report"),
        ("The inspectors found that “no lessons had been learned” since 2019.", "no lessons had been learned", "The inspectors"),
    ],
)
def test_a_reports_finding_in_quotation_marks_is_its_quote(nlp, text, words, speaker_text) -> None:
    assert _speakers(nlp, text)[words][0] == speaker_text


def test_the_report_by_a_firm_is_the_firms(nlp) -> None:
    text = ("A report by the engineering firm Harnlow Partners, presented to the council on Tuesday, found «advanced corrosion» "
            "in the steel frame.")
    assert _speakers(nlp, text)["advanced corrosion"][1] == "Harnlow Partners"


@pytest.mark.parametrize(
    "text",
    [
        "Osric Pellow found “the keys” in a drawer.",  # a person finding something says nothing
        "Wenna Caddon said inspectors had found “no evidence of current activity” at the shop.",  # hers, under "said"
    ],
)
def test_guard_a_finding_that_is_no_reports_is_not_its_cue(nlp, text) -> None:
    found = _speakers(nlp, text)
    assert all(cue_text != "inspectors" for cue_text, _, _ in found.values())
    if "Caddon" in text:
        assert found["no evidence of current activity"][0] == "Wenna Caddon"
    else:
        assert "the keys" not in found or found["the keys"][0] != "Osric Pellow"


BAND = ("Wenna Caddon, 34, the band's principal cornet and Mr Pellow's daughter, disputed that. “Rehearsals end at nine,” "
        "she said.\n\nYsolde Marrack, whose mother played in the band, wrote: “Shame on whoever complained.”\n\n")


def test_she_after_his_daughter_as_the_subject_is_not_the_woman_named_before(nlp) -> None:
    # the daughter laughed and speaks; no name here is hers, so no one rather than Ysolde Marrack
    text = BAND + "Asked whether they would play it any quieter, his daughter laughed. “Not a chance,” she said."
    assert _speakers(nlp, text)["Not a chance"][:2] == ("she", None)


@pytest.mark.parametrize("sentence", [
    "Ysolde Marrack said her daughter had barely slept since. “Not a chance,” she said.",  # a reported clause's subject
    "Ysolde Marrack gave to the hospice where her mother spent her last weeks. “Not a chance,” she said.",  # a relative clause's
])
def test_guard_a_word_of_kin_inside_a_clause_leaves_she_to_the_speaker(nlp, sentence) -> None:
    assert _speakers(nlp, BAND + sentence)["Not a chance"][1] == "Ysolde Marrack"



def test_a_headline_speaker_named_by_a_role_is_no_vox_pop(analyse) -> None:
    # "Harnmoor, the bicycle-sharing app," makes "Harnmoor" an organisation; the headline's
    # "Harnmoor founder:" is its founder (tests/extract/test_speakers.py), and a founder, aged
    # and named once, is a party to the story, not the public
    text = ("Harnmoor founder: “We let down every one of our riders”\n\n"
            "LYON — Harnmoor, the bicycle-sharing app, lost its riders' credits on Sunday.\n\n"
            "Leontyne Orrell, 38, who founded Harnmoor in 2019, met us at the depot.\n")
    first = analyse(text).direct[0]
    assert (first.speaker_text, text[first.ref[0] : first.ref[1]]) == ("Harnmoor founder", "Leontyne Orrell")
    assert not first.public


@pytest.mark.parametrize(("text", "words", "who"), [
    (("The spruce came from the garden of Irmela and Kunibert Pellowes, who planted it in 1963. Mr Pellowes, 84, "
      "watched it go up.\n\n„He is taking this harder than the tree is“, said his wife."),
     "He is taking this harder than the tree is", "Irmela"),  # a couple's first name, the surname after it
    (("Wenna Tallowmere opened the bakery in 1990. Osric Tallowmere, her husband, still bakes the bread.\n\n"
      "“We never closed for a single day,” her husband said."), "We never closed for a single day", "Osric Tallowmere"),
])
def test_a_relative_speaking_is_the_one_person_sharing_the_familys_surname(nlp, text, words, who) -> None:
    assert _speakers(nlp, text)[words][1] == who


def test_guard_a_relative_with_two_people_of_the_family_to_choose_from_stays_unresolved(nlp) -> None:
    text = ("Wenna Tallowmere opened the bakery in 1990. Osric Tallowmere and Orrin Tallowmere still bake the bread.\n\n"
            "“We never closed for a single day,” her husband said.")
    assert _speakers(nlp, text)["We never closed for a single day"][:2] == ("her husband", None)
