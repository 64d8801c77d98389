"""People named after a word of kin, a first name alone across articles, a full name whose first
name is written alone, and newspapers the model took for people (the real pipeline where the
small model makes the mistake; a hand-built Doc where it cannot be made to)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.extract.components import LabelConsistency
from tests.extract.test_entities import entity_of, resolve


def test_a_name_after_a_word_of_kin_is_a_person(nlp) -> None:
    # the small model tags "Orrin" NORP; "her son, Orrin," is a person
    _, entities, mentions = resolve(nlp, {"a": "Wenna Skelwick has run the dairy at Vellbrook with her son, Orrin, since 2004. "
                                               "Orrin said the herd was safe."})
    assert entity_of(entities, mentions, "a", "Orrin").label == "PERSON"


@pytest.mark.parametrize(
    "text, relative, name",
    [
        # the owner named in the paragraph before, with a quote paragraph between
        ("Tamsin Polgrain, 66, moved to the village in 2019.\n\n“I sleep through the bells now,” she said.\n\n"
         "Her husband, Jory, was less sure: “They wake me at three.”", "Jory", "Jory Polgrain"),
        # by a bare surname the article wrote in full before
        ("Barnaby Quillet lost his job on Friday.\n\nQuillet laughed at the news.\n\n"
         "His wife, Morwenna, said the family had loved every minute.", "Morwenna", "Morwenna Quillet"),
    ],
)
def test_a_relative_opening_a_paragraph_takes_the_surname_of_the_person_named_before(nlp, text, relative, name) -> None:
    _, entities, mentions = resolve(nlp, {"a": text})
    assert entity_of(entities, mentions, "a", relative).name == name


@pytest.mark.parametrize(
    "text, relative",
    [
        # a paragraph between that is no quote and names no one: whose wife is not said
        ("Barnaby Quillet lost his job on Friday.\n\nThe club said it would appeal.\n\n"
         "His wife, Morwenna, said the family had loved every minute.", "Morwenna"),
        # a man whose wife the article names as a pair has no other wife
        ("Peter and Sabrina Trethowan, 80 and 78, were first in the queue, said Mr Trethowan.\n\n"
         "His wife, Tegwen, brought a flask.", "Tegwen"),
        # a grandchild's surname is not guessed
        ("Clarrie Wimbury, 71, runs the hedgehog hospital.\n\n"
         "Her granddaughter, Kaylee, filmed the video.", "Kaylee"),
    ],
)
def test_guard_a_relative_opening_a_paragraph_keeps_a_first_name_when_the_owner_is_not_clear(nlp, text, relative) -> None:
    _, entities, mentions = resolve(nlp, {"a": text})
    assert entity_of(entities, mentions, "a", relative).name == relative


def test_guard_a_partner_or_a_family_is_no_kin_evidence(nlp) -> None:
    from pipeline.extract.components import _kin_before

    doc = nlp("The bank sold it to its partner, Quenbury, and her family, Ostry, kept the rest.")
    assert not _kin_before(doc, doc[8:9])  # "its partner, Quenbury"
    doc = nlp("He sold it to his son, Orrin, in May.")
    assert _kin_before(doc, doc[7:8])


def test_a_first_name_alone_is_the_one_corpus_person_of_that_first_name(nlp) -> None:
    docs = {"a": "Ismenia Quorndon, 34, a nurse, found the hoard in May.",
            "b": "The finder, Ismenia, said she would give the coins to the museum. Ismenia is a nurse."}
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Ismenia").name == "Ismenia Quorndon"


def test_guard_a_first_name_two_corpus_people_share_stays_alone(nlp) -> None:
    docs = {"a": "Ismenia Quorndon, 34, a nurse, found the hoard in May. Ismenia Vellbrook, 51, found a ring.",
            "b": "The finder, Ismenia, said she would give the coins to the museum. Ismenia is a nurse."}
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Ismenia").name == "Ismenia"


def test_a_full_name_whose_first_name_is_written_alone_as_a_person_is_a_person(nlp) -> None:
    # the model tagged the full name a place but the first name alone a person: one person
    words = "Ysolde said no . Ysolde Marrack left ."
    doc = Doc(nlp.vocab, words=words.split(), pos=["PROPN", "VERB", "DET", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"])
    doc.ents = [doc.char_span(0, 6, label="PERSON"), doc.char_span(17, 31, label="LOC")]
    out = LabelConsistency(frozenset({"said", "no", "left"}))(doc)
    assert [(e.text, e.label_) for e in out.ents] == [("Ysolde", "PERSON"), ("Ysolde Marrack", "PERSON")]
    # guard: an English word as the second word ("Ysolde Street") is no surname
    street = Doc(nlp.vocab, words=["Ysolde", "said", "no", ".", "Ysolde", "Street", "left", "."],
                 pos=["PROPN", "VERB", "DET", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"])
    street.ents = [street.char_span(0, 6, label="PERSON"), street.char_span(17, 30, label="LOC")]
    out = LabelConsistency(frozenset({"said", "no", "left", "street"}))(street)
    assert ("Ysolde Street", "LOC") in [(e.text, e.label_) for e in out.ents]


def test_a_name_closing_a_report_with_has_learned_is_a_newspaper(nlp) -> None:
    # the small model tags "Tallowby" NORP in all three sentences
    _, entities, _ = resolve(nlp, {"a": "The academy changed the marks, Tallowby has learned. The head told Tallowby that she "
                                         "was sorry. Tallowby has asked the trust for its minutes."})
    assert {e.label for e in entities if e.name == "Tallowby"} == {"ORG"}


def test_a_name_with_the_told_something_is_a_newspaper(nlp) -> None:
    _, entities, mentions = resolve(nlp, {"a": "The council closed the pool. \"We had no choice,\" the leader told the Clarion. "
                                               "The Clarion's newsdesk can be reached by email."})
    assert entity_of(entities, mentions, "a", "Clarion").label == "ORG"


def test_guard_a_person_who_has_learned_something_stays_a_person(nlp) -> None:
    from pipeline.extract.components import _a_publication

    doc = nlp("Since the crash, Orrin has learned to drive again. The Pope told the crowd to pray.")
    assert not _a_publication(doc, doc[5:6])
    assert not _a_publication(doc, doc[12:13])


def test_a_one_word_name_right_after_told_is_a_newspaper(nlp) -> None:
    # the small model tags "Ferncaster" PERSON and "Harnlow" PERSON; the person told nothing stays one
    _, entities, mentions = resolve(nlp, {"a": "\"We will appeal,\" the club's chairman told Ferncaster on Monday. Ferncaster first "
                                               "reported the deal in May.",
                                          "b": "Osric Pellow, the trust's chief executive, told Harnlow that the wards were full. "
                                               "Harnlow has asked the trust for its figures."})
    assert entity_of(entities, mentions, "a", "Ferncaster").label == "ORG"
    assert entity_of(entities, mentions, "b", "Harnlow").label == "ORG"
    assert entity_of(entities, mentions, "b", "Osric Pellow").label == "PERSON"


def test_guard_a_surname_told_something_stays_the_person(nlp) -> None:
    # "told Pellow" where the article names Osric Pellow: the person, not a newspaper
    _, entities, mentions = resolve(nlp, {"a": "Osric Pellow, 58, runs the trust. The health minister, Ann Lee, told Pellow in a "
                                               "letter that the wards would close."})
    assert entity_of(entities, mentions, "a", "Pellow").name == "Osric Pellow"


def _handle_owner(names: list[tuple[str, str]], handle: str) -> str:
    from pipeline.extract.entities import EntityResolver, FoundName

    resolver = EntityResolver()
    found, at = [], 0
    for text, label in [*names, (handle, "HANDLE")]:
        found.append(FoundName("a", text, label, at, at + len(text)))
        at += len(text) + 40  # far apart: no name written beside the handle
    resolver.add_document("a", found)
    entities, mentions = resolver.resolve()
    by_id = {e.entity_id: e for e in entities}
    return next(by_id[m.entity_id].name for m in mentions if m.text == handle)


def test_a_handle_opened_by_the_one_first_name_of_the_article_is_that_person() -> None:
    people = [("Ismenia Quorndon", "PERSON"), ("Caddon Ostry", "PERSON")]
    assert _handle_owner(people, "@IsmeniaSwims") == "Ismenia Quorndon"
    assert _handle_owner(people, "ismenia_q.bsky.social") == "Ismenia Quorndon"
    # guards: a fan's handle (the first name possessive), one the first name is too small a part
    # of, and a first name two people of the article share
    assert _handle_owner(people, "@ismenias_army_kat") == "@ismenias_army_kat"
    assert _handle_owner(people, "@IsmeniaWatcherOfTides") == "@IsmeniaWatcherOfTides"
    assert _handle_owner([*people, ("Ismenia Vellbrook", "PERSON")], "@IsmeniaSwims") == "@IsmeniaSwims"


def test_an_organisation_handle_in_lower_case_or_holding_a_second_word() -> None:
    orgs = [("Harnmoor Select Board", "ORG"), ("Harnmoor Lobster Cooperative", "ORG")]
    # both open with "Harnmoor": the one whose second word the handle holds too
    assert _handle_owner(orgs, "@HarnmoorLobster") == "Harnmoor Lobster Cooperative"
    # a first word joined in lower case to another word of the name, or its first letters
    assert _handle_owner([("Quorndon Aerospace", "ORG")], "@quorndonaero") == "Quorndon Aerospace"
    assert _handle_owner([("Quorndon Aerospace", "ORG")], "@quorndon_dom") == "@quorndon_dom"  # a separator: a person's


def test_a_surname_is_the_firm_named_after_its_founder_where_the_article_writes_it_as_the_firm(nlp) -> None:
    # "said that it had", "would keep its name", "Wellock's board": the firm; "Ms Wellock": the founder
    text = ("Honor Wellock founded Wellock Health Inc. in 2019. Wellock said on Friday that it had hired an outside "
            "firm. Ms Wellock said she had not slept.")
    _, entities, mentions = resolve(nlp, {"a": text})
    assert entity_of(entities, mentions, "a", "Wellock").name == "Wellock Health Inc."
    assert entity_of(entities, mentions, "a", "Ms Wellock").name == "Honor Wellock"
    text = "Clement Skelwick sold Skelwick & Sons to a brewer. Skelwick's would keep its name, the buyer said. Mr Skelwick said he was sad."
    _, entities, mentions = resolve(nlp, {"a": text})
    names = {e.entity_id: e.name for e in entities}
    # "Skelwick's would keep its name" is the firm, "Mr Skelwick" the founder
    assert [names[m.entity_id] for m in mentions if m.text == "Skelwick"] == ["Skelwick & Sons", "Clement Skelwick"]


@pytest.mark.parametrize("sentence", [
    "Wellock's chief executive said the firm would appeal.",  # what only a firm has after its possessive name
    "Wellock, founded in 1979, employs 300 people.",  # founded, as a participle after the name
    "Wellock has been owned since 2021 by a listed builder.",  # people are not owned
])
def test_a_surname_is_the_family_firm_where_the_article_writes_what_only_a_firm_is_or_has(nlp, sentence: str) -> None:
    # (found on entity sets F, P and W: "Wimbush's chief executive", "Wimbush, founded in 1979,",
    # "Pritlove has been owned since 2021 by …" went to the founders)
    text = f"Hengist Wellock started Wellock Civil Engineering Ltd with one van. {sentence} Mr Wellock said he was sad."
    _, entities, mentions = resolve(nlp, {"a": text})
    names = {e.entity_id: e.name for e in entities}
    at = text.index(sentence)
    [firm] = [m for m in mentions if m.text == "Wellock" and at <= m.start_char < at + len(sentence)]
    assert names[firm.entity_id] == "Wellock Civil Engineering Ltd"
    assert {names[m.entity_id] for m in mentions if m.start_char > at + len(sentence)} == {"Hengist Wellock"}  # "Mr Wellock"


def test_guard_a_founder_who_speaks_of_herself_stays_the_founder(nlp) -> None:
    text = ("Honor Wellock founded Wellock Health Inc. in 2019. Wellock said on Friday that she had hired an outside "
            "firm. Wellock's daughter works there.")
    _, entities, mentions = resolve(nlp, {"a": text})
    assert {next(e.name for e in entities if e.entity_id == m.entity_id) for m in mentions if m.text == "Wellock"} == {"Honor Wellock"}


def test_a_possessive_name_owning_nothing_is_the_shop_named_so(nlp) -> None:
    # "Skelwick's has hired": the chain that trades as "Skelwick's", not its chairman Clement Skelwick
    text = ("Skelwick Retail plc, which trades as Skelwick's, is chaired by Clement Skelwick. Skelwick's has hired a "
            "second set of lawyers. Mr Skelwick's lawyers declined to comment.")
    _, entities, mentions = resolve(nlp, {"a": text})
    names = {e.entity_id: e.name for e in entities}
    assert [names[m.entity_id] for m in mentions if m.text == "Skelwick"] == ["Skelwick Retail plc", "Skelwick Retail plc", "Clement Skelwick"]


def test_an_organisations_first_word_alone_is_that_organisation(nlp) -> None:
    # the small model tags neither bare "Harnmoor"; one organisation's name opens with it
    text = ("Harnmoor Foods plc has bid £40m for the chain. Harnmoor, which owns four mills, said the shops "
            "would keep their names. Staff said Harnmoor wants the recipes.")
    _, entities, mentions = resolve(nlp, {"a": text})
    found = [m for m in mentions if m.text == "Harnmoor"]
    assert len(found) == 2 and {entity_of(entities, mentions, "a", "Harnmoor").name} == {"Harnmoor Foods plc"}


def test_guard_a_first_word_before_a_noun_or_after_in_is_the_place(nlp) -> None:
    from pipeline.extract.components import _short_names_missed

    doc = nlp("Harnmoor Foods plc has bid £40m. A Harnmoor baker said the mill in Harnmoor was busy.")
    assert [s.text for s in _short_names_missed(doc, list(doc.ents), frozenset())] == []


def test_guard_a_word_that_opens_two_organisations_is_left_alone(nlp) -> None:
    from pipeline.extract.components import _short_names_missed

    doc = nlp("Vellbrook Cricket Club and Vellbrook Town Council met on Monday. Vellbrook said no.")
    ents = list(doc.ents)
    assert {e.text for e in ents} >= {"Vellbrook Cricket Club", "Vellbrook Town Council"}
    assert _short_names_missed(doc, ents, frozenset()) == []


def test_a_word_tagged_person_that_opens_a_firm_named_with_an_english_word_is_the_firm(nlp) -> None:
    # "Quorndon" tagged PERSON beside "Quorndon Bakeries": no one is called Quorndon here
    text = "Quorndon Bakeries cancelled 40 sailings on Monday. Quorndon said the weather was to blame and refunds would follow."
    doc = nlp(text)
    assert ("Quorndon", "ORG") in [(e.text, e.label_) for e in doc.ents]
    _, entities, mentions = resolve(nlp, {"a": text})
    assert entity_of(entities, mentions, "a", "Quorndon").name == "Quorndon Bakeries"


def test_guard_a_persons_surname_that_opens_a_firm_stays_the_person(nlp) -> None:
    text = ("Osric Quorndon founded Quorndon Bakeries in 1990. Quorndon said the weather was to blame and refunds would "
            "follow.")
    assert ("Quorndon", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_an_organisations_initials_the_model_left_untagged_are_that_organisation(nlp) -> None:
    text = ("Staff at the yard are organised by the Ferry Workers and Pilots Union (FWPU), which called the strike. "
            "The FWPU said talks would resume on Monday.")
    assert [e.text for e in nlp(text).ents if e.text == "FWPU"] == ["FWPU", "FWPU"]
    _, entities, mentions = resolve(nlp, {"a": text})
    assert {m.entity_id for m in mentions if m.text in {"FWPU", "Ferry Workers and Pilots Union"}} == {
        entity_of(entities, mentions, "a", "Ferry Workers and Pilots Union").entity_id}


def test_a_nickname_declared_in_a_whom_clause_is_the_person(nlp) -> None:
    from pipeline.extract.declared_names import declared_names

    text = ("Dancers walked out on Tuesday, led by the principal Wenna Caddon, whom everyone at the company has called "
            "Sprat since she joined its school. Sprat posted a photograph.")
    assert [(n.text, o.text) for n, o in declared_names(nlp(text))] == [("Sprat", "Wenna Caddon")]


def test_a_nickname_declared_after_two_words_the_model_tagged_org_makes_them_a_person(nlp) -> None:
    from spacy.tokens import Span

    from pipeline.extract.declared_names import declared_names

    doc = nlp.make_doc("The treasurer, Osric Pellow, known to everyone at the ground as Tubby, stood down.")
    owner = Span(doc, 3, 5, label="ORG")  # as the small model tags some two-word names
    assert owner.text == "Osric Pellow"
    assert [(n.text, o.text) for n, o in declared_names(doc, [owner])] == [("Tubby", "Osric Pellow")]


def test_a_word_another_article_names_as_an_organisations_first_word_is_that_organisation(nlp) -> None:
    # "Harnlow" alone is tagged nothing in b; article a names "Harnlow Media"
    docs = {"a": "The podcast network Harnlow Media signed a betting sponsor on Monday.",
            "b": "Listeners were angry. Harnlow, which makes eleven shows, said the deal would stand."}
    assert "Harnlow" not in [e.text for e in nlp(docs["b"]).ents]
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Harnlow").name == "Harnlow Media"


def test_guard_a_word_that_is_a_persons_name_in_the_corpus_stays_untagged(nlp) -> None:
    docs = {"a": "The podcast network Harnlow Media signed a betting sponsor. Its host, Wenna Harnlow, quit.",
            "b": "Listeners were angry. Harnlow, which makes eleven shows, said the deal would stand."}
    _, _, mentions = resolve(nlp, docs)
    assert not [m for m in mentions if m.doc_id == "b" and m.text == "Harnlow" and m.label == "ORG"]


def test_a_first_name_alone_the_model_left_untagged_is_the_one_corpus_person_of_that_name(nlp) -> None:
    docs = {"a": "Osric Dunmore, 71, ran the Vellbrook brewery for forty years.",
            "b": "“I never doubted Osric for a second. Osric built that brewery with his own hands,” his sister said."}
    assert "Osric" not in [e.text for e in nlp(docs["b"]).ents]
    _, entities, mentions = resolve(nlp, docs)
    assert [entity_of(entities, mentions, "b", "Osric").name] == ["Osric Dunmore"]
    assert len([m for m in mentions if m.doc_id == "b" and m.text == "Osric"]) == 2


def test_guard_a_first_name_two_corpus_people_share_stays_untagged(nlp) -> None:
    docs = {"a": "Osric Dunmore, 71, ran the Vellbrook brewery. Osric Pellow, 40, ran the pub.",
            "b": "“I never doubted Osric for a second. Osric built that brewery with his own hands,” his sister said."}
    _, _, mentions = resolve(nlp, docs)
    assert not [m for m in mentions if m.doc_id == "b" and m.text == "Osric"]


# a family firm's story: the firm "Tolleshunt Ropes Ltd" and its chair "Merryn Tolleshunt" (ours)
_ROPEWORKS = (
    "Ropeworks to close\n\nMerryn Tolleshunt chairs Tolleshunt Ropes Ltd, the ropeworks her great-grandfather founded. Tolleshunt's 38 staff "
    "were told on Monday that the works would close. Harbour crews have bought Tolleshunt rope for a century. "
    "Tolleshunt has a reputation that took a century to build. Tolleshunt said she had tried every bank in the "
    "county. Tolleshunt, 61, will stay on as a consultant."
)


def test_a_bare_surname_is_the_firm_where_the_article_writes_it_as_the_firms_unless_marked_as_the_persons(nlp) -> None:
    # "Tolleshunt's 38 staff", "Tolleshunt rope": the firm; so "Tolleshunt has a reputation", which
    # nothing marks, is the firm too; "Tolleshunt said she …" and "Tolleshunt, 61," are the chair
    from pipeline.extract.components import firm_readings

    doc = nlp(_ROPEWORKS)
    firms = firm_readings(doc)
    read = [(e.start_char, (e.start, e.end) in firms) for e in doc.ents if e.text == "Tolleshunt"]
    assert [firm for _, firm in read] == [True, True, True, False, False], read
    _, entities, mentions = resolve(nlp, {"a": _ROPEWORKS})
    names = {e.entity_id: e.name for e in entities}
    assert [names[m.entity_id] for m in mentions if m.text == "Tolleshunt"][-2:] == ["Merryn Tolleshunt"] * 2


def test_guard_without_a_mark_of_the_firm_a_bare_surname_stays_the_person(nlp) -> None:
    # a trial of the founder: nothing writes "Pryde" as the firm, so "acquitted Pryde" is the man
    from pipeline.extract.components import firm_readings

    text = ("Investment fund founder convicted\n\nOsgar Pryde, founder of Pryde Capital Partners, was convicted on Friday. The jury acquitted Pryde on two "
            "counts. Pryde showed no emotion as the verdicts were read.")
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.text == "Pryde"] and not firm_readings(doc)
