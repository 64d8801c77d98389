"""Organisations named by trade words and the handles that write an organisation's name with
more besides (held-out entity set D's misses, checked on our own names)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import EntityResolver, FoundName
from pipeline.extract.stage import analyse_doc


def _ids(docs: dict[str, list[tuple[str, str]]]) -> dict[tuple[str, str], str]:
    resolver = EntityResolver()
    for doc_id, names in docs.items():
        found, at = [], 0
        for text, label in names:
            found.append(FoundName(doc_id, text, label, at, at + len(text)))
            at += len(text) + 20
        resolver.add_document(doc_id, found)
    _, mentions = resolver.resolve()
    return {(m.doc_id, m.text): m.entity_id for m in mentions}


@pytest.mark.parametrize(
    "handle, name",
    [
        ("@HarnmoorSpace", "Harnmoor Aerospace"),  # its first word, then more
        ("@QFAchess", "Quorndon Fencing Association"),  # its initials, then more
        ("@BrookFriends", "Friends of the Brook"),  # all its words, in another order
        ("@QuarmbyWellock", "Quarmby & Wellock"),  # all its words, the "&" left out
        ("@Harnmoor1921", "Harnmoor Aerospace"),  # its first word capitalised, then a number
    ],
)
def test_handle_holding_an_organisations_name_and_more_is_that_organisation(handle: str, name: str) -> None:
    ids = _ids({"a1": [(name, "ORG"), ("Dominic Farrow", "PERSON"), (handle, "HANDLE")]})
    assert ids[("a1", handle)] == ids[("a1", name)]


def test_guard_handle_opening_with_a_word_two_organisations_share_is_neither() -> None:
    ids = _ids({"a1": [("Harnmoor Aerospace", "ORG"), ("Harnmoor Holdings", "ORG"), ("@HarnmoorHQ", "HANDLE")]})
    assert ids[("a1", "@HarnmoorHQ")] not in {ids[("a1", "Harnmoor Aerospace")], ids[("a1", "Harnmoor Holdings")]}


def test_guard_short_first_word_or_initials_of_a_two_word_name_do_not_claim_a_handle() -> None:
    ids = _ids({"a1": [("Ovi Water", "ORG"), ("Paxton Rail", "ORG"), ("@ovifan", "HANDLE"), ("@prnews", "HANDLE")]})
    assert ids[("a1", "@ovifan")] != ids[("a1", "Ovi Water")]
    assert ids[("a1", "@prnews")] != ids[("a1", "Paxton Rail")]


@pytest.mark.parametrize("name", ["Harnmoor Aerospace", "Vellbrook Water", "Ostry Telecom"])
def test_a_name_ending_in_a_trade_is_an_organisation(nlp, name: str) -> None:
    text = f"{name} said on Monday that it would cut 40 jobs. {name.split()[0]} has 900 staff."
    names = analyse_doc(nlp(text), "d1", quotes=False).names
    labels = {n.text: n.label for n in names}
    assert labels.get(name) == "ORG"
    assert labels.get(name.split()[0]) in {None, "ORG"}  # the short form is the firm, not a person


@pytest.mark.parametrize("handle", ["@harnmoor_dom", "harnmoor-dom.bsky.social", "@harnmoordom", "@harnmoor82"])
def test_guard_a_person_whose_handle_opens_with_an_organisations_word_is_not_the_organisation(handle: str) -> None:
    ids = _ids({"a1": [("Harnmoor Aerospace", "ORG"), (handle, "HANDLE")]})
    assert ids[("a1", handle)] != ids[("a1", "Harnmoor Aerospace")]


def test_one_word_tagged_person_that_another_article_wrote_for_an_organisation_is_it() -> None:
    ids = _ids({
        "a1": [("Harnmoor Aerospace", "ORG"), ("Harnmoor", "ORG")],
        "a2": [("Harnmoor", "PERSON"), ("Dominic Farrow", "PERSON"), ("Harnmoor", "PERSON")],
    })
    assert ids[("a2", "Harnmoor")] == ids[("a1", "Harnmoor Aerospace")] == ids[("a1", "Harnmoor")]


def test_guard_one_word_that_is_a_corpus_persons_name_stays_a_person() -> None:
    ids = _ids({
        "a1": [("Harnmoor Aerospace", "ORG"), ("Harnmoor", "ORG")],
        "a2": [("Harnmoor", "PERSON")],
        "a3": [("Clothwen Harnmoor", "PERSON")],
    })
    assert ids[("a2", "Harnmoor")] != ids[("a1", "Harnmoor Aerospace")]


def test_a_lone_organisation_word_in_an_article_naming_none_is_the_one_the_corpus_names(nlp) -> None:
    from pipeline.extract.stage import analyse_doc

    docs = {
        "a1": "Quorndon University has opened an inquiry. Quorndon University said it would report in May.",
        "a2": "The University said on Friday that the inquiry would take longer than planned.",
    }
    resolver = EntityResolver()
    for doc_id, text in docs.items():
        resolver.add_document(doc_id, analyse_doc(nlp(text), doc_id, quotes=False).names)
    entities, mentions = resolver.resolve()
    names = {e.entity_id: e.name for e in entities}
    assert {names[m.entity_id] for m in mentions if m.doc_id == "a2" and "University" in m.text} == {"Quorndon University"}


def test_guard_a_lone_organisation_word_stays_alone_when_the_corpus_names_two() -> None:
    ids = _ids({"a1": [("Quorndon University", "ORG")], "a2": [("Skelwick University", "ORG")], "a3": [("University", "ORG")]})
    assert ids[("a3", "University")] not in {ids[("a1", "Quorndon University")], ids[("a2", "Skelwick University")]}


@pytest.mark.parametrize("name", ["Skelwick Mutual", "Orrin Parking", "Quorndon Cellars"])
def test_a_mutual_a_parking_firm_or_a_wine_merchant_is_an_organisation(nlp, name: str) -> None:
    # the small model tags each PERSON here
    text = f"“We will not renew,” {name} told the trust."
    labels = {n.text: n.label for n in analyse_doc(nlp(text), "d1", quotes=False).names}
    assert labels.get(name) == "ORG"


def test_a_camel_case_name_before_an_organisation_word_is_the_rulers(nlp) -> None:
    from pipeline.extract.components import RULER_KB

    doc = nlp("HomeCarers United said on Monday that it would ballot its members.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents if "United" in e.text] == [("HomeCarers United", "ORG", RULER_KB)]


def test_a_bluesky_or_mastodon_handle_is_matched_on_its_name_without_the_server() -> None:
    ids = _ids({"a1": [("Leontyne Orrell", "PERSON"), ("leontyneorrell.bsky.social", "HANDLE"),
                       ("Harnmoor Aerospace", "ORG"), ("@HarnmoorSpace@mastodon.example", "HANDLE")]})
    assert ids[("a1", "leontyneorrell.bsky.social")] == ids[("a1", "Leontyne Orrell")]
    assert ids[("a1", "@HarnmoorSpace@mastodon.example")] == ids[("a1", "Harnmoor Aerospace")]


def test_guard_one_name_on_two_servers_stays_two_handles() -> None:
    ids = _ids({"a1": [("quillfan.bsky.social", "HANDLE"), ("@quillfan", "HANDLE"), ("@quillfan@toot.example", "HANDLE")]})
    assert len({ids[("a1", h)] for h in ("quillfan.bsky.social", "@quillfan", "@quillfan@toot.example")}) == 3


def test_a_name_another_article_writes_longer_is_that_organisation() -> None:
    ids = _ids({
        "a1": [("Quill Valley Hospice Trust", "ORG")],
        "a2": [("Quill Valley Hospice", "ORG"), ("Quill Valley", "ORG")],
        "a3": [("Castle Rovers", "ORG")],
        "a4": [("Castle Rovers Supporters' Trust", "ORG")],
    })
    assert ids[("a2", "Quill Valley Hospice")] == ids[("a1", "Quill Valley Hospice Trust")]
    assert ids[("a3", "Castle Rovers")] != ids[("a4", "Castle Rovers Supporters' Trust")]  # its fans, not the club


def test_a_name_ending_in_an_organisation_word_is_short_only_for_its_of_form(nlp) -> None:
    from pipeline.extract.stage import analyse_doc

    docs = {"a1": "Quorndon Museum reopens\n\nThe Quorndon Museum of Art reopened on Friday after a two-year refit.",
            "a2": "The State Department said on Monday that the State Department Inspector General would review the case."}
    resolver = EntityResolver()
    for doc_id, text in docs.items():
        resolver.add_document(doc_id, analyse_doc(nlp(text), doc_id, quotes=False).names)
    entities, mentions = resolver.resolve()
    names = {e.entity_id: e.name for e in entities}
    a1 = {names[m.entity_id] for m in mentions if m.doc_id == "a1" and "Museum" in m.text}
    assert a1 == {"Quorndon Museum of Art"}
    a2 = {m.text: names[m.entity_id] for m in mentions if m.doc_id == "a2"}
    assert len(set(a2.values())) == 2


def test_capitals_that_are_one_persons_initials_are_that_person() -> None:
    ids = _ids({"a1": [("Leontyne Orrell", "PERSON"), ("Gadsden Anstruther", "PERSON"), ("LO", "PERSON"), ("GA", "ORG")]})
    assert ids[("a1", "LO")] == ids[("a1", "Leontyne Orrell")] and ids[("a1", "GA")] == ids[("a1", "Gadsden Anstruther")]


def test_guard_capitals_an_organisation_of_the_document_has_as_initials_stay_the_organisation() -> None:
    ids = _ids({"a1": [("Leontyne Orrell", "PERSON"), ("Leafy Orchards", "ORG"), ("LO", "ORG")]})
    assert ids[("a1", "LO")] != ids[("a1", "Leontyne Orrell")]


@pytest.mark.parametrize("text, name", [
    ("Prof Honor Wellock, who teaches geology at Harnmoor University and has walked the cliff path for years, said it was safe.", "Honor Wellock"),
    ("Prof Clement Ostry, who teaches geology at Harnmoor University and has walked the cliff path for years, said it was safe.", "Clement Ostry"),
    ("Leocadie Quarmby, of Harnmoor University, said the figures did not add up.", "Leocadie Quarmby"),  # a guard: the model finds it
])
def test_a_name_the_model_misses_after_an_honorific_or_as_a_speaker_is_a_person(nlp, text: str, name: str) -> None:
    # the small model misses the first two whole; an honorific, or speaking with a surname that
    # is no English word, says person whatever a dictionary makes of the first name
    assert any(e.label_ == "PERSON" and e.text.endswith(name) for e in nlp(text).ents)


def test_a_lower_case_plc_ends_a_company_and_a_described_name_is_the_company() -> None:
    from pipeline.config import load_params
    from pipeline.runner import extract_texts

    texts = {
        "a1": "Most parcels went through the delivery firm Harnmoor plc. Harnmoor said the backlog would clear by Friday.",
        "a2": "Shoppers who paid through Harnmoor, the Scottish delivery company, will get their money back. Harnmoor’s terms exclude postage.",
    }
    found = extract_texts(load_params(), texts)
    by_id = {e.entity_id: e for e in found.entities}
    labels = {(m.text, by_id[m.entity_id].label) for m in found.mentions if m.text.startswith("Harnmoor")}
    assert labels == {("Harnmoor plc", "ORG"), ("Harnmoor", "ORG")}, labels


def test_initials_with_or_without_points_are_one_person_whatever_one_article_tagged() -> None:
    # "T. R. Quarmby" (PERSON) in one article, "TR Quarmby" (ORG) and bare "Quarmby" (ORG) often
    # in another: the name written in full outweighs the short forms keyed to it
    ids = _ids({
        "a1": [("T. R. Quarmby", "PERSON"), ("T. R. Quarmby", "PERSON"), ("Quarmby", "PERSON")],
        "a2": [("Quarmby", "ORG"), ("TR Quarmby", "ORG"), ("Quarmby", "ORG"), ("Quarmby", "ORG"), ("Quarmby", "ORG")],
    })
    assert len({ids[("a1", "T. R. Quarmby")], ids[("a2", "TR Quarmby")], ids[("a2", "Quarmby")]}) == 1


def test_guard_a_first_name_of_two_letters_with_a_vowel_is_no_initials() -> None:
    ids = _ids({"a1": [("Ed Quarmby", "PERSON")], "a2": [("E. Quarmby", "PERSON"), ("Edwina Quarmby", "PERSON")]})
    assert ids[("a1", "Ed Quarmby")] != ids[("a2", "Edwina Quarmby")]


def test_a_job_set_beside_a_name_makes_it_a_person(nlp) -> None:
    # the model reads "Honor Skelwick" and "Skelwick" as an organisation; "a retired nurse" says who
    text = ("The landlord's lawyers wrote to Honor Skelwick asking her to take down her review. Skelwick, a retired "
            "nurse who has rented the flat since 2011, says the damp came back within a month.")
    assert {(e.text, e.label_) for e in nlp(text).ents if "Skelwick" in e.text} == {("Honor Skelwick", "PERSON"), ("Skelwick", "PERSON")}


@pytest.mark.parametrize("text, name", [
    ("The key was cut by Innes Carbury, a locksmith in Harnlow's Quay Street, who also fitted the lock. "
     "Carbury said he had kept a copy.", "Innes Carbury"),
    ("The shoes were mended by Innes Marrack, a cobbler in Westby's Church Street, who also dyed them. "
     "Marrack said he had seen worse.", "Innes Marrack"),
])
def test_a_trade_set_beside_a_name_with_a_makes_it_a_person(nlp, text, name) -> None:
    # the model reads both as organisations; "a locksmith", "a cobbler" is someone's trade
    assert (name, "PERSON") in {(e.text, e.label_) for e in nlp(text).ents}


def test_guard_a_trade_with_the_may_be_a_shops_and_says_nothing(nlp) -> None:
    # "the cobbler in Church Street" may be the shop; the model's label stands
    text = ("The shoes were mended by Innes Marrack, the cobbler in Westby's Church Street, who also dyed them. "
            "Marrack said he had seen worse.")
    assert ("Innes Marrack", "ORG") in {(e.text, e.label_) for e in nlp(text).ents}


def test_a_name_some_article_writes_with_a_company_form_is_the_company_everywhere() -> None:
    # "Ostry Wellock LLP" in one article; "Ostry Wellock" read as a person in another
    ids = _ids({"a1": [("Ostry Wellock LLP", "ORG")], "a2": [("Ostry Wellock", "PERSON"), ("Ostry Wellock", "PERSON")]})
    assert ids[("a1", "Ostry Wellock LLP")] == ids[("a2", "Ostry Wellock")]


def test_an_organisation_whose_name_holds_and_is_whole_and_trades_end_companies(nlp) -> None:
    doc = nlp("The Harbour and Bridges Board opened an inquiry. Harnmoor Civil Engineering, which built it, "
              "said on Friday that its surveyors were on site.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "ORG"] == [
        ("Harbour and Bridges Board", "ORG"), ("Harnmoor Civil Engineering", "ORG")]


@pytest.mark.parametrize("text, name", [
    ("Officers from Harnmoor Police were called to the depot.", "Harnmoor Police"),  # a force
    ("The story was first reported by the Quorndon Messenger on Friday.", "Quorndon Messenger"),  # a paper
    ("A grant from the Old Mills and Waterways Fund paid for the sluice gates.", "Old Mills and Waterways Fund"),
    ("The under-18 side, Skelwick Women’s RFC, said it would appeal against the fixture list.", "Skelwick Women’s RFC"),
])
def test_forces_papers_and_names_holding_and_or_womens_are_organisations(nlp, text: str, name: str) -> None:
    assert (name, "ORG") in [(e.text.removeprefix("the "), e.label_) for e in nlp(text).ents]


def test_a_clerical_title_after_the_is_a_persons(nlp) -> None:
    doc = nlp("The Rev Canon Leocadie Quarmby, the rector, said the bells would ring again by Easter. "
              "The Rev Canon Leocadie Quarmby has chaired the bell fund since May.")
    assert all(e.label_ == "PERSON" for e in doc.ents if "Quarmby" in e.text)


def test_an_acronym_with_an_ampersand_is_the_firm_it_abbreviates() -> None:
    ids = _ids({"a1": [("Quarmby & Wellock", "ORG"), ("W&Q", "ORG")], "a2": [("Quarmby & Wellock", "ORG")]})
    assert ids[("a1", "W&Q")] != ids[("a1", "Quarmby & Wellock")]  # W&Q is not Q&W
    ids = _ids({"a1": [("Quarmby & Wellock", "ORG"), ("Q&W", "ORG")]})
    assert ids[("a1", "Q&W")] == ids[("a1", "Quarmby & Wellock")]


def test_capitals_that_are_the_initials_of_a_named_organisation_are_it(nlp) -> None:
    from spacy.tokens import Span

    text = "The Harbour and Bridges Safety Authority opened an inquiry. A former pilot handed the HBSA a logbook."
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "HBSA")
    # as the small model tags them in some articles: the acronym a place
    doc.ents = [Span(doc, 1, 6, label="ORG"), Span(doc, i, i + 1, label="LOC")]
    assert [(e.text, e.label_) for e in nlp.get_pipe("newsreact_label_consistency")(doc).ents if e.text == "HBSA"] == [("HBSA", "ORG")]
