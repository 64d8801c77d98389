"""Speakers the thirtieth pass taught (found on held-out quote set AI after its blind run), each on
our own sentences with the real spaCy model: a headline's "Water firm says", organisers the story
names only after them, and a first name either sex bears ("Ashley … said he")."""

from __future__ import annotations

import pytest


def _named(text: str, att) -> str | None:
    return text[att.ref[0] : att.ref[1]] if att.ref is not None else None


HEADLINE = ("{word} firm says crew found buried bell ‘by pure luck’\n\n"
            "A bell lost in 1950 was dug up by a Quillet Water crew on Tuesday.\n\n"
            "Quillet Water said the bell would go back to the church.")


def test_a_headline_firm_named_by_its_trade_is_the_story_s_firm_of_that_trade(analyse):
    text = HEADLINE.format(word="Water")
    att = next(a for a in analyse(text).direct if text[a.parts[0][0] : a.parts[0][1]] == "by pure luck")
    assert att.speaker_text == "Water firm" and att.speaker_kind == "organization"
    assert _named(text, att) == "Quillet Water"


def test_guard_a_headline_firm_of_a_trade_no_organisation_names_is_not_resolved(analyse):
    text = HEADLINE.format(word="Bus")
    att = next(a for a in analyse(text).direct if text[a.parts[0][0] : a.parts[0][1]] == "by pure luck")
    assert att.ref is None


def test_organisers_in_the_opening_sentence_are_the_body_the_story_then_names(analyse):
    text = ("A wooden boat that won the regatta without being entered was identified on Monday, the race "
            "organisers said.\n\n"
            "The Pellbrook Regatta Committee said it had found the boat in its 1990 entry book. "
            "The Pellbrook Regatta Committee will pay the prize on Sunday.")
    att = next(a for a in analyse(text).indirect if a.speaker_text == "the race organisers")
    assert att.speaker_kind == "organization"
    assert _named(text, att).removeprefix("The ") == "Pellbrook Regatta Committee"


def test_guard_organisers_named_before_two_bodies_named_as_often_are_neither(analyse):
    text = ("A wooden boat that won the regatta without being entered was identified on Monday, the race "
            "organisers said.\n\n"
            "The Pellbrook Regatta Committee and Harnlow Rowing Club had both searched their records.")
    att = next(a for a in analyse(text).indirect if a.speaker_text == "the race organisers")
    assert att.ref is None


@pytest.mark.parametrize("first", ["Ashley", "Ashleigh", "Hilary", "Kelly"])
def test_he_after_a_man_whose_first_name_either_sex_bears_is_him(analyse, first: str):
    text = (f"Tamsin Harrow, 41, remembered the day the box was buried.\n\n"
            f"{first} Ormesby, 52, who drives the school bus, said he had watched the crew dig it up.\n\n"
            "“It came up like a tooth,” he said.")
    [att] = analyse(text).direct
    assert _named(text, att) == f"{first} Ormesby"


def test_a_surname_s_particle_is_no_man_s_first_name(nlp):
    from pipeline.extract.cues import mention_gender

    doc = nlp("Dr Wilhelmina van Ostrum runs the reserve. Dr van Ostrum said the geese were early. "
              "Van Ostrum said nearly 600 people had written. Van Jones, a boatman, disagreed.")
    sexes = {e.text: mention_gender(e) for e in doc.ents if e.label_ == "PERSON"}
    assert sexes.get("van Ostrum") is None and sexes.get("Van Ostrum") is None
    assert sexes.get("Van Jones") == "m"  # a first name where no one is named in full with it


@pytest.mark.parametrize("name", ["Cllr Ambrose Tuckaday", "Bryony Hollerday"])
def test_a_surname_the_model_took_for_a_date_stays_the_person_s(nlp, name: str):
    doc = nlp(f"The chairman, {name}, said the box would stay. The council meets on Monday.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get(name) == "PERSON"
    assert labels.get("Monday") == "DATE"  # a day stays a day


@pytest.mark.parametrize("body", ["Segelclub Harnmünde", "The Kurverwaltung Harnmünde"])
def test_a_german_club_or_administration_is_an_organisation(analyse, body: str):
    text = f"The regatta was cancelled. {body} said the boats would sail again on Saturday."
    att = next(a for a in analyse(text).indirect if a.cue == "said")
    assert att.speaker_kind == "organization"
