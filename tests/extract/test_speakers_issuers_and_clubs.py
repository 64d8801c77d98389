"""Who speaks through a document that the text shows being put out, a games company's name,
and which club "the club" is when a story names two (rules found on held-out quote sets D, AF
and K after their blind runs); our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest


def _named(text: str, att) -> str | None:
    return text[att.ref[0] : att.ref[1]] if att.ref is not None else None


def test_a_press_release_the_company_put_out_speaks_for_it(analyse):
    text = ("Quiverstone Games delayed its racing sequel. The company announced the delay on Monday in "
            "a press release, which read in part: “We would rather ship late than ship broken.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "which" and att.speaker_kind == "organization"
    assert _named(text, att) == "Quiverstone Games"


def test_a_statement_a_club_issued_speaks_for_the_club(analyse):
    text = "Pellhurst Rovers issued a statement, which said: “We will not comment on speculation.”"
    [att] = analyse(text).direct
    assert _named(text, att) == "Pellhurst Rovers"


def test_a_document_no_one_is_shown_putting_out_has_no_author(analyse):
    # "a report" alone says nothing of who wrote it: no guess from the organisation named before
    text = ("Lindqvale Water raised its prices. A report, which was leaked to the Courier, said: "
            "“Pipes in the north are failing.”")
    [att] = analyse(text).direct
    assert att.ref is None


@pytest.mark.parametrize("where", ["in the company’s name at the station", "on the company’s website"])
def test_a_document_in_an_organisations_name_or_on_its_website_speaks_for_it(analyse, where: str):
    # (found on quote set AK after its blind run)
    text = (f"Drellmoor Coaches will stop its night route in March. A notice {where} reads: "
            "“The last coach leaves at 23.10 on Friday.”")
    [att] = analyse(text).direct
    assert att.speaker_kind == "organization" and _named(text, att) == "Drellmoor Coaches"


@pytest.mark.parametrize(("phrase", "written"), [
    ("A notice pinned to the ticket hatch", "A notice"),
    ("A statement from the company", "A statement"),
    ("The company’s letter to season-ticket holders", "The company’s letter"),
    ("A sign the company has put up at the station", "A sign"),
])
def test_a_documents_speaker_text_is_the_document_not_where_or_whose_it_is(analyse, phrase: str, written: str):
    # the held-out golds' annotators wrote "A notice" 31 times in 34 (quote sets AA-AO): where it
    # hangs and who put it out are the resolved speaker's business, not the mention's
    text = (f"Drellmoor Coaches will stop its night route in March. {phrase} reads: "
            "“The last coach leaves at 23.10 on Friday.”")
    [att] = analyse(text).direct
    assert att.speaker_text == written
    assert text[att.speaker_start : att.speaker_end] == written
    assert _named(text, att) == "Drellmoor Coaches"


def test_guard_a_document_keeps_its_authors_name_and_an_inverted_cues_phrase(analyse):
    # "from" and the author's name is how the article names who speaks (quote set Q); after
    # "according to" the phrase runs on, as it does for a person (quote set P)
    text = "A statement from Drellmoor Coaches said: “The last coach leaves at 23.10 on Friday.”"
    [att] = analyse(text).direct
    assert att.speaker_text == "A statement from Drellmoor Coaches"
    text = ("Drellmoor Coaches will stop its night route. The last coach will leave “at 23.10 on Friday”, "
            "according to a letter sent to drivers on Monday.")
    [att] = analyse(text).direct
    assert att.speaker_text == "a letter sent to drivers on Monday"


def test_a_letter_from_a_named_sender_to_an_addressee_is_written_as_the_letter(analyse):
    # (found in the quote sets' speaker_text misses, not blind: with the addressee after the
    # sender the golds' annotators wrote the document alone, both times, quote sets X and AL)
    text = ("Drellmoor Coaches will stop its night route in March. A letter from Drellmoor Coaches to the parish council, "
            "seen by this newspaper, reads: “The last coach leaves at 23.10 on Friday.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "A letter"
    assert _named(text, att) == "Drellmoor Coaches"


def test_guard_a_notice_on_a_persons_door_is_not_that_persons_to_say(analyse):
    text = ("Drellmoor Coaches will stop its night route in March. Jo Pellow runs the kiosk. "
            "A notice on her door reads: “Closed until the coaches return.”")
    [att] = analyse(text).direct
    assert _named(text, att) != "Jo Pellow"


def test_a_name_ending_in_games_is_a_company_but_a_sports_meeting_is_not(nlp):
    doc = nlp("Saxelby Games said on Tuesday that the sequel would slip. The Commonwealth Games open in July.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Saxelby Games") == "ORG"
    assert labels.get("The Commonwealth Games") != "ORG" and labels.get("Commonwealth Games") != "ORG"


@pytest.mark.parametrize("club", ["TSV Dornbach", "AS Marrowgate"])
def test_a_club_named_by_its_opening_word_is_the_club(analyse, club: str):
    text = (f"{club} were fined £2,000 on Monday after their mascot ran onto the pitch. "
            "The club said it would pay the fine.")
    [att] = analyse(text).indirect
    assert att.speaker_kind == "organization" and _named(text, att) == club


def test_of_two_clubs_named_as_often_the_club_is_the_one_the_headline_names(analyse):
    text = ("FC Brennick sack their coach after cup exit\n\n"
            "A 3-0 defeat by Olympique Wortley ended the season. "
            "The club said in a statement that it had acted “with regret”.")
    atts = analyse(text).direct + analyse(text).indirect
    assert atts and all(_named(text, a) == "FC Brennick" for a in atts)


# A force named by its place with "police" or "gendarmerie" in lower case (found on quote sets
# AD, AE, AF and AI, the last after its blind run)

def test_a_force_named_by_its_place_is_an_organisation_but_a_nation_s_police_are_not(nlp):
    doc = nlp("On Friday the Arlanc gendarmerie said it had opened an inquiry, and according to the "
              "Velbach police the road was clear. German police said nothing. The Transport police were absent.")
    orgs = {e.text.removeprefix("the ") for e in doc.ents if e.label_ == "ORG"}  # (a force's name keeps its "the")
    assert {"Arlanc gendarmerie", "Velbach police"} <= orgs
    assert {o for o in orgs if o.endswith("police")} == {"Velbach police"}  # not "German police", "Transport police"


def test_a_force_at_a_sentence_start_is_named_by_its_place(analyse):
    text = "Kirchmoor police said three minor collisions had been recorded on the road since May."  # "Kirchmoor" an ADJ to the tagger
    [att] = analyse(text).indirect
    assert att.speaker_kind == "organization"
    assert (_named(text, att) or att.ref_name) == "Kirchmoor police"


def test_police_in_a_headline_are_the_one_force_the_story_names(analyse):
    text = ("Police say runaway cow ‘had right of way’\n\n"
            "A cow walked along the bypass for an hour on Sunday, according to the Dunsford police, "
            "who said no one was hurt.")
    att = next(a for a in analyse(text).direct if "right of way" in text[a.parts[0][0] : a.parts[0][1]])
    assert att.speaker_kind == "organization" and _named(text, att).removeprefix("the ") == "Dunsford police"


def test_an_officer_who_is_not_named_is_an_unnamed_source(analyse):
    text = ("The Arlanc gendarmerie opened an inquiry on Monday. A gendarme, who asked not to be named, said: "
            "“Someone has seen it. A tuba does not vanish.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "A gendarme" and att.speaker_kind == "unnamed_source"


# Public bodies named by a place and their work, and "the committee" (found on quote set AI
# after its blind run: the office went to an unrelated company, the committee to a newspaper)

def test_a_public_body_named_by_its_place_and_its_work_is_that_body(analyse):
    text = ("Kettlewick Energy wants to build a line across the marsh. The Dornhagen nature conservation office "
            "said the work would disturb the storks.")
    [att] = analyse(text).indirect
    assert att.speaker_kind == "organization" and att.ref is None
    assert att.ref_name == "Dornhagen nature conservation office"


def test_guard_an_office_of_a_place_an_organisation_is_named_for_is_that_organisation(analyse):
    text = ("Almsfeld Borough Council met on Monday. The Almsfeld planning office said the chimney would "
            "be approved.")
    [att] = analyse(text).indirect
    assert att.ref_name is None


def test_the_committee_is_the_one_committee_named_before_not_the_newspaper(analyse):
    text = ("The Kesby Fete Committee met on Monday, the Almsfeld Mercury reported. "
            "The committee said it had counted the ducks twice.")
    att = next(a for a in analyse(text).indirect if a.cue == "said")
    assert text[att.ref[0] : att.ref[1]].removeprefix("The ") == "Kesby Fete Committee"


def test_a_force_named_by_its_place_is_that_place_s_not_another_force_named_before(analyse):
    text = ("The Arlanc gendarmerie closed the pass on Friday. "
            "Kirchmoor police said three minor collisions had been recorded on the road since May.")
    att = next(a for a in analyse(text).indirect if a.cue == "said")
    assert att.speaker_kind == "organization"
    assert (_named(text, att) or att.ref_name).removeprefix("the ").removeprefix("The ") == "Kirchmoor police"


@pytest.mark.parametrize("phrase", ["Kirchmoor police", "the police"])
def test_guard_a_force_named_before_by_its_place_is_the_force_a_later_phrase_names(analyse, phrase: str):
    text = (f"Kirchmoor Police closed the pass on Friday. Later {phrase} said three minor collisions "
            "had been recorded on the road since May.")
    att = next(a for a in analyse(text).indirect if a.cue == "said")
    assert _named(text, att) == "Kirchmoor Police"


# "the letter" after a body "said in a letter" (found on quote set AI after its blind run: the
# letter went to the nearest woman, as a letter no one is shown sending does)

@pytest.mark.parametrize("body", ["Kettlewick Parish Council", "The Velbach planning office"])
def test_the_letter_a_body_said_it_in_is_that_body_s(analyse, body: str):
    text = (f"Mara Quillon asked for the bells to ring again. {body} said in a letter on Monday that "
            "the tower was unsafe. “The bells must stay silent until the spring,” the letter reads.")
    att = next(a for a in analyse(text).direct if a.speaker_text == "the letter")
    assert att.speaker_kind == "organization"
    assert (_named(text, att) or att.ref_name).removeprefix("The ") == body.removeprefix("The ")


def test_guard_a_letter_no_one_is_shown_sending_is_still_the_writer_s(analyse):
    text = ("Mara Quillon wrote to the parish council in May. “The bells keep my baby awake,” the letter said.")
    [att] = analyse(text).direct
    assert _named(text, att) == "Mara Quillon"


@pytest.mark.parametrize(("said", "body"), [
    ("the borough council said", "Wexbury Borough Council"),
    ("the fête committee said", "Nether Ambridge Fête Committee"),
])
def test_a_description_the_end_of_one_organisations_name_is_that_organisation(analyse, said: str, body: str):
    # (found on quote sets AA, AB, AL and Z after their blind runs) named after the words, too
    text = (f"The old signs will be auctioned for the hospice, {said}. Rhoswen Pellard, 64, bought the first one.\n\n"
            f"{body} met on Monday. Jory Tamblyn of Harnley Cricket Club said nothing.")
    [att] = [a for a in analyse(text).indirect if a.speaker_text.lower().startswith("the ")]
    assert (att.speaker_kind, _named(text, att)) == ("organization", body)



@pytest.mark.parametrize("club", ["the Amicale Bouliste de Vellac", "the Entente Cycliste de Vellac", "the Cercle Nautique de Vellac"])
def test_the_club_is_a_french_society_its_opening_word_names(analyse, club: str):
    # (found on quote set AM: "A petition started by the club" of the Amicale Bouliste de …)
    text = (f"The mayor wants a car park on the square where {club} has played since 1931. "
            "A petition started by the club, pinned to the café door, reads: “Leave the square alone.”")
    [att] = analyse(text).direct
    assert att.speaker_kind == "organization" and _named(text, att) == club


def test_a_document_signed_by_an_organisation_s_members_speaks_for_it(analyse):
    # (quote set AL) the parser hangs "signed by …" on the tail, not on the card: a participle set
    # off by a comma in the document's own phrase still says who signed it
    text = ("The Harnmoor Kite Club flew its whale over the farm. A card tied to the whale’s tail, "
            "signed by the club’s 23 members, reads: “Thank you for the landing. Sorry about the tiles.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "A card" and _named(text, att) == "Harnmoor Kite Club"


def test_rules_set_by_a_body_speak_for_it(analyse):
    # (quote set AL: "The race rules, set by the Nether Quabbing Fête Committee, … read:")
    text = ("Gherkin the snail was disqualified on Saturday. The race rules, set by the Pellow Green Show "
            "Committee and printed in the programme, read: “Each snail must race in the final as it raced "
            "in its heat.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "The race rules" and _named(text, att) == "the Pellow Green Show Committee"


def test_the_report_is_hers_when_her_report_came_before(analyse):
    # (quote set V: "Her report for the city's parks office … The report concludes:")
    text = ("The expert is the arborist Dr Gesine Pellwitz. Her report for the parks office found that fungus "
            "had hollowed out the trunk. The report concludes: “The tree cannot be made safe by pruning.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "The report" and _named(text, att) == "Gesine Pellwitz"


def test_a_club_de_its_town_is_an_organisation_whatever_is_apposed_to_it(nlp):
    # (quote set AL: "The kite’s owners, the Cerf-Volant Club de Quimorlay," tagged a person)
    doc = nlp("The kite’s owners, the Cerf-Volant Club de Vellac, said they had invited him.")
    assert [(e.text, e.label_) for e in doc.ents if "Club" in e.text] == [("the Cerf-Volant Club de Vellac", "ORG")]
