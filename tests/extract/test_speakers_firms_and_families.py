"""Speakers the thirtieth pass taught (found on held-out quote set AI after its blind run), each on
our own sentences with the real spaCy model: a headline's "Water firm says", organisers the story
names only after them, and a first name either sex bears ("Ashley … said he")."""

from __future__ import annotations

import pytest
from spacy.tokens import Span


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


def _indirect_by(analyse, text: str, speaker_text: str):
    """The indirect quote of ``text`` whose speaker phrase is ``speaker_text``."""
    return next(a for a in analyse(text).indirect if a.speaker_text == speaker_text)


def test_organisers_in_the_opening_sentence_are_the_body_the_story_then_names(analyse):
    text = ("A wooden boat that won the regatta without being entered was identified on Monday, the race "
            "organisers said.\n\n"
            "The Pellbrook Regatta Committee said it had found the boat in its 1990 entry book. "
            "The Pellbrook Regatta Committee will pay the prize on Sunday.")
    att = _indirect_by(analyse, text, "the race organisers")
    assert att.speaker_kind == "organization"
    assert _named(text, att).removeprefix("The ") == "Pellbrook Regatta Committee"


def test_guard_organisers_named_before_two_bodies_named_as_often_are_neither(analyse):
    text = ("A wooden boat that won the regatta without being entered was identified on Monday, the race "
            "organisers said.\n\n"
            "The Pellbrook Regatta Committee and Harnlow Rowing Club had both searched their records.")
    att = _indirect_by(analyse, text, "the race organisers")
    assert att.ref is None


def test_organisers_named_before_the_body_the_story_shows_running_the_event_once(analyse):
    # (found on quote set Y): the club is named once, below, as the one that runs the race
    text = ("Two leaders of the Moorcombe Classic were sent the wrong way by a marshal, the organisers said on Monday.\n\n"
            "The riders finished an hour late.\n\n"
            "The Moorcombe Cycling Club, which has run the race since 1979, will give both riders a trophy.")
    att = _indirect_by(analyse, text, "the organisers")
    assert att.speaker_kind == "organization"
    assert _named(text, att).removeprefix("The ") == "Moorcombe Cycling Club"


def test_guard_organisers_are_no_body_named_once_that_runs_nothing(analyse):
    text = ("Two leaders of the Moorcombe Classic were sent the wrong way by a marshal, the organisers said on Monday.\n\n"
            "The Moorcombe Cycling Club, whose riders finished an hour late, will give both riders a trophy.")
    att = _indirect_by(analyse, text, "the organisers")
    assert att.ref is None


def test_a_headlines_mint_is_the_state_mint_the_story_names(analyse):
    # (found on quote set P): "Mint" ends organisations' names, so a headline's "Mint" is the
    # story's mint, not a person called Mint
    text = ("Mint admits coin error: „We are mortified“\n\n"
            "The Brelgau State Mint has struck 120,000 coins with the painter's name misspelt.")
    [att] = analyse(text).direct
    assert att.speaker_kind == "organization" and _named(text, att).removeprefix("The ") == "Brelgau State Mint"


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


# Found on quote set AJ and entity set Y after their blind runs

def test_she_after_a_report_joined_by_but_that_is_the_reporter(analyse):
    text = ("Mrs Quarrie said the office had no record of a second umbrella but that Mrs Ambley would be "
            "welcome to look through the cages.\n\n‘She can have first pick,’ she said.")
    [att] = analyse(text).direct
    assert _named(text, att) == "Mrs Quarrie"


@pytest.mark.parametrize("word, body", [("Kurverwaltung", True), ("Zollamt", True), ("Dreamt", False), ("Kurclub", False)])
def test_a_long_german_body_ending_needs_three_letters_before_it(word: str, body: bool):
    from pipeline.extract.components import _a_german_body

    assert _a_german_body(word, frozenset()) is body


def test_mr_before_the_article_names_his_son_is_the_one_named_so_far(nlp):
    from tests.extract.test_entities import entity_of, resolve

    text = ("Leofric Quellwitz, 71, restored the machine over two winters.\n\n"
            "“She nods at everyone,” said Mr Quellwitz.\n\n"
            "Mr Quellwitz's son, Jannes Quellwitz, rewired the head.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    at = text.index("Mr Quellwitz")
    said = next(m for m in mentions if m.start_char in {at, at + 3})  # (with or without its "Mr")
    assert said.entity_id == entity_of(entities, mentions, "a1", "Leofric Quellwitz").entity_id


@pytest.mark.parametrize("firm", ["Harnmoor Precision", "Quellby Vets", "Ostry Print"])
def test_a_name_ending_in_a_maker_s_or_a_practice_s_trade_is_an_organisation(nlp, firm: str):
    doc = nlp(f"The club will lose its sponsor in July, when {firm} ends a deal worth £9,000 a year.")
    assert (firm, "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_quote_s_closing_mark_is_no_part_of_the_name_after_it(nlp):
    # the model took the mark into "’ Mrs Goodenough" on entity set Y; set here as it did
    from spacy.tokens import Doc

    from pipeline.extract.components import EntityTrimmer

    words = ["‘", "It", "is", "mine", ",", "’", "Mrs", "Wellbeloved", "said", "of", "James", "’", "dog", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[False, True, True, False, False, True, True, True, True, True, False, True, False, False])
    doc.ents = [Span(doc, 5, 8, label="PERSON"), Span(doc, 10, 12, label="PERSON")]
    out = EntityTrimmer()(doc)
    assert [e.text for e in out.ents] == ["Mrs Wellbeloved", "James’"]  # a closing single may be a possessive


def test_a_headline_phone_company_is_the_story_s_telecom_firm(analyse):
    text = ("Phone company says library box ‘a victim of its own success’\n\n"
            "Quillet Telecom will offer the village a second box, Quillet Telecom said on Monday.")
    att = next(a for a in analyse(text).direct if "victim" in text[a.parts[0][0] : a.parts[0][1]])
    assert att.speaker_kind == "organization" and _named(text, att) == "Quillet Telecom"


def test_his_card_is_his(analyse):
    text = ("Osfrith Quellwitz, 71, restored the fortune machine and wrote all its cards. "
            "His favourite card reads: “A stranger will buy you an ice cream. Let him.”")
    [att] = analyse(text).direct
    assert _named(text, att) == "Osfrith Quellwitz"


@pytest.mark.parametrize("first", ["Philomène", "Marlène", "Irène"])
def test_french_women_s_names_by_their_ending(first: str):
    from pipeline.extract.cues import first_name_gender

    assert first_name_gender(first) == "f"
    assert first_name_gender("Eugène") is None  # a man's


@pytest.mark.parametrize("word, label", [("Quillpaw", "ORG"), ("German", "NORP")])
def test_a_word_tagged_a_nation_s_that_opens_an_organisation_s_name_is_the_organisation(nlp, word: str, label: str):
    # the model tagged "Amberpaw" NORP beside "Amberpaw Veterinary Partners" on entity set Y; set here as it did
    from tests.extract.test_entity_lines import _consistency_after

    text = (f"Two groups will combine as {word} Veterinary Partners on 1 October. "
            f"{word} will have 23 clinics.")
    doc = _consistency_after(nlp, text, [(f"{word} Veterinary Partners", "ORG", 0), (word, "NORP", 1)])
    assert [(e.text, e.label_) for e in doc.ents if e.text == word] == [(word, label)]  # a nation's word stays one


def test_a_product_name_that_speaks_alone_is_its_maker_an_organisation(nlp):
    # (found on quote set H): the model reads some firms' camel-cased names as products there; the
    # label is set by hand here, as the model gives it only in that article's context
    from spacy.tokens import Span

    from pipeline.extract.stage import analyse_doc

    text = "Ilse Brandvold will not keep the course record, RoadMark said on Thursday."
    doc = nlp(text)
    [name] = [t for t in doc if t.text == "RoadMark"]
    doc.ents = [e for e in doc.ents if not e.start <= name.i < e.end] + [Span(doc, name.i, name.i + 1, label="PRODUCT")]
    [att] = analyse_doc(doc, "d").indirect
    assert att.speaker_text == "RoadMark" and att.speaker_kind == "organization" and _named(text, att) == "RoadMark"


def test_guard_a_surname_read_as_a_product_after_a_first_name_is_no_maker(nlp):
    # (quote set T): "Waverly Jeffcoat", the model tagging "Jeffcoat" alone, a product
    from spacy.tokens import Span

    from pipeline.extract.stage import analyse_doc

    text = "The dose was tiny.\n\nWaverly Jeffcoat, a pharmacologist, said the dose was too small to matter."
    doc = nlp(text)
    [name] = [t for t in doc if t.text == "Jeffcoat"]
    doc.ents = [e for e in doc.ents if not (e.start <= name.i < e.end or e.start <= name.i - 1 < e.end)] + [
        Span(doc, name.i, name.i + 1, label="PRODUCT")]
    [att] = analyse_doc(doc, "d").indirect
    assert att.speaker_kind != "organization"


def test_a_headlines_hospice_is_the_hospice_the_story_names(analyse):
    # (found on quote set AD): "Hospice" ends organisations' names
    text = ("Hospice asks walkers to stay off the frozen lake: “We cannot be responsible”\n\n"
            "St Aldhelm Hospice has asked its supporters not to walk on Brimwater after a charity event was cancelled.")
    [att] = analyse(text).direct
    assert att.speaker_kind == "organization" and _named(text, att) in {"Hospice", "St Aldhelm Hospice"}
