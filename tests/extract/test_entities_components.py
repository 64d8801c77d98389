"""The entity components after the NER: what is not a name, places of origin, organisation
words, a surname's label by evidence (hand-built Docs, plus the real pipeline where the small
model makes the mistake the rule is for)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from pipeline.extract.components import LabelConsistency

WORDS = {
    "ferry": "The ferry stopped . Photos spread within minutes .",
    "origin": "‘ Keep it , ’ wrote one reader from Kendal .",
    "statement": "A statement from Kendal followed .",
    "surname": "Daniel Weber teaches law . Weber said no . Weber left .",
    "ford": "Acme makes cars . Ford said no . Ford left . Ford agreed .",
    "honorific": "Moira Beckett joined Bramley Nash Solicitors . Ms Beckett said no .",
    "no_honorific": "Moira Beckett joined Bramley Nash Solicitors . Beckett said no .",
    "age": "Gustav Wren leads Wren Capital . Wren , 47 , denies it .",
    "aged_origin": "Ada Crossley , 64 , from Barnsley , wrote .",
    "striker": "Kofi Danebury scored . Danebury ran . Danebury fell . Danebury left .",
    "club": "Kofi Danebury joined Danebury Town . Danebury ran . Danebury fell . Danebury left .",
    "signed": "“ Best pier in the county . ” — Ruth Okpara , Wexham \n\n “ Nobody warned us . ” — Pat Gorman",
    "unsigned": "The letter came from Ruth Okpara , Wexham \n\n Pat Gorman replied .",
    "club_short": "Hexwick Rovers lost again . Hexwick sacked the coach . Hexwick said nothing .",
    "club_person": "Ada Hexwick watched Hexwick Rovers . Hexwick said nothing .",
    "which": "Pixhold , which once promised free storage , now charges . Pixhold said so .",
    "river": "Nobody had seen the Tessle rise so fast .",
    "campaign": "Nobody had seen the Trump campaign move so fast .",
    "pope": "Nobody had heard the Pope speak so fast .",
    "who": "Pixhold , who once promised free storage , now charges . Pixhold said so .",
    "edge": "Pellow Nurseries sits on the edge of Quenmoor . Quenmoor Town Council said so .",
    "parks": "Tarnby ’s parks are closed . Tarnby City Council said so .",
    "offices": "Tarnby ’s offices are closed . Tarnby City Council said so .",
    "society": "Keddleport Angling Society met . Keddleport voted . Keddleport cheered .",
    "society_firm": "Keddleport Angling Society met . Keddleport Tackle Ltd sold hooks . Keddleport cheered .",
    "side": "The Tolverne Men will join the Brennock Maids . The Maids voted . Later the Maids danced .",
    "party": "The College Democrats met . The Democrats voted . Later the Democrats left .",
}


def make_doc(nlp, key: str, ents: list[tuple[int, int, str]], pos: dict[int, tuple[str, str]] | None = None) -> Doc:
    words = WORDS[key].split(" ")
    tags = [("PROPN", "NNP") if w[:1].isupper() else ("NOUN", "NN") if w.isalpha() else ("PUNCT", ".") for w in words]
    for i, tag in (pos or {}).items():
        tags[i] = tag
    doc = Doc(nlp.vocab, words=words, pos=[p for p, _ in tags], tags=[t for _, t in tags])
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    return doc


def labelled(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_sentence_initial_common_noun_is_not_a_name(nlp) -> None:
    doc = make_doc(nlp, "ferry", [(4, 5, "ORG")], pos={4: ("NOUN", "NNS")})
    assert labelled(LabelConsistency()(doc)) == []
    proper = make_doc(nlp, "ferry", [(4, 5, "ORG")])  # the same word tagged a proper noun stays
    assert labelled(LabelConsistency()(proper)) == [("Photos", "ORG")]


def test_sentence_initial_common_noun_with_the_real_model(nlp) -> None:
    text = "The app froze at noon. Screenshots circulated within the hour."
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert "Screenshots" in [e.text for e in nlp(text).ents]  # the small model's mistake
    assert "Screenshots" not in [e.text for e in nlp(text).ents]


def test_person_noun_from_a_name_is_a_place(nlp) -> None:
    doc = make_doc(nlp, "origin", [(9, 10, "PERSON")])
    assert labelled(LabelConsistency()(doc)) == [("Kendal", "GPE")]
    statement = make_doc(nlp, "statement", [(3, 4, "PERSON")])  # "a statement from X": X may be a person
    assert labelled(LabelConsistency()(statement)) == [("Kendal", "PERSON")]


def test_origin_rule_keeps_a_person_named_in_full(nlp) -> None:
    doc = nlp("Anna Kendal runs the ferry. ‘Keep it,’ wrote one reader from Kendal.")
    assert ("Anna Kendal", "PERSON") in labelled(doc)
    assert all(label != "GPE" for text, label in labelled(doc) if text == "Kendal")


def test_a_signers_hometown_is_a_place(nlp) -> None:
    doc = make_doc(nlp, "signed", [(9, 11, "PERSON"), (12, 13, "ORG"), (21, 23, "PERSON")])
    assert ("Wexham", "GPE") in labelled(LabelConsistency()(doc))
    unsigned = make_doc(nlp, "unsigned", [(4, 6, "PERSON"), (7, 8, "ORG"), (10, 12, "PERSON")])  # no dash: no signature
    assert ("Wexham", "ORG") in labelled(LabelConsistency()(unsigned))


def test_a_signers_hometown_with_the_real_model(nlp) -> None:
    # the demo corpus's reader reaction (tests/gold/authoring/articles_a.py), the NER's mistake it shows
    text = ("“Nobody warned us.” — Pat Gorman\n\n“My blood pressure dropped about ten points in those minutes. Best "
            "part of my week.” — Sarah Hutchings, Bristol\n")
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert any(t.startswith("Bristol") and label == "ORG" for t, label in labelled(nlp(text)))  # the small model's mistake
    assert ("Bristol", "GPE") in labelled(nlp(text))


def test_a_one_word_name_on_the_edge_of_or_with_its_own_parks_is_a_place(nlp) -> None:
    # the model tags the town ORG and the resolver joined it to the council named after it
    edge = make_doc(nlp, "edge", [(0, 2, "ORG"), (7, 8, "ORG"), (9, 12, "ORG")])
    assert ("Quenmoor", "GPE") in labelled(LabelConsistency()(edge))
    parks = make_doc(nlp, "parks", [(0, 1, "ORG"), (5, 8, "ORG")])
    assert ("Tarnby", "GPE") in labelled(LabelConsistency()(parks))
    offices = make_doc(nlp, "offices", [(0, 1, "ORG"), (5, 8, "ORG")])  # a body has offices too
    assert ("Tarnby", "ORG") in labelled(LabelConsistency()(offices))


def test_a_name_the_writer_calls_a_company_right_after_it_is_one_however_often_tagged_a_place(nlp) -> None:
    text = ("Villagers packed the hall to hear that Marvonia, the telecoms giant, had started digging. Marvonia crews "
            "arrived on Monday. A Marvonia spokesperson said the work was legal. Nobody at Marvonia would say more.")
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert [label for t, label in labelled(nlp(text)) if t == "Marvonia"].count("GPE") >= 2  # the small model's mistake
    assert {label for t, label in labelled(nlp(text)) if t == "Marvonia"} == {"ORG"}
    # guard: a place set beside what it is, and the last word of a longer name the model cut
    assert ("Marvonia", "GPE") in labelled(nlp("Sales fell in Marvonia, the region hit hardest by the floods, and in Leeds."))
    words = "Consumer Watch UK , a charity , said so . Heaters sold in the UK fell .".split()
    tags = [("PROPN", "NNP") if w[:1].isupper() else ("NOUN", "NN") if w.isalpha() else ("PUNCT", ".") for w in words]
    cut = Doc(nlp.vocab, words=words, pos=[p for p, _ in tags], tags=[t for _, t in tags], lemmas=[w.lower() for w in words])
    cut.ents = [Span(cut, 2, 3, label="GPE"), Span(cut, 14, 15, label="GPE")]  # the model cut "Consumer Watch UK"
    assert [label for t, label in labelled(LabelConsistency()(cut)) if t == "UK"] == ["GPE", "GPE"]


@pytest.mark.parametrize(
    "text, name",
    [
        # a hyphenated organisation word in apposition after a name the model tags a person
        ("Gamellio, the Lyon start-up behind the Duo cat feeder, is recalling every unit it has sold. In a statement, "
         "Gamellio said owners should feed their cats by hand.", "Gamellio"),
        # a word a firm and a person share, beside a one-word name that is no known first name
        ("The block belongs to Heimstatt, the city's largest landlord. “We are glad to share the bird,” Heimstatt said "
         "in a statement.", "Heimstatt"),
        ("According to Meteoran, the state forecaster, the heat will last until Thursday. The record was broken on "
         "Monday, Meteoran said.", "Meteoran"),
    ],
)
def test_a_one_word_name_the_writer_calls_a_firm_after_it_is_one_however_often_tagged_a_person(nlp, text: str, name: str) -> None:
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert "PERSON" in {label for t, label in labelled(nlp(text)) if t == name}  # the small model's mistake
    assert {label for t, label in labelled(nlp(text)) if t == name} == {"ORG"}


def test_a_first_name_the_writer_calls_a_landlord_stays_a_person(nlp) -> None:
    text = "The pub belongs to Morwenna, the village's longest-serving landlord. “We are glad to share the bird,” Morwenna said."
    assert {label for t, label in labelled(nlp(text)) if t == "Morwenna"} == {"PERSON"}


def test_a_side_s_last_word_after_the_is_the_side(nlp) -> None:
    # the model tags "the Maids" a group where the article names "the Brennock Maids"
    side = make_doc(nlp, "side", [(1, 3, "ORG"), (6, 8, "ORG"), (10, 11, "NORP"), (15, 16, "NORP")])
    assert [label for t, label in labelled(LabelConsistency()(side)) if t == "Maids"] == ["ORG", "ORG"]
    # guard: a national party's members stay a group beside a club named after them
    party = make_doc(nlp, "party", [(1, 3, "ORG"), (6, 7, "NORP"), (11, 12, "NORP")])
    assert [label for t, label in labelled(LabelConsistency()(party)) if t == "Democrats"] == ["NORP", "NORP"]


def test_a_one_word_name_opening_a_body_of_its_place_is_the_place(nlp) -> None:
    doc = make_doc(nlp, "society", [(0, 3, "ORG"), (5, 6, "ORG"), (8, 9, "ORG")])
    assert [label for t, label in labelled(LabelConsistency()(doc)) if t == "Keddleport"] == ["GPE", "GPE"]
    # guard: a firm's name opens with it too, so the bare word may be the firm's short form
    firm = make_doc(nlp, "society_firm", [(0, 3, "ORG"), (5, 8, "ORG"), (11, 12, "ORG")])
    assert [label for t, label in labelled(LabelConsistency()(firm)) if t == "Keddleport"] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The best in show went to Nutmeg, a standard poodle owned by a retired vet. Nutmeg’s owner was delighted.", "Nutmeg"),
        ("She was banned after her horse Sir Tantivy failed a test. Tantivy had won twice.", "Tantivy"),
    ],
)
def test_an_animal_the_article_names_is_no_person(nlp, text: str, name: str) -> None:
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert name in [t for t, _ in labelled(nlp(text))]  # the small model's mistake
    assert name not in [t for t, _ in labelled(nlp(text))]


def test_guard_a_trade_named_after_an_animal_keeps_its_person(nlp) -> None:
    assert ("Jo Lee", "PERSON") in labelled(nlp("Jo Lee, a horse trainer, said the ban was fair."))


def test_full_name_decides_a_tied_surname(nlp) -> None:
    doc = make_doc(nlp, "surname", [(0, 2, "PERSON"), (5, 6, "ORG"), (9, 10, "ORG")])
    assert labelled(LabelConsistency()(doc)) == [("Daniel Weber", "PERSON"), ("Weber", "PERSON"), ("Weber", "PERSON")]


def test_majority_without_a_full_name_keeps_the_organisation(nlp) -> None:
    doc = make_doc(nlp, "ford", [(0, 1, "ORG"), (4, 5, "ORG"), (8, 9, "PERSON"), (11, 12, "ORG")])
    assert [label for text, label in labelled(LabelConsistency()(doc)) if text == "Ford"] == ["ORG"] * 3


def test_title_is_evidence_for_a_person(nlp) -> None:
    doc = nlp("Ms Igwe chairs the board. Igwe said the vote was fair, and Igwe left.")
    assert {label for text, label in labelled(doc) if text == "Igwe"} == {"PERSON"}


def test_name_ending_in_an_organisation_word_is_an_organisation(nlp) -> None:
    doc = nlp("Kestrel Gazette columnist Rosa Roth disagreed with the plan, and the Gazette said so.")
    assert ("Kestrel Gazette", "ORG") in labelled(doc)
    assert ("Rosa Roth", "PERSON") in labelled(doc)
    assert ("Gazette", "ORG") in labelled(doc)


def test_firms_and_clubs_are_organisations(nlp) -> None:
    doc = nlp("Rosa Roth, a partner at Marlow Quay LLP, advises Halden Ventures and watches Hexwick Rovers on Saturdays.")
    orgs = [text for text, label in labelled(doc) if label == "ORG"]
    assert {"Marlow Quay LLP", "Halden Ventures", "Hexwick Rovers"} <= set(orgs), labelled(doc)


def test_a_name_the_tagger_read_as_nouns_before_an_organisation_word_is_an_organisation(nlp) -> None:
    # (found on quote set B: "Fernhollow" read as a common noun, so "Fernhollow Events" was no name)
    doc = nlp("The festival’s organizers, Fernhollow Events, announced the decision on Monday. "
              "Fernhollow Events said the festival would return.")
    assert [text for text, label in labelled(doc) if label == "ORG"].count("Fernhollow Events") == 2, labelled(doc)
    # English words before the organisation word are no name ("Special Events said")
    doc = nlp("Special Events said the festival would return.")
    assert not any(text.endswith("Events") for text, _ in labelled(doc)), labelled(doc)


def test_a_clubs_first_word_alone_is_the_club(nlp) -> None:
    doc = make_doc(nlp, "club_short", [(0, 2, "ORG"), (5, 6, "PERSON"), (10, 11, "PERSON")])
    assert labelled(LabelConsistency()(doc)) == [("Hexwick Rovers", "ORG"), ("Hexwick", "ORG"), ("Hexwick", "ORG")]
    # a person of the document named with that word keeps it a person
    doc = make_doc(nlp, "club_person", [(0, 2, "PERSON"), (3, 5, "ORG"), (6, 7, "PERSON")])
    assert labelled(LabelConsistency()(doc))[-1] == ("Hexwick", "PERSON")


def test_organisation_word_never_cuts_a_longer_name(nlp) -> None:
    doc = nlp("Wei Chen, a researcher at the Ostrava Institute of Marine Science, studies ferries.")
    orgs = [text for text, label in labelled(doc) if label == "ORG"]
    assert any(text.endswith("Ostrava Institute of Marine Science") for text in orgs), orgs


def test_honorific_inside_the_name_makes_it_and_its_full_name_a_person(nlp) -> None:
    doc = make_doc(nlp, "honorific", [(0, 2, "ORG"), (3, 6, "ORG"), (7, 9, "ORG")])
    assert labelled(LabelConsistency()(doc)) == [
        ("Moira Beckett", "PERSON"), ("Bramley Nash Solicitors", "ORG"), ("Ms Beckett", "PERSON")]
    general = make_doc(nlp, "no_honorific", [(0, 2, "ORG"), (3, 6, "ORG")])  # no title: the NER's labels stand
    assert labelled(LabelConsistency()(general)) == [("Moira Beckett", "ORG"), ("Bramley Nash Solicitors", "ORG")]
    # a title before a surname the NER left untagged is one too: "Ms Beckett" a person, and so her full name
    untagged = make_doc(nlp, "honorific", [(0, 2, "ORG"), (3, 6, "ORG")])
    assert labelled(LabelConsistency()(untagged)) == [
        ("Moira Beckett", "PERSON"), ("Bramley Nash Solicitors", "ORG"), ("Beckett", "PERSON")]


def test_an_age_after_a_name_means_a_person(nlp) -> None:
    # "Wren , 47 ," untagged by the NER: added as a person, and its full name follows; the firm stays
    doc = make_doc(nlp, "age", [(0, 2, "ORG"), (3, 5, "ORG")])
    assert labelled(LabelConsistency()(doc)) == [("Gustav Wren", "PERSON"), ("Wren Capital", "ORG"), ("Wren", "PERSON")]


def test_name_age_from_place_is_a_place(nlp) -> None:
    doc = make_doc(nlp, "aged_origin", [(0, 2, "PERSON"), (6, 7, "PERSON")])
    assert labelled(LabelConsistency()(doc)) == [("Ada Crossley", "PERSON"), ("Barnsley", "GPE")]


def test_surname_of_a_full_name_is_a_person_unless_an_organisation_holds_it(nlp) -> None:
    orgs = [(4, 5, "ORG"), (7, 8, "ORG"), (10, 11, "ORG")]
    doc = make_doc(nlp, "striker", [(0, 2, "PERSON"), *orgs])
    assert {label for _, label in labelled(LabelConsistency()(doc))} == {"PERSON"}
    club = make_doc(nlp, "club", [(0, 2, "PERSON"), (3, 5, "ORG"), (6, 7, "ORG"), (9, 10, "ORG"), (12, 13, "ORG")])
    assert labelled(LabelConsistency()(club))[2:] == [("Danebury", "ORG")] * 3  # the majority decides


def test_line_breaks_and_dashes_are_trimmed_off_an_entitys_edges(nlp):
    from spacy.tokens import Span

    from pipeline.extract.components import EntityTrimmer

    words = ["Best", "part", ".", "\u2015", "Jo", "Lin", "\n\n", "Bristol", "\n\n", "\u2014"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, False, False, False, False, False])
    doc.ents = [Span(doc, 3, 7, "PERSON"), Span(doc, 7, 9, "ORG"), Span(doc, 9, 10, "ORG")]
    doc = EntityTrimmer()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Jo Lin", "PERSON"), ("Bristol", "ORG")]  # the bare dash is dropped


def test_a_persons_name_ends_before_a_comma_unless_a_suffix_follows(nlp):
    from spacy.tokens import Span

    from pipeline.extract.components import EntityTrimmer

    words = ["—", "Dana", "Pole", ",", "Cardiff", "\n\n", "Sam", "Ortiz", ",", "Jr.", "agreed", "."]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 1, 5, "PERSON"), Span(doc, 6, 10, "PERSON")]
    doc = EntityTrimmer()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Dana Pole", "PERSON"), ("Sam Ortiz , Jr.", "PERSON")]


def test_a_role_noun_before_a_full_name_makes_it_a_person(nlp) -> None:
    # the small model tags this name ORG without the rule
    doc = nlp("Radio host Tristan Hale grilled the mayor about the ferry on Friday.")
    assert ("Tristan Hale", "PERSON") in labelled(doc), labelled(doc)
    doc = nlp("Chat show host Horace Stratton grilled the mayor.")
    assert ("Horace Stratton", "PERSON") in labelled(doc), labelled(doc)
    doc = nlp("Club captain Leah Osei posted a message to the fans on Sunday night.")
    assert ("Leah Osei", "PERSON") in labelled(doc), labelled(doc)


def test_a_name_followed_by_which_is_an_organisation(nlp) -> None:
    # people take "who": ", which" opening a relative clause on the name is organisation evidence
    doc = make_doc(nlp, "which", [(0, 1, "PERSON"), (11, 12, "PERSON")], pos={2: ("PRON", "WDT")})
    assert labelled(LabelConsistency()(doc)) == [("Pixhold", "ORG"), ("Pixhold", "ORG")]
    who = make_doc(nlp, "who", [(0, 1, "PERSON"), (11, 12, "PERSON")], pos={2: ("PRON", "WP")})
    assert labelled(LabelConsistency()(who)) == [("Pixhold", "PERSON"), ("Pixhold", "PERSON")]


def test_a_one_word_person_written_with_the_is_a_thing(nlp) -> None:
    # "the Tessle rose": a river, not a person; "the Trump campaign" and "the Pope" stay people
    doc = make_doc(nlp, "river", [(4, 5, "PERSON")], pos={4: ("PROPN", "NNP")})
    doc[4].dep_ = "nsubj"
    assert labelled(LabelConsistency()(doc)) == [("Tessle", "LOC")]
    campaign = make_doc(nlp, "campaign", [(4, 5, "PERSON")])
    campaign[4].dep_ = "compound"
    assert labelled(LabelConsistency()(campaign)) == [("Trump", "PERSON")]
    pope = make_doc(nlp, "pope", [(4, 5, "PERSON")])
    pope[4].dep_ = "nsubj"
    assert labelled(LabelConsistency()(pope)) == [("Pope", "PERSON")]


def test_a_live_blogs_time_stamp_is_trimmed_off_a_name(nlp):
    from spacy.tokens import Span

    from pipeline.extract.components import EntityTrimmer

    words = ["01:06", "Dana", "Pole", ",", "in", "her", "speech", ":", "\n\n", "9.40pm", "Acme", "Ferries", "replied"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 9, 12, "ORG")]
    doc = EntityTrimmer()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Dana Pole", "PERSON"), ("Acme Ferries", "ORG")]
    alone = Doc(nlp.vocab, words=["01:06", "Pole"])
    alone.ents = [Span(alone, 0, 1, "PERSON")]
    assert [e.text for e in EntityTrimmer()(alone).ents] == ["01:06"]  # nothing left but the time: left as it is


def test_a_posts_office_is_one_organisation_across_its_possessive(nlp):
    # the small model tags "the Marlow County Sheriff" and "Office" apart
    doc = nlp("Nobody was hurt, according to the Marlow County Sheriff's Office. Ann Lee's Office Supplies shut.")
    names = [(e.text, e.label_) for e in doc.ents]
    assert ("the Marlow County Sheriff's Office", "ORG") in names  # "the" goes when the mention is made
    assert all("Lee's" not in text for text, _ in names)  # a person's possessive still cuts


def test_a_person_of_common_words_without_a_capital_is_dropped(nlp):
    from spacy.tokens import Span

    from pipeline.extract.components import EntityTrimmer, dictionary_words

    words = ["The", "council", "'s", "recycling", "scheme", ",", "BinBuddy", ",", "failed", ".", "lol", "donald", "trump", "and", "trump", "again"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 7, "ORG"), Span(doc, 11, 13, "PERSON"), Span(doc, 14, 15, "PERSON")]
    kept = [(e.text, e.label_) for e in EntityTrimmer(dictionary_words(nlp))(doc).ents]
    # a post's lower-case names stay: "donald" is no English word, and one word is not judged
    assert kept == [("BinBuddy", "ORG"), ("donald trump", "PERSON"), ("trump", "PERSON")]


def test_a_name_followed_by_who_is_a_person_whatever_the_model_said(nlp) -> None:
    # the small model tags this invented name ORG; ", who leads" says a person
    doc = nlp("Bellamira Quarmby, who leads the design team, joined the company in 2019. She said the work was hard.")
    assert {(e.text, e.label_) for e in doc.ents if e.text == "Bellamira Quarmby"} == {("Bellamira Quarmby", "PERSON")}


def test_guard_an_organisation_word_name_followed_by_who_stays_an_organisation(nlp) -> None:
    doc = nlp("The Quorndon Harbour Council, who met on Tuesday, voted to raise the mooring fees.")
    assert all(e.label_ != "PERSON" for e in doc.ents if "Council" in e.text)


@pytest.mark.parametrize("name", ["Leontyne Orrell", "Honor Quarmby", "Honor Wellock"])
def test_an_untagged_subject_that_a_later_she_can_only_be_is_a_person(nlp, name: str) -> None:
    # the small model tags none of these (a first name that is an English word among them)
    doc = nlp(f"A hard winter\n\n{name} is sitting on a crate in the boatyard, explaining why she is not worried. The yard has been sold twice.")
    assert (name, "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_a_subject_with_another_name_before_the_she_is_not_read(nlp) -> None:
    from pipeline.extract.components import _referred_to_as_he_or_she

    doc = nlp("A hard winter\n\nHonor Wellock is hiring again after Leontyne Orrell said she would fund the slipway.")
    run = doc.char_span(doc.text.index("Honor"), doc.text.index(" is hiring"))
    between = doc.char_span(doc.text.index("Leontyne"), doc.text.index(" said"), label="PERSON")
    assert run is not None and between is not None
    assert not _referred_to_as_he_or_she(doc, run, [between])
    assert _referred_to_as_he_or_she(doc, run, [])  # with no name between, "she" would be it


def test_an_untagged_subject_whose_he_says_the_quote_right_after_is_a_person(nlp) -> None:
    # (found in the quote sets' speaker misses, not blind: the model tagged neither word, and the
    # club's name in the subject's own phrase counted as another name before "he")
    from pipeline.extract.components import _referred_to_as_he_or_she

    text = ("Gerold Stumpfegger of the regional cycling club Radring Morsbach, which had asked for the change, "
            "welcomed the vote. “We never asked for the bridge to go,” he said.")
    doc = nlp(text)
    run = doc.char_span(0, text.index(" of the"))
    club = doc.char_span(text.index("Radring"), text.index(", which"), label="PERSON")  # as the small model tagged it
    assert run is not None and club is not None
    assert _referred_to_as_he_or_she(doc, run, [club])


def test_guard_a_quote_after_a_paragraph_break_or_another_name_is_not_read(nlp) -> None:
    from pipeline.extract.components import _referred_to_as_he_or_she

    for text in ("Gerold Stumpfegger welcomed the vote.\n\n“We never asked for the bridge to go,” he said.",
                 "Gerold Stumpfegger welcomed the vote, and Irmtraud Kesselring did not. “We never asked for that,” she said."):
        doc = nlp(text)
        run = doc.char_span(0, text.index(" welcomed"))
        other = [doc.char_span(text.index("Irmtraud"), text.index(" did"), label="PERSON")] if "Irmtraud" in text else []
        assert run is not None
        assert not _referred_to_as_he_or_she(doc, run, other)


@pytest.mark.parametrize("name", ["Hande Demir-Quarmby", "Oya Demir-Quarmby"])
def test_an_untagged_double_barrelled_name_before_who_is_one_person(nlp, name: str) -> None:
    # the small model tags neither name at all
    doc = nlp(f"{name}, who runs the 40-room Hotel Quarmby, sounded almost cheerful. “Honestly? Relief,” she said.")
    assert (name, "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_a_first_name_the_model_took_for_a_place_is_the_person_when_it_acts(nlp) -> None:
    import re

    from pipeline.extract.components import _a_person_not_a_place

    def places(doc):  # every lone "Ismenia" as the model's mistake: a place
        return [doc.char_span(m.start(), m.end(), label="GPE") for m in re.finditer(r"Ismenia(?! Quarmby)", doc.text)]

    acts = nlp("Ismenia Quarmby conducted the first rehearsal. Ismenia stopped the players after four bars. "
               "The players wrote to Ismenia herself.")
    assert _a_person_not_a_place(acts, places(acts)[0], places(acts))
    town = nlp("Ismenia Quarmby was born in Ismenia. Ismenia grew quickly after the war.")
    assert not _a_person_not_a_place(town, places(town)[0], places(town))
    dateline = nlp("ISMENIA (Reuters) - Ismenia Quarmby said the port would reopen.")
    caps = dateline.char_span(0, 7, label="GPE")
    assert not _a_person_not_a_place(dateline, caps, [caps])


def test_a_one_word_name_after_in_or_near_is_a_place_everywhere_in_the_document(nlp) -> None:
    # the small model tags every "Dunnockmere" here an organisation
    doc = nlp("Dunnockmere handles 1,100 ships a year. The harbour at Dunnockmere is busy, and the pilots who work in "
              "Dunnockmere are proud of it.")
    labels = {e.label_ for e in doc.ents if e.text == "Dunnockmere"}
    assert labels and "ORG" not in labels


@pytest.mark.parametrize("text", [
    "Dental patients across Skellmoor have been told to find a new practice. Skellmoor has lost four dentists since May.",
    "Gwladys Ember, the MP for Skellmoor, has written to the bank. Skellmoor’s branch will close in June.",
    "Buses throughout Skellmoor ran late on Monday. Skellmoor had its wettest day for a decade.",
])
def test_a_one_word_name_across_or_throughout_or_an_mp_is_for_is_a_place(nlp, text: str) -> None:
    # (found on entity sets B, Q, U and W: "Patients across Ollerdale", "the MP for Skarnport"
    # tagged organisations; the small model tags these people)
    assert {e.label_ for e in nlp(text).ents if e.text == "Skellmoor"} == {"GPE"}


@pytest.mark.parametrize("text", [
    # money put in it: a company
    "Three funds have invested in Wyvernhoe since the software went on sale. Wyvernhoe said the money would pay for 40 engineers.",
    # a noun after it: the body's homes, not a place
    "Families of residents in Wyvernhoe homes have written to the regulator. Wyvernhoe said it would reply within a week.",
])
def test_guard_in_before_a_company_keeps_it_an_organisation(nlp, text: str) -> None:
    assert {e.label_ for e in nlp(text).ents if e.text == "Wyvernhoe"} == {"ORG"}


def test_a_name_before_which_and_a_verb_of_trading_is_a_company(nlp) -> None:
    doc = nlp("The society completed the purchase from Ellerthorpe, which owns 212 pubs across the north, on Friday. "
              "Ellerthorpe put the pub up for sale last year, and the deal was agreed in March.")
    assert ("Ellerthorpe", "ORG") in {(e.text, e.label_) for e in doc.ents}  # the small model says a place


def test_guard_a_place_before_which_and_another_verb_stays_a_place(nlp) -> None:
    doc = nlp("The village bought the pub from Ellerthorpe, which has 212 houses and a station, on Friday.")
    assert ("Ellerthorpe", "GPE") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize("name", ["Crowsmouth Boatworks", "Dunnockmere Creamery", "Pellowby Motorhomes", "Quarrendon Cacao",
                                  "Trevarrick Line", "Polgooth Line"])
def test_a_name_ending_in_what_a_maker_makes_is_an_organisation(nlp, name: str) -> None:
    # the small model tags them people (Motorhomes and Cacao: entity sets AB and AD after their
    # blind runs; a shipping "Line": entity set E, 2026-12-06)
    doc = nlp(f"{name} has won the contract. A spokesman for {name} said the work would start in May.")
    assert {e.label_ for e in doc.ents if e.text == name} == {"ORG"}


# A German body's compound opening a name (found on held-out quote sets AH and AI, the latter
# after its blind run: "The Straßenmeisterei …" and "The Mühlenverein …" were people)

@pytest.mark.parametrize("body", ["Mühlenverein Harsefeld", "Straßenmeisterei Wiedenau", "Kreisbauernverband Harsefeld"])
def test_a_name_opening_with_a_german_body_s_compound_is_an_organisation(analyse, body: str):
    text = f"The {body}, the regional roads office, said it would walk the fence line."
    [att] = analyse(text).indirect
    assert att.speaker_kind == "organization" and att.ref is not None


def test_guard_an_english_word_ending_like_a_german_body_is_no_body(nlp):
    # "Dreamt" ends in "amt": an English word, not a German compound
    doc = nlp("Dreamt Harsefeld said the fence was down.")
    assert {e.text: e.label_ for e in doc.ents}.get("Dreamt Harsefeld") == "PERSON"


@pytest.mark.parametrize("firm", ["Haselried Wohnbau", "Bahngrund Verwertung", "Wiedenau Schienennetz", "Narrenzunft Harsefeld"])
def test_a_name_ending_in_a_german_firm_s_trade_is_an_organisation(nlp, before_consistency, firm: str) -> None:
    # (quote sets AC, AL and AM: "Rautenhof Wohnbau", "Riedgau Schienennetz" … were people)
    from tests.extract.test_declared_names import _tagged

    text = f"{firm} said the work would start in May. Residents have written to {firm} twice."
    assert {label for name, label in _tagged(nlp, before_consistency, text, {firm: "PERSON"}) if name == firm} == {"ORG"}


@pytest.mark.parametrize("name", ["Haselried Netz", "Wiedenau Werke"])
def test_guard_a_german_firm_s_trade_word_alone_or_as_a_surname_s_ending(nlp, before_consistency, name: str) -> None:
    # the trade's word alone ends a firm ("… Werke"); a surname merely ending in letters of one
    # ("Anna Vornetz") does not, nor an English word
    from tests.extract.test_declared_names import _tagged

    text = f"{name} said the work would start in May. Residents have written to {name} twice."
    assert {label for n, label in _tagged(nlp, before_consistency, text, {name: "PERSON"}) if n == name} == {"ORG"}
    text = "Anna Vornetz said the work would start in May. Residents have written to Anna Vornetz twice."
    assert {label for n, label in _tagged(nlp, before_consistency, text, {"Anna Vornetz": "PERSON"}) if n == "Anna Vornetz"} == {"PERSON"}


@pytest.mark.parametrize("name", ["Cobbleton Labour", "Orvalle Prefecture"])
def test_a_party_s_branch_and_a_prefecture_speak_as_organisations(analyse, name: str) -> None:
    # (quote sets F and L: the model tagged both people)
    text = f"The recount ended at dawn. {name} said in a statement that “the count was fair and the result stands.”"
    [att] = analyse(text).direct
    assert att.speaker_kind == "organization" and text[att.ref[0] : att.ref[1]] == name


@pytest.mark.parametrize("name", ["Quarrendon Morris Men", "Pellowby Bowmen", "Dunnockmere Ringers"])
def test_a_side_named_by_its_members_in_the_plural_is_an_organisation(nlp, name: str) -> None:
    # the small model tags them people ("… Bowmen", "… Morris Men": entity set AB after its blind run)
    doc = nlp(f"{name} have voted to admit new members. The squire of {name} said the vote was close.")
    assert {e.label_ for e in doc.ents if e.text.endswith(name)} == {"ORG"}


FOUNDED_HOUSE = ("Maison Ravelloux has shown in Paris since 1961.\n\n"
                 "Ravelloux was founded by Odile Ravelloux, a glove-maker from Lyon. Madame Ravelloux ran the house until 1990. "
                 "Ravelloux’s revenues have doubled since 2015.")


def test_a_house_named_after_its_founder_is_the_house_where_the_article_writes_it_as_a_firm() -> None:
    # "Maison" opens a French house's name, before the founder's surname makes it a person; a
    # firm is founded and has revenues; with her title, "Madame Ravelloux" stays her (entity set D)
    from pipeline.config import load_params
    from pipeline.runner import extract_texts

    found = extract_texts(load_params(), {"file:///house/articles/a.txt": FOUNDED_HOUSE})
    names = {e.entity_id: (e.name, e.label) for e in found.entities}
    at = {(m.start_char, m.text): names[m.entity_id] for m in found.mentions}
    house = FOUNDED_HOUSE.index("Ravelloux was")
    madame = FOUNDED_HOUSE.index("Ravelloux ran")
    revenues = FOUNDED_HOUSE.index("Ravelloux’s")
    assert at[(0, "Maison Ravelloux")] == ("Maison Ravelloux", "ORG")
    assert at[(house, "Ravelloux")] == ("Maison Ravelloux", "ORG")
    assert at[(revenues, "Ravelloux")] == ("Maison Ravelloux", "ORG")
    assert at[(madame, "Ravelloux")] == ("Odile Ravelloux", "PERSON")


def test_a_guild_named_by_its_last_word_is_an_organisation(nlp) -> None:
    # "Guild" ends an organisation's name (ORG_HEADS), so "the Guild" alone is one, not a place
    # (entity sets AC, Q and Z, 2026-12-06)
    doc = nlp("Breeders who thought the new mark too costly have left to form the Carnmoor Fleece Guild. "
              "The society is led by Mr Owain Trevail, the Guild by his sister, Mrs Ebrel Trevail. "
              "The Guild said it would publish its own standard in the spring.")
    assert {e.label_ for e in doc.ents if e.text == "Guild"} == {"ORG"}


@pytest.mark.parametrize("name", ["Pellowby Wolfhounds", "Carnbrea Comets", "Trevarrick Falcons"])
def test_a_team_named_by_its_nickname_is_an_organisation(nlp, name: str) -> None:
    # a sports nickname ends an organisation's name (ORG_HEADS; entity sets AA and P, 2026-12-06):
    # the model missed the first mention, which opens the sentence
    doc = nlp(f"The {name} lost again on Saturday. A spokesman for the {name} said the coach would stay.")
    assert [e.label_ for e in doc.ents if e.text.endswith(name)] == ["ORG", "ORG"]


def test_a_radio_station_named_with_fm_is_an_organisation(nlp) -> None:
    # "FM" ends an organisation's name (ORG_HEADS; "Wren FM" was a person on entity set O, 2026-12-06)
    doc = nlp("Gorran FM will go off air in January. A spokesman for Gorran FM said the licence had lapsed.")
    assert [(e.text, e.label_) for e in doc.ents if e.text.startswith("Gorran")] == [("Gorran FM", "ORG")] * 2


def test_a_surname_the_model_took_for_a_people_after_a_titled_first_name_is_the_persons(nlp, before_consistency) -> None:
    # (found in the quote sets' speaker misses, not blind: the small model tagged the accented
    # surname NORP and nothing else; the tagging is set so by hand)
    from tests.extract.test_declared_names import _tagged

    text = "The sail was mended in a week by Capt. Anselme Kerbraté, a retired officer who repairs the club’s kites in his garage."
    assert ("Anselme Kerbraté", "PERSON") in _tagged(nlp, before_consistency, text, {"Kerbraté": "NORP"})

