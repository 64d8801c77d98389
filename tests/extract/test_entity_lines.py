"""Names the small model leaves untagged on second mention (issue #4): a surname opening a
sentence that the tagger read as a common noun, a knight's or dame's first name after "Sir" or
"Dame". Our own sentences, the real spaCy model and the real resolver."""

from __future__ import annotations

import pytest

from .test_declared_names import _tagged


def _extracted(texts: dict[str, str]):
    """What the extract stage finds in ``{url: text}`` (the real resolver across the texts), and
    each entity's canonical name by id."""
    from pipeline.config import load_params
    from pipeline.runner import extract_texts

    found = extract_texts(load_params(), texts)
    return found, {e.entity_id: e.name for e in found.entities}


DEPOT_HEADLINE = ("Merridane: bus depot sale could raise £4m\n\nThe sale of the depot could raise £4m, the council said.\n\n"
                  "Merridane, the council's finance chief, told the Courier the money would pay for new buses.")


def _people(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_dames_first_name_on_second_mention_is_her(nlp) -> None:
    text = ("The cider society elected Dame Ysolde Marrack as its president last spring.\n\n"
            "Dame Ysolde said the orchard would be replanted within three years.")
    assert "Ysolde" in _people(nlp, text)


def test_a_knights_first_name_before_a_possessive_is_him(nlp) -> None:
    text = ("Sir Osric Pellow owns the old tram depot.\n\n"
            "Sir Osric’s own charity gives the museum £5,000 a year.")
    assert "Osric" in _people(nlp, text)


@pytest.mark.parametrize("surname", [
    "Pellows",  # no English word
    "Ropers",  # a word, then a speech verb
])
def test_a_surname_opening_a_sentence_read_as_a_noun_is_the_person(nlp, surname) -> None:
    text = f"The mural was painted by Ismenia {surname} over six weekends.\n\n{surname} said the colours came from the river."
    last = [t for t in nlp(text) if t.text == surname][-1]
    assert last.pos_ == "NOUN" and last.ent_type_ == "PERSON"


def test_guard_a_surname_that_is_a_word_used_as_the_word_stays_a_noun(nlp) -> None:
    text = "The mural was painted by Ismenia Hammers over six weekends.\n\nHammers of iron hung by the forge."
    assert [t.ent_type_ for t in nlp(text) if t.text == "Hammers"] == ["PERSON", ""]


def test_guard_a_surname_read_as_a_noun_that_also_names_a_firm_is_left_alone(nlp) -> None:
    # "Pellows" may be the painter or her family's press: no evidence decides
    text = ("The mural was painted by Ismenia Pellows and paid for by Pellows Press.\n\n"
            "Pellows said the colours came from the river.")
    last = [t for t in nlp(text) if t.text == "Pellows"][-1]
    assert last.pos_ == "NOUN" and last.ent_type_ == ""


def test_the_dames_first_name_resolves_to_her_entity() -> None:
    text = ("The cider society elected Dame Ysolde Marrack as its president last spring.\n\n"
            "Dame Ysolde said the orchard would be replanted within three years.")
    found, names = _extracted({"https://example.org/orchard": text})
    assert [names[m.entity_id] for m in found.mentions if m.text == "Ysolde"] == ["Ysolde Marrack"]


@pytest.mark.parametrize(("title", "first"), [("Mme", "Honorine"), ("Mlle", "Ysolde"), ("Herr", "Osric"), ("Frau", "Wenna")])
def test_a_french_or_german_courtesy_title_before_a_surname_is_the_person_named_in_full(title, first) -> None:
    text = (f"{first} Corvelle, 61, reopened the bakery on Sunday.\n\n"
            f"„We kept the old oven“, {title} Corvelle said.")
    found, names = _extracted({"https://example.org/bakery": text})
    assert [names[m.entity_id] for m in found.mentions if m.text == f"{title} Corvelle"] == [f"{first} Corvelle"]



def _consistency_after(nlp, text: str, ents: list[tuple[str, str, int]], first: str = "newsreact_label_consistency",
                       retag: dict[str, tuple[str, str | None]] | None = None):
    """The document after our label-consistency component, with the entities before it set by hand
    (``(text, label, occurrence)``) before the component ``first`` and those after it: the model's
    tags for unfamiliar names vary with the context. ``retag``: word -> (part of speech, dependency
    or None to keep the parser's), set on its first token by hand too, as the tagger reads some
    first names."""
    doc = nlp.make_doc(text)
    names = [name for name, _ in nlp.pipeline]
    for name, pipe in nlp.pipeline:
        if name == first:
            break
        doc = pipe(doc)
    for word, (pos, dep) in (retag or {}).items():
        tok = next(t for t in doc if t.text == word)
        tok.pos_ = pos
        if dep is not None:
            tok.dep_ = dep
    spans = []
    for words, label, occurrence in ents:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(words, start + 1)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    for name in names[names.index(first):]:
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_a_first_name_the_model_took_for_a_place_joins_the_surname_after_it(nlp) -> None:
    text = ("The regatta's oldest rower, Cadoc Pellow, retired on Saturday.\n\n"
            "Cadoc told the Gazette he would still coach. Orrin Pellow, his nephew, took his seat.")
    doc = _consistency_after(nlp, text, [("Cadoc", "GPE", 0), ("Pellow", "PERSON", 0), ("Cadoc", "GPE", 1),
                                         ("Orrin Pellow", "PERSON", 0)])
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in {"PERSON", "GPE"}] == [
        ("Cadoc Pellow", "PERSON"), ("Cadoc", "PERSON"), ("Orrin Pellow", "PERSON")]


def test_guard_a_place_before_a_surname_after_in_stays_a_place(nlp) -> None:
    text = "The regatta was held in Harnmoor. Crews in Harnmoor Pellow's boat trained at dawn."
    doc = _consistency_after(nlp, text, [("Harnmoor", "GPE", 0), ("Harnmoor", "GPE", 1), ("Pellow", "PERSON", 0)])
    assert ("Harnmoor", "GPE") in [(e.text, e.label_) for e in doc.ents][1:]


@pytest.mark.parametrize("word", ["Dad", "Mum", "Grandad"])
def test_a_family_word_capitalised_as_a_name_is_no_entity(nlp, word) -> None:
    text = f"“{word} kept every bus ticket since 1971,” she said."
    doc = _consistency_after(nlp, text, [(word, "PERSON", 0)])
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []


def test_a_title_before_a_particle_surname_makes_the_full_name_a_person(nlp) -> None:
    text = ("The council closed the bridge after its engineer, Tudwal de Wellock, found a rusted bearing.\n\n"
            "The residents' group will invite Mr de Wellock to speak in March.")
    doc = _consistency_after(nlp, text, [("Tudwal de Wellock", "ORG", 0), ("Mr de Wellock", "PERSON", 0)])
    assert ("Tudwal de Wellock", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_the_writer_calls_a_label_is_an_organisation_however_often_tagged_a_place(nlp) -> None:
    text = ("Ysolde Marrack will design the spring range for the Bristol label Quenwick, the firm said.\n\n"
            "Quenwick makes raincoats for 40 shops. Buyers for Quenwick were pleased. "
            "Quenwick will show the range in March.")
    doc = _consistency_after(nlp, text, [("Quenwick", "GPE", k) for k in range(4)])
    assert {e.label_ for e in doc.ents if e.text == "Quenwick"} == {"ORG"}



@pytest.mark.parametrize(("text", "expected"), [
    ("He studied at the Harnlow School of Music under Prof Ysolde Marrack before joining the band.",
     [("the Harnlow School of Music", "ORG"), ("Prof Ysolde Marrack", "PERSON")]),
    ("The samples were checked by Dr Osric Tallowmere of Harnlow Laboratories, who found lead in the paint.",
     [("Osric Tallowmere", "PERSON"), ("Harnlow Laboratories", "ORG")]),
])
def test_a_person_and_a_body_the_model_took_for_one_name_are_cut_apart(nlp, text, expected) -> None:
    assert [(e.text, e.label_) for e in nlp(text).ents if e.label_ in {"PERSON", "ORG"}] == expected


def test_a_doctor_of_a_laboratory_tagged_as_one_organisation_is_the_doctor_and_the_laboratory(nlp) -> None:
    text = "The paint went to Dr Osric Tallowmere of Harnlow Laboratories on Monday."
    doc = _consistency_after(nlp, text, [("Dr Osric Tallowmere of Harnlow Laboratories", "ORG", 0)])
    trimmed = nlp.get_pipe("newsreact_trim_entities")(doc)
    assert [(e.text, e.label_) for e in trimmed.ents] == [("Dr Osric Tallowmere", "PERSON"), ("Harnlow Laboratories", "ORG")]


@pytest.mark.parametrize("text", [
    "The Duke of Harnlow opened the show.",  # a title of a place, no organisation word
    "Ysolde Marrack of Harnlow said the boat was hers.",  # a person of a place
])
def test_guard_a_name_of_a_place_stays_whole(nlp, text) -> None:
    from pipeline.extract.components import _split_person_from_body

    doc = nlp(text)
    whole = doc.char_span(0, text.index(" opened") if "opened" in text else text.index(" said"), label="PERSON")
    assert _split_person_from_body(doc, whole) == [whole]


def test_a_surname_alone_in_another_article_is_the_one_corpus_person_so_named() -> None:
    # the model tags no "Merridane" in the second article: the first article's full name decides
    texts = {"https://example.org/a": ("The council's finance chief, Dr Dobrin Merridane, said the depot would close.\n\n"
                                       "The buses will move in May."),
             "https://example.org/b": DEPOT_HEADLINE}
    found, names = _extracted(texts)
    b = next(a.article_id for a in found.articles if a.url.endswith("/b"))
    resolved = [names[m.entity_id] for m in found.mentions if m.doc_id == b and m.text == "Merridane"]
    assert resolved and set(resolved) == {"Dobrin Merridane"}


def test_guard_a_surname_two_corpus_people_share_stays_unresolved_in_another_article() -> None:
    texts = {"https://example.org/a": ("Dr Dobrin Merridane and his sister, Ysolde Merridane, both drive for the council.\n\n"
                                       "The buses will move in May."),
             "https://example.org/b": DEPOT_HEADLINE}
    found, _ = _extracted(texts)
    b = next(a.article_id for a in found.articles if a.url.endswith("/b"))
    assert not [m for m in found.mentions if m.doc_id == b and m.text == "Merridane"]


def test_ter_is_a_surname_particle() -> None:
    from pipeline.extract.entities import NAME_PARTICLES

    assert "ter" in NAME_PARTICLES  # "Joosje ter Wellock": "Wellock" after it is no candidate of its own


@pytest.mark.parametrize(("text", "name", "labels"), [
    (("The figures come from a survey that Rinkwise has seen.\n\nDobrin Merridane, the club's treasurer, told Rinkwise "
      "the debts were manageable. Rinkwise understands the club will sell its minibus."),
     "Rinkwise", ["ORG", "ORG", "ORG"]),  # a publication told something, then written alone
    (("The trophies were made by Ferndeep, a company based in the town that casts bells.\n\nFerndeep, whose bells hang "
      "in six churches, said it would make a new cup."), "Ferndeep", ["ORG", "ORG"]),
])
def test_a_one_word_body_the_model_missed_is_an_organisation_wherever_written_alone(nlp, text, name, labels) -> None:
    assert [t.ent_type_ for t in nlp(text) if t.text == name] == labels


@pytest.mark.parametrize("trade", ["Leisure", "Aquatics", "Packaging", "Lottery", "Joinery"])
def test_trade_words_end_an_organisations_name(nlp, trade) -> None:
    text = f"Frostwick {trade} opened a second yard in May.\n\nFrostwick {trade} employs 40 people."
    doc = _consistency_after(nlp, text, [(f"Frostwick {trade}", "PERSON", 0), (f"Frostwick {trade}", "PERSON", 1)],
                             first="newsreact_entity_ruler")
    assert {e.label_ for e in doc.ents if "Frostwick" in e.text} == {"ORG"}


@pytest.mark.parametrize("text", [
    # a predicate whose subject the parser lost: the name opening the sentence
    "Cynwal Amberly has sold fish on the quay since 1978 and is known to the stallholders as Skate.\n\nSkate laughed.",
    # a description after the name's comma, then "known … as"
    "Mr Tallowmere, a retired signalman known across the valley as Skate, wrote to the council. Skate said the bridge was unsafe.",
])
def test_a_nickname_declared_by_known_as_is_a_person_wherever_written(nlp, text) -> None:
    assert [t.ent_type_ for t in nlp(text) if t.text == "Skate"] == ["PERSON", "PERSON"]


def test_guard_a_place_known_as_a_name_is_no_persons_nickname(nlp) -> None:
    text = "The old mill is known to everyone in the village as the Ark. Cynwal Amberly lives beside it."
    from pipeline.extract.declared_names import declared_names

    assert declared_names(nlp(text)) == []


def test_a_first_name_opening_a_sentence_read_as_a_verb_joins_the_surname(nlp) -> None:
    # two sisters: the whole name, not the surname the elder shares, says which one speaks; the
    # tagger reads some first names opening a sentence as verbs, set so here by hand (the parser
    # hangs it on the surname, "compound")
    text = ("“We lost by one vote,” said Tegwen Holloby, who chairs the club.\n\n"
            "The vote against came from her sister. Branwen Holloby said she still wanted a new clubhouse.")
    doc = _consistency_after(nlp, text, [("Tegwen Holloby", "PERSON", 0), ("Holloby", "PERSON", 1)],
                             retag={"Branwen": ("VERB", "compound")})
    assert ("Branwen Holloby", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_first_name_after_a_title_read_as_a_verb_joins_the_surname(nlp) -> None:
    # "Cllr Osred Pennimore-Hale": the tagger reads some first names after a title as the verb
    # of a sentence whose subject is the title ("Cllr" nsubj, the first name ROOT), set so here
    # by hand, and the NER tags the surname alone
    text = ("Cllr Osred Pennimore-Hale, who leads the council, read a statement. "
            "Cllr Pennimore-Hale said the council would pay.")
    doc = _consistency_after(nlp, text, [("Pennimore-Hale", "PERSON", 0), ("Pennimore-Hale", "PERSON", 1)],
                             retag={"Osred": ("VERB", "ROOT")})
    assert [(e.text, e.label_) for e in doc.ents] == [("Osred Pennimore-Hale", "PERSON"), ("Pennimore-Hale", "PERSON")]


def test_lower_case_words_tagged_person_are_no_name_even_outside_the_models_word_lists(nlp) -> None:
    # "app" is in none of the model's lemma tables; the tagger reads it as a common noun
    text = "The school has dropped Munchwise, the lunch app that sent every pupil the same menu."
    doc = _consistency_after(nlp, text, [("Munchwise", "ORG", 0), ("lunch app", "PERSON", 0)], first="newsreact_trim_entities")
    assert [(e.text, e.label_) for e in doc.ents] == [("Munchwise", "ORG")]


def test_guard_a_name_in_lower_case_in_a_post_stays_a_name(nlp) -> None:
    text = "cannot believe osric pellow said that on the radio"
    doc = _consistency_after(nlp, text, [("osric pellow", "PERSON", 0)], first="newsreact_trim_entities")
    assert [(e.text, e.label_) for e in doc.ents] == [("osric pellow", "PERSON")]


WASHED_TICKET = ("Keith Pellow, 41, a roofer from Skelwick, won the village raffle on Saturday.\n\n"
                 "At 9pm he rang his wife, Wenna: “We have won the hamper.”\n\n"
                 "The hamper was left on the bus on Sunday.\n\n")


def test_a_spouse_named_by_first_name_in_a_paragraph_naming_no_one_takes_the_surname_a_title_gives_her() -> None:
    text = WASHED_TICKET + "Mrs Pellow said the driver had handed it in.\n\n“He is never carrying anything again,” she said."
    found, names = _extracted({"https://example.org/ticket": text})
    by_text = {m.text: names[m.entity_id] for m in found.mentions}
    assert by_text["Wenna"] == by_text["Mrs Pellow"] == "Wenna Pellow"
    assert [q.speaker for q in found.quotes if q.text.startswith("He is never carrying")] == ["Wenna Pellow"]


def test_guard_without_a_title_of_her_sex_the_spouses_first_name_stays_alone() -> None:
    text = WASHED_TICKET + "Mr Pellow said the machine had eaten it."
    found, names = _extracted({"https://example.org/ticket": text})
    by_text = {m.text: names[m.entity_id] for m in found.mentions}
    assert (by_text["Wenna"], by_text["Pellow"]) == ("Wenna", "Keith Pellow")


def test_a_name_ending_in_a_plural_noun_the_story_writes_as_the_noun_is_an_organisation(nlp) -> None:
    text = ("Forty crates stacked on the quay were blown into the harbour within a day. "
            "Harnlow Pallets said the straps had passed every test. The pallets cost £38,000.")
    doc = _consistency_after(nlp, text, [("Harnlow Pallets", "PERSON", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Harnlow Pallets", "ORG")]


@pytest.mark.parametrize(("title", "first"), [("Monsieur", "Gaspard"), ("Madame", "Leocadie")])
def test_monsieur_and_madame_are_courtesy_titles(title, first) -> None:
    # (a man's first name for Monsieur: "Leocadie" is a woman's, world_names.py, and "Monsieur
    # Ostry" beside her alone is her husband, left unresolved)
    text = (f"{first} Ostry runs the coach firm in Vellbrook.\n\n"
            f"«After lunch, {title} Ostry taught the whole coach to sing,» said the driver.")
    found, names = _extracted({"https://example.org/coach": text})
    second = text.index(f"{title} Ostry")
    assert [names[m.entity_id] for m in found.mentions if m.start_char >= second and m.text.endswith("Ostry")] == [f"{first} Ostry"]


def test_a_role_opening_a_name_the_model_called_an_organisation_is_cut_once_it_is_a_person(nlp) -> None:
    text = ("The cake fell over on Saturday.\n\nBaker Osric Pellow, 52, had iced it for a week.\n\n"
            "“It just leaned,” Mr Pellow said.")
    doc = _consistency_after(nlp, text, [("Baker Osric Pellow", "ORG", 0), ("Pellow", "PERSON", 1)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Osric Pellow", "PERSON"), ("Pellow", "PERSON")]


def test_a_body_whose_name_holds_and_is_one_name_when_the_model_read_the_and_with_its_first_part(nlp) -> None:
    text = "The marina lost its permit after the Harnlow Moorings and Berths Authority ruled against it."
    doc = _consistency_after(nlp, text, [("the Harnlow Moorings and", "ORG", 0), ("Berths Authority", "ORG", 0)],
                             first="newsreact_trim_entities")
    assert [(e.text, e.label_) for e in doc.ents] == [("Harnlow Moorings and Berths Authority", "ORG")]


def test_two_bodies_the_model_ran_together_over_the_are_two(nlp) -> None:
    text = "Its chief told Quillpost the Commission would review the permit in May."
    doc = _consistency_after(nlp, text, [("Quillpost the Commission", "ORG", 0)], first="newsreact_trim_entities")
    assert [e.text for e in doc.ents] == ["Quillpost", "Commission"]


def test_guard_a_bodys_name_keeps_the_after_a_lower_case_word(nlp) -> None:
    text = "Money went to the Friends of the Quorndon Hills last year."
    doc = _consistency_after(nlp, text, [("Friends of the Quorndon Hills", "ORG", 0)], first="newsreact_trim_entities")
    assert [e.text for e in doc.ents] == ["Friends of the Quorndon Hills"]


def test_a_title_of_rank_tells_two_people_sharing_a_surname_apart() -> None:
    text = ("The referee, Osric Pellow, said the try stood.\n\n"
            "The league asked a physiotherapist, Dr Wenna Pellow, no relation, to examine the player.\n\n"
            "Dr Pellow said she would report by Friday.\n\nMr Pellow said he welcomed it.")
    found, names = _extracted({"https://example.org/trials": text})
    lone = [names[m.entity_id] for m in found.mentions if m.text == "Pellow"]
    assert lone == ["Wenna Pellow", "Osric Pellow"]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Osric Pellow, a former lock-keeper whom the rowers call Sprocket, coaches the crew.\n\n"
         "‘Sprocket never shouts,’ he said.", "Sprocket"),
        ("Osric Pellow, a Skelwick glazier known at every bowls club as the Ferrule, won the cup.\n\n"
         "Ferrule wins again, members say.", "Ferrule"),
    ],
)
def test_a_nickname_declared_after_a_description_or_with_the_is_the_person_wherever_written(text, nickname) -> None:
    found, names = _extracted({"https://example.org/show": text})
    assert {names[m.entity_id] for m in found.mentions if m.text == nickname} == {"Osric Pellow"}


def test_a_one_word_organisation_written_again_after_the_is_it_where_the_model_tagged_nothing(nlp) -> None:
    text = "The Periscope has learned that the ferry will stop. Its owner told the Periscope it was a blow."
    doc = _consistency_after(nlp, text, [("Periscope", "ORG", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Periscope", "ORG"), ("Periscope", "ORG")]


@pytest.mark.parametrize("firm", ["Brasserie Caddon", "Boulangerie Ostry", "Autohaus Wellock", "Trattoria Pellow",
                                  "Druckhaus Wellock", "Autocars Ostry", "Jardinerie Pellow"])
def test_a_foreign_firms_kind_opening_its_name_makes_it_an_organisation(nlp, firm) -> None:
    text = f"{firm} said in a statement that the delivery van had been found."
    doc = _consistency_after(nlp, text, [(firm, "PERSON", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [(firm, "ORG")]


def test_m_before_a_surname_is_monsieur_when_no_one_of_that_surname_has_an_m_first_name() -> None:
    found, names = _extracted({"https://example.org/dog": "Cadoc Ostry found the lost dog.\n\nM. Ostry, 58, said the dog was calm."})
    assert {m.text: names[m.entity_id] for m in found.mentions}["M. Ostry"] == "Cadoc Ostry"


def test_guard_m_before_a_surname_is_an_initial_when_a_first_name_of_that_surname_begins_with_m() -> None:
    text = "Cadoc Ostry and Maud Ostry found the lost dog.\n\nM. Ostry, 58, said the dog was calm."
    found, names = _extracted({"https://example.org/dog": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}.get("M. Ostry") != "Cadoc Ostry"


def test_m_before_a_surname_is_the_one_man_of_a_family_named_in_full() -> None:
    # (found on held-out quote set AE: "M. Ostry" beside a husband and a wife was no one)
    text = ("Robert Ostry and his wife, Claire Ostry, found the lost dog.\n\n"
            "M. Ostry, 58, said the dog was calm.")
    found, names = _extracted({"https://example.org/dog": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}["M. Ostry"] == "Robert Ostry"


def test_m_before_a_surname_is_the_one_of_a_family_not_known_as_a_woman() -> None:
    # (found on quote set AI after its blind run: nothing said Donatien was a man, "his daughter"
    # said Sixtine was a woman, and "M." was no one)
    text = ("Cadoc Ostry found the lost dog.\n\nHis daughter, Sidonie Ostry, 24, fed it.\n\n"
            "M. Ostry, 58, said the dog was calm.")
    found, names = _extracted({"https://example.org/dog": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}["M. Ostry"] == "Cadoc Ostry"


def test_m_before_a_surname_however_often_does_not_name_the_man_written_once_in_full() -> None:
    # (found on quote set AK after its blind run: four "M. Ostry" named the entity, not the one
    # "Cadoc Ostry"; the model's tags on a text vary, so the cluster is built here)
    from collections import Counter

    from pipeline.extract.entities import EntityResolver, _Cluster

    cluster = _Cluster("PERSON", "cadoc ostry", Counter({"M. Ostry": 4, "Cadoc Ostry": 1, "Ostry": 3}))
    assert EntityResolver._canonical_name(cluster) == "Cadoc Ostry"
    cluster = _Cluster("PERSON", "m. ostry", Counter({"M. Ostry": 2, "Ostry": 3}))
    assert EntityResolver._canonical_name(cluster) == "M. Ostry"  # no name in full: what there is


def test_guard_m_before_a_surname_is_never_the_one_woman_of_that_surname() -> None:
    text = "Claire Ostry found the lost dog.\n\nM. Ostry, 58, said the dog was calm."
    found, names = _extracted({"https://example.org/dog": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}.get("M. Ostry") != "Claire Ostry"


def test_two_bodies_the_model_ran_over_and_are_two_when_each_half_is_written_apart(nlp) -> None:
    text = ("Quorndon and City Council at odds over quay repairs\n\n"
            "Quorndon Homes says Harnlow City Council never costed the work.")
    doc = _consistency_after(nlp, text, [("Quorndon and City Council", "ORG", 0), ("Quorndon Homes", "ORG", 0),
                                         ("Harnlow City Council", "ORG", 0)])
    assert [e.text for e in doc.ents][:2] == ["Quorndon", "City Council"]


@pytest.mark.parametrize("firm", ["Ostry and Caddon", "Ostry & Caddon"])
def test_guard_a_firm_holding_and_whose_halves_are_not_written_apart_stays_whole(nlp, firm) -> None:
    text = f"The bridge was built by {firm} in 1998. {firm} Ltd said the bolts were sound."
    doc = _consistency_after(nlp, text, [(firm, "ORG", 0), (f"{firm} Ltd", "ORG", 0)])
    assert doc.ents[0].text == firm


@pytest.mark.parametrize(("written", "name"), [("Without Tillstone", "Tillstone"), ("this County Council", "County Council")])
def test_a_word_of_grammar_the_model_took_into_a_name_is_left_out(nlp, written, name) -> None:
    text = f"Tillstone Loans and Harnlow County Council signed the deal. “{written[0].upper() + written[1:]} nobody builds the stand,” she said."
    doc = _consistency_after(nlp, text, [("Tillstone Loans", "ORG", 0), ("Harnlow County Council", "ORG", 0),
                                         (written[0].upper() + written[1:], "ORG", 0)])
    assert name in [e.text for e in doc.ents]


def test_guard_a_clubs_initials_opening_its_name_stay(nlp) -> None:
    text = "The striker joined AS Quorndon in May. Quorndon Athletic said AS Quorndon had not paid."
    doc = _consistency_after(nlp, text, [("AS Quorndon", "ORG", 0), ("Quorndon Athletic", "ORG", 0), ("AS Quorndon", "ORG", 1)])
    assert [e.text for e in doc.ents].count("AS Quorndon") == 2


@pytest.mark.parametrize("trade", ["Loans", "Finance", "Lending", "Credit", "Payments"])
def test_finance_trade_words_end_an_organisations_name(nlp, trade) -> None:
    text = f"Tillstone {trade} opened a branch in Skelwick in May.\n\nTillstone {trade} employs 40 people."
    doc = _consistency_after(nlp, text, [(f"Tillstone {trade}", "PERSON", 0), (f"Tillstone {trade}", "PERSON", 1)],
                             first="newsreact_entity_ruler")
    assert {e.label_ for e in doc.ents if "Tillstone" in e.text} == {"ORG"}


def test_an_untagged_surname_with_an_apostrophe_is_a_candidate_for_the_corpus_names(nlp) -> None:
    from pipeline.extract.analysis import short_name_candidates

    doc = nlp("The appeal goes to a tribunal. O'Dowdle, a retired judge, will hear it in May.")
    doc.ents = [e for e in doc.ents if "Dowdle" not in e.text]  # as the model leaves it, often
    assert "O'Dowdle" in [c.text for c in short_name_candidates(doc, "https://example.org/b")]


def test_a_name_the_model_ran_over_told_into_an_outlet_is_the_name_and_the_outlet(nlp) -> None:
    text = "“The ram has never lost a class,” Pellow told Tup & Tether."
    doc = _consistency_after(nlp, text, [("Pellow told Tup & Tether", "PERSON", 0)], first="newsreact_trim_entities")
    assert [(e.text, e.label_) for e in doc.ents] == [("Pellow", "PERSON"), ("Tup & Tether", "ORG")]


def test_an_english_word_capitalised_after_the_as_a_publication_is_its_name(nlp) -> None:
    text = ("Ferry strike ends\n\nThe crews went back on Monday. “We are pleased,” Ms Pellow told the Sandglass.\n\n"
            "The Sandglass has learned that talks will resume. The sandglass on the pier was stolen.")
    doc = _consistency_after(nlp, text, [("Ms Pellow", "PERSON", 0)])
    assert [(e.text, e.label_) for e in doc.ents if "andglass" in e.text] == [("Sandglass", "ORG"), ("Sandglass", "ORG")]


def test_guard_a_title_told_something_is_no_publication(nlp) -> None:
    text = "Ferry strike ends\n\nThe crews went back on Monday. “We are pleased,” he told the Queen."
    doc = _consistency_after(nlp, text, [])
    assert not [e for e in doc.ents if e.text == "Queen"]


def test_a_co_operative_the_tokenizer_cut_at_its_hyphen_is_one_name_and_its_short_form_is_it() -> None:
    text = ("Quay fees to rise\n\nThe Harnlow Growers Co-operative will appeal, its chair said.\n\n"
            "The Co-operative has 28 days to appeal. Members said the Co-op was ready.")
    found, names = _extracted({"https://example.org/quay": text})
    coop = {names[m.entity_id] for m in found.mentions if "Co-op" in m.text}
    assert len(coop) == 1 and "Harnlow Growers Co-operative" in coop.pop()


def test_an_organisations_word_alone_the_model_called_a_person_is_an_organisation(nlp) -> None:
    text = "Council concedes mistake on car park\n\nHarnlow Borough Council has paused the works."
    doc = _consistency_after(nlp, text, [("Council", "PERSON", 0), ("Harnlow Borough Council", "ORG", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Council", "ORG"), ("Harnlow Borough Council", "ORG")]


MAKER = ("Marcellin, the maker of the Verrou bicycle lock, will refund every buyer, the company confirmed on Tuesday. "
         "Marcellin said the fault was found in May.\n\n"
         "Its founder, Agatha Vasselot, said: “We got it wrong.” “We will publish the audit,” the company said.")


def test_a_one_word_name_set_beside_the_maker_of_something_is_a_firm(nlp) -> None:
    doc = nlp(MAKER)
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Marcellin"] == [("Marcellin", "ORG"), ("Marcellin", "ORG")]


def test_the_company_is_the_maker(nlp) -> None:
    from tests.extract.test_kinds_by_context import _speakers

    assert _speakers(nlp, MAKER)["We will publish the audit"][1] == "Marcellin"


@pytest.mark.parametrize("noun", ["manufacturer", "wholesaler", "insurer", "drugmaker"])
def test_a_company_noun_in_apposition_makes_a_one_word_name_a_firm(nlp, noun) -> None:
    # the model tags "Ravenzio" a person in both sentences
    text = f"Ravenzio, a {noun} based in Leeds, said on Monday it would cut 40 jobs. Ravenzio said demand had fallen."
    assert {e.label_ for e in nlp(text).ents if e.text == "Ravenzio"} == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Agatha Pellard, the maker of the film, said the ending had been changed.",  # a first and last name
        "Marcellin, a maker of bicycle locks, said the workshop would close in May.",  # "a maker": a trade
    ],
)
def test_guard_a_maker_who_is_a_person_stays_a_person(nlp, text) -> None:
    # each protected by one guard only (without it, the name comes out ORG): "the … maker of …"
    # marks a firm beside a one-word name only
    name = text.split(",")[0]
    assert "ORG" not in {e.label_ for e in nlp(text).ents if e.text == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group prints the Harnlow Gazette and the Kelby Tattler. Both titles will move to weekly.", "the Kelby Tattler"),
        ("The group prints the Kelby Gleaner and the Harnlow Gazette.", "the Kelby Gleaner"),
    ],
)
def test_a_name_with_the_paired_with_an_organisation_is_one(nlp, text, name) -> None:
    # the model tags the paper a person; people are not "the" anything, and its pair is a paper
    assert [(e.text, e.label_) for e in nlp(text).ents if e.text == name] == [(name, "ORG")]


def test_a_name_ending_in_the_plural_of_a_trade_is_a_firm(nlp) -> None:
    text = "Cobbold Wheelwrights will fit the new sails in June. Cobbold Wheelwrights said the cap was ready."
    assert {e.label_ for e in nlp(text).ents if e.text == "Cobbold Wheelwrights"} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # each protected by one guard only (without it, the name comes out ORG)
        ("Agatha Ropers chairs the village trust.", "Agatha Ropers"),  # a listed first name
        ("Quentrel Ropers chairs the trust. Ropers said the roof would be fixed by May.", "Quentrel Ropers"),  # the surname alone
        ("Quentrel Barnes chairs the trust and has done so since 2019.", "Quentrel Barnes"),  # a plural by "es"
    ],
)
def test_guard_a_person_whose_surname_is_a_plural_stays_a_person(nlp, text, name) -> None:
    assert {e.label_ for e in nlp(text).ents if e.text == name} == {"PERSON"}


POST = ("Nine branches will close, Villagepost has confirmed.\n\nA director of Villagepost said the decision was hard. "
        "The council said Villagepost had given six weeks of notice, and it has asked Villagepost to wait.")


def test_a_one_word_organisation_tagged_twice_is_it_where_the_model_tagged_nothing(nlp) -> None:
    doc = _consistency_after(nlp, POST, [("Villagepost", "ORG", 0), ("Villagepost", "ORG", 1)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Villagepost", "ORG")] * 4


def test_guard_a_one_word_organisation_tagged_once_is_left_there(nlp) -> None:
    # once may be the model's slip for a place or a person: the others stay untagged
    doc = _consistency_after(nlp, POST, [("Villagepost", "ORG", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Villagepost", "ORG")]


@pytest.mark.parametrize("label", ["WORK_OF_ART", "PRODUCT"])
def test_a_name_ending_in_a_bodys_word_the_model_called_a_work_is_an_organisation(nlp, label) -> None:
    text = "Toll row\n\nThe Lamplighters’ Guild, which speaks for about 90 members, said the new toll was “a tax on horses”."
    doc = _consistency_after(nlp, text, [("The Lamplighters’ Guild", label, 0)])
    assert [(e.text, e.label_) for e in doc.ents if "Guild" in e.text] == [("The Lamplighters’ Guild", "ORG")]


def test_guard_a_work_not_ending_in_a_bodys_word_stays_a_work(nlp) -> None:
    text = "Toll row\n\nThe Lamplighters’ Lament, which runs for two hours, opened on Friday."
    doc = _consistency_after(nlp, text, [("The Lamplighters’ Lament", "WORK_OF_ART", 0)])
    assert [(e.text, e.label_) for e in doc.ents if "Lament" in e.text] == [("The Lamplighters’ Lament", "WORK_OF_ART")]


SCOOTERS = ("Scooters to stay\n\nThe council voted to extend its contract with the operator, Rideway. Rideway must create "
            "150 parking bays. Riders say Rideway scooters are cheap. Rideway said it was pleased.")


def test_a_name_set_after_an_organisation_noun_and_a_comma_is_one_however_often_tagged_a_person(nlp) -> None:
    assert {e.label_ for e in nlp(SCOOTERS).ents if e.text == "Rideway"} == {"ORG"}


def test_a_name_set_after_an_organisation_noun_and_a_comma_is_one_however_often_tagged_a_place(nlp) -> None:
    doc = _consistency_after(nlp, SCOOTERS, [("Rideway", "GPE", k) for k in range(4)])
    assert {e.label_ for e in doc.ents if e.text == "Rideway"} == {"ORG"}


def test_a_first_name_with_an_accented_vowel_is_no_abbreviated_title() -> None:
    from pipeline.extract.entities import abbreviated_title, clean_name

    assert not abbreviated_title("Jürg") and abbreviated_title("Cllr")
    assert clean_name("Jürg Stoffel") == "Jürg Stoffel"


def test_a_full_name_with_an_accented_first_name_is_the_entitys_name() -> None:
    text = "Club fined\n\nThe chairman, Jürg Stoffel, said the club would pay. “We accept it,” Mr Stoffel said."
    found, names = _extracted({"https://example.org/fine": text})
    assert {names[m.entity_id] for m in found.mentions if "Stoffel" in m.text} == {"Jürg Stoffel"}


def test_a_name_that_says_he_did_something_is_a_person(nlp) -> None:
    text = "Ferry row\n\nThe ferryman, Brigham Wendel, said he had moored early."
    doc = _consistency_after(nlp, text, [("Brigham Wendel", "ORG", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Brigham Wendel", "PERSON")]


def test_a_name_the_writer_calls_a_charity_is_a_body_though_it_says_he_of_the_animal(nlp) -> None:
    text = ("Otter found\n\nHarnlow Otter Rescue, the charity caring for him this week, said he was eating well.")
    doc = _consistency_after(nlp, text, [("Harnlow Otter Rescue", "PERSON", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Harnlow Otter Rescue", "ORG")]


def test_guard_a_body_that_says_it_did_something_stays_a_body(nlp) -> None:
    text = "Ferry row\n\nHarnlow Ferries said it had moored early."
    doc = _consistency_after(nlp, text, [("Harnlow Ferries", "ORG", 0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Harnlow Ferries", "ORG")]


def test_a_name_the_parser_hung_on_the_place_of_a_role_is_a_person(nlp) -> None:
    # the parser sets the name beside "Quellbach", not "mayor"
    text = "Ferry row\n\nThe mayor of Quellbach, Ewald Rochefort, said the parish knew nothing of it."
    doc = _consistency_after(nlp, text, [("Ewald Rochefort", "ORG", 0)])
    assert [(e.text, e.label_) for e in doc.ents if "Rochefort" in e.text] == [("Ewald Rochefort", "PERSON")]


def _bare(text: str, surname: str) -> list[str]:
    found, names = _extracted({"https://example.org/ferry": text})
    return [names[m.entity_id] for m in found.mentions if m.text == surname]


def test_a_bare_surname_right_after_a_relative_named_as_the_subject_is_that_relative() -> None:
    # AP style over a family firm: the surname alone is the one just named in full as the subject
    text = ("Edmund Holloway founded the ferry firm in 1990 and ran it for thirty years.\n\n"
            "Rupert Holloway has run the firm since his father retired. Holloway said the new boat would arrive in May.")
    assert _bare(text, "Holloway") == ["Rupert Holloway"]


def test_a_bare_surname_right_after_a_relative_set_beside_the_subject_is_that_relative() -> None:
    # (found on the entity sets: "Her father, Olawale Gaukroger, converted the first two vans …
    # Gaukroger, 67, still takes the vans out"; "His son Ishaan Gilbard, who managed the job, said
    # … Gilbard said": the relative just named, not the story's first Gaukroger or Gilbard)
    text = ("Edmund Holloway founded the ferry firm in 1990 and still runs it.\n\n"
            "His daughter, Rosa Holloway, runs the café on board. “Dad still counts every ticket,” Holloway said.")
    assert _bare(text, "Holloway") == ["Rosa Holloway"]


@pytest.mark.parametrize("text", [
    # the relative's first name written alone where the surname speaks: someone speaking of him
    ("Edmund Holloway founded the ferry firm in 1990 and still runs it.\n\n"
     "His son, Rupert Holloway, runs the café on board. “Rupert wants a bigger kitchen,” Holloway said."),
    # the sex the reported clause gives the speaker ("her son") is not the relative's
    ("Edwina Holloway founded the ferry firm in 1990 and still runs it.\n\n"
     "Her son, Rupert Holloway, runs the café on board. Holloway said her son would take over in May."),
])
def test_a_bare_surname_after_a_relative_is_not_the_relative_the_sentence_speaks_of(text: str) -> None:
    # guards (fail without entities._just_named's first-name check, and without the reported
    # clause's possessive in cues._own_pronoun_gender)
    assert _bare(text, "Holloway") == [text.split(" founded")[0]]


@pytest.mark.parametrize(("text", "who"), [
    # a courtesy title is no child's: the 15-year-old's mother (held-out quote sets AB, AC)
    ("Tamsin Ollerby, 15, organised the walkout on a group chat.\n\n"
     "Her mother, Bridget Ollerby, said she was proud of her.\n\n"
     "“She gets that from her gran,” said Ms Ollerby.", "Bridget Ollerby"),
    # an age the article gives someone else: her sister
    ("Tracey Ollerby, 47, has packed biscuits on the line for 19 years.\n\n"
     "Her sister, Sioned Ollerby, works beside her.\n\n"
     "“It is the nine years that hurt,” said Ms Ollerby, 44.", "Sioned Ollerby"),
])
def test_a_titled_surname_is_not_the_relative_its_age_rules_out(text: str, who: str) -> None:
    found, names = _extracted({"https://example.org/walkout": text})
    titled = text.index("Ms Ollerby")
    assert [names[m.entity_id] for m in found.mentions if m.start_char >= titled - 3 and m.text.endswith("Ollerby")] == [who]


def test_m_before_a_surname_is_the_one_man_whose_first_name_it_could_be_the_initial_of() -> None:
    # (found on quote set AF: "M. Thiollier" beside Maixent Thiollier alone was an entity of its
    # own; initial or Monsieur, it is he)
    text = "Ambroise Quellec built the boat with his wife, Ysolde.\n\nM. Quellec, 70, said the hull was sound."
    found, names = _extracted({"https://example.org/boat": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}["M. Quellec"] == "Ambroise Quellec"
    text = "Mathurin Quellec built the boat with his wife, Ysolde.\n\nM. Quellec, 70, said the hull was sound."
    found, names = _extracted({"https://example.org/boat": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}["M. Quellec"] == "Mathurin Quellec"


def test_m_before_a_surname_is_monsieur_in_an_article_that_writes_mme() -> None:
    # (found on quote set AL: "M. Lemarquis" beside the farmer and his daughter, whose first name
    # begins with M, was no one; the article calls her "Mme Lemarquis", so "M." is Monsieur)
    text = ("Corentin Quellec, 58, farms above the beach.\n\nHis daughter, Maela Quellec, filmed the landing. "
            "'It was huge,' said Mme Quellec.\n\nM. Quellec, 58, said the roof would be mended.")
    found, names = _extracted({"https://example.org/kite": text})
    assert {m.text: names[m.entity_id] for m in found.mentions}["M. Quellec"] == "Corentin Quellec"


@pytest.mark.parametrize(("text", "who"), [
    # both ages given: the younger is the 34-year-old, though the aunt was named first and last
    ("Rowena Quellmoss, 71, started the petition for the bandstand.\n\n"
     "Her niece, Elspeth Quellmoss, 34, drove her to the town hall, where Rowena Quellmoss spoke for an hour.\n\n"
     "“She did not stop talking all the way,” the younger Quellmoss said.", "Elspeth Quellmoss"),
    # no age for the father: the one set beside "son" is the younger, a courtesy title between
    # (with its full stop, outside the name the model tags)
    ("Tobias Quellmoss restored the clock on the pier over two winters.\n\n"
     "Mr Quellmoss's son, Jory Quellmoss, rewired the chimes.\n\n"
     "“He sat up with it every night,” said the younger Mr. Quellmoss.", "Jory Quellmoss"),
    # and the elder is the other one
    ("Tobias Quellmoss restored the clock on the pier over two winters.\n\n"
     "His son, Jory Quellmoss, rewired the chimes, and spoke first at the opening.\n\n"
     "“It kept time for a century,” said the elder Quellmoss.", "Tobias Quellmoss"),
])
def test_the_younger_or_the_elder_of_a_family_is_the_one_their_ages_or_kin_say(text: str, who: str) -> None:
    found, names = _extracted({"https://example.org/pier": text})
    cue = text.rindex("Quellmoss")
    assert [names[m.entity_id] for m in found.mentions if m.start_char >= cue - 4] == [who]


def test_the_younger_of_a_family_is_written_so_in_the_speaker_text(analyse) -> None:
    text = ("Tobias Quellmoss restored the clock on the pier.\n\nHis son, Jory Quellmoss, rewired the chimes.\n\n"
            "“He sat up with it every night,” said the younger Mr. Quellmoss. "
            "“It kept time for a century,” the elder Quellmoss said.")
    assert [a.speaker_text for a in analyse(text).direct] == ["the younger Mr. Quellmoss", "the elder Quellmoss"]


def test_a_one_word_short_form_the_model_took_for_a_place_is_the_company_it_opens(nlp, before_consistency) -> None:
    # (found on quote set H: "Goldlane" said, beside "Goldlane Lotteries", was a place)
    text = ("Pellmarsh Lotteries has refused a claim by a couple whose winning ticket went through the wash.\n\n"
            "Pellmarsh said the jackpot would be held for 180 days. Their MP has written to Pellmarsh asking it "
            "to think again.")
    tagged = _tagged(nlp, before_consistency, text, {"Pellmarsh Lotteries": "ORG", "Pellmarsh": "GPE"})
    assert [label for name, label in tagged if name == "Pellmarsh"] == ["ORG", "ORG"]
    # a place's name before what is there stays the place ("at Pellmarsh airport")
    text = ("Flights at Pellmarsh airport stopped in May. Pellmarsh Airport Ltd said it understood. "
            "Pellmarsh has two schools.")
    tagged = _tagged(nlp, before_consistency, text, {"Pellmarsh Airport Ltd": "ORG", "Pellmarsh": "GPE"})
    assert "ORG" not in [label for name, label in tagged if name == "Pellmarsh"]
    # and so does one written after "the", as a lake's is ("on the Pfrondsee": quote set T)
    text = ("The new ferry on the Pellmarsh has a name. The Pellmarsh Shipping Company said it was not sure. "
            "Visitors have found the Pellmarsh on a map.")
    tagged = _tagged(nlp, before_consistency, text, {"Pellmarsh Shipping Company": "ORG", "Pellmarsh": "LOC"})
    assert "ORG" not in [label for name, label in tagged if name == "Pellmarsh"]


@pytest.mark.parametrize("firm", ["Pellmarsh GmbH", "Pellmarsh PLC", "Pellmarsh LLC"])
def test_a_company_word_in_capitals_makes_the_short_form_the_company(nlp, before_consistency, firm: str) -> None:
    # the company words are compared as a name key writes them ("gmbh"), not title-cased ("Gmbh")
    text = (f"{firm} has refused a claim by a couple whose winning ticket went through the wash.\n\n"
            "Pellmarsh said the jackpot would be held for 180 days.")
    tagged = _tagged(nlp, before_consistency, text, {firm: "ORG", "Pellmarsh": "GPE"})
    assert [label for name, label in tagged if name == "Pellmarsh"] == ["ORG"]


def test_a_person_short_form_of_a_firm_ending_in_a_mixed_case_word_is_the_firm(nlp, before_consistency) -> None:
    # (entity sets H and Z: "Hatherleigh Orme" beside "… Ventures LLP", "Common Shelf" beside "… Co-operative")
    text = ("The shop now belongs to Tamsin Orrell LLP, which its staff own.\n\n"
            "Tamsin Orrell said in a statement that the sale was final.")
    tagged = _tagged(nlp, before_consistency, text, {"Tamsin Orrell LLP": "ORG", "Tamsin Orrell": "PERSON"})
    assert [label for name, label in tagged if name == "Tamsin Orrell"] == ["ORG"]
    # the tokenizer cuts "Co-operative" in three, so the whole model tags this one
    doc = nlp(text.replace("LLP", "Co-operative"))
    assert [e.label_ for e in doc.ents if e.text == "Tamsin Orrell"] == ["ORG"]


def test_guard_a_one_word_place_before_a_common_noun_is_not_the_company() -> None:
    # (entity set O: "at Wrenstall airport" beside "Wrenstall Airport Ltd" is where the airport is)
    text = ("Two flying schools left without a runway at Wrenbarrow airport have written to the council.\n\n"
            "Wrenbarrow Airport Ltd said it understood.\n\n“Wrenbarrow airport is not just a runway, it is jobs,” "
            "Cllr Ellis said.")
    found, names = _extracted({"https://example.org/airport": text})
    assert not any(names[m.entity_id] == "Wrenbarrow Airport Ltd" for m in found.mentions if m.text == "Wrenbarrow")


def test_a_building_s_name_whose_word_the_article_writes_alone_as_an_organisation_is_the_institution(nlp, before_consistency) -> None:
    # (quote sets C and W: "the Kunsthalle Altenmoor" and "The Kestenbühler Rundschau" tagged FAC,
    # then "Kunsthalle said", "the Rundschau said" tagged ORG, each its own entity)
    text = ("The painting was hung upside down at the Kunsthalle Wendrich for six weeks.\n\n"
            "Kunsthalle said the error was spotted by a visitor.")
    tagged = _tagged(nlp, before_consistency, text, {"Kunsthalle Wendrich": "FAC", "Kunsthalle": "ORG"})
    assert ("Kunsthalle Wendrich", "ORG") in tagged


def test_guard_a_building_beside_another_name_its_word_opens_stays_a_building(nlp, before_consistency) -> None:
    # "Kunsthalle" alone could be either "Kunsthalle Wendrich" or "Kunsthalle Oberau": no relabel
    text = ("The painting was hung upside down at the Kunsthalle Wendrich. It came from the Kunsthalle Oberau.\n\n"
            "Kunsthalle said the error was spotted by a visitor.")
    tagged = _tagged(nlp, before_consistency, text,
                     {"Kunsthalle Wendrich": "FAC", "Kunsthalle Oberau": "FAC", "Kunsthalle": "ORG"})
    assert ("Kunsthalle Wendrich", "FAC") in tagged


@pytest.mark.parametrize(("title", "who"), [("Ms", "Elin Pardoe"), ("Mrs", "Tegan Pardoe")])
def test_a_womans_courtesy_title_tells_apart_two_women_the_article_calls_differently(title: str, who: str) -> None:
    # (found on entity sets AC and AD: "Ms Gaukroger" beside "Mrs Bolanle Gaukroger" and "Ms
    # Morenike Gaukroger" went to the mother, named first)
    text = ("Mrs Tegan Pardoe opened the wool shop on Quay Street in 1994. Her daughter, Ms Elin Pardoe, joined her in 2010.\n\n"
            "The landlord, Corwen Estates, wants the building back. Its agent, Wendy Trask, said the lease ends in May.\n\n"
            f"“We knew it was coming,” said {title} Pardoe.")
    assert _bare(text, f"{title} Pardoe") == [who]


def test_a_founders_surname_before_an_organisation_word_is_the_firms_name_not_the_founder(nlp) -> None:
    # (found on entity set B: the model left "Odunsi Health" untagged beside its founder "Temi
    # Odunsi"; the surname alone was tagged a person, and "Odunsi said it was cooperating" went
    # to her)
    text = ("About 40,000 people had their notes exposed by the American start-up Pellowick Health, the watchdog said.\n\n"
            "Its founder, Temi Pellowick, apologised on Monday.")
    doc = _consistency_after(nlp, text, [("Temi Pellowick", "PERSON", 0)])
    assert ("Pellowick Health", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert ("Pellowick", "PERSON") not in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("name", "label"), [("Hartung Lemmel", "PERSON"), ("Quay Street", "FAC")])
def test_a_name_tagged_a_building_before_who_is_a_person_unless_its_words_are_english(nlp, name: str, label: str) -> None:
    # (found on quote set AE: "said Wigmund Kunz, who runs the bakery on the corner" was tagged a
    # building and spoke as an organisation); "Quay Street, who …" skips back to someone else
    text = f"“My mulled wine went cold in the dark,” said a stallholder near {name}, who had stocked up for the evening."
    if label == "PERSON":
        text = f"“My mulled wine went cold in the dark,” said {name}, who runs the bakery on the corner."
    doc = _consistency_after(nlp, text, [(name, "FAC", 0)])
    assert [(e.text, e.label_) for e in doc.ents if e.text == name] == [(name, label)]


@pytest.mark.parametrize("text", [
    "Upper Swaddleby Parish Council has voted against the phone mast. The mast would stand on a hill above "
    "Upper Swaddleby, which has 400 residents.",
    "Mast row splits Upper Swaddleby\n\nUpper Swaddleby Parish Council has voted against the phone mast on the hill.",
])
def test_a_place_of_two_words_opening_its_own_councils_name_is_the_place(text: str) -> None:
    # (found on entity set U: "Nether Gimmerby" was the short form of "Nether Gimmerby Parish
    # Council", an organisation)
    found, names = _extracted({"https://example.org/mast": text})
    assert {(m.label, names[m.entity_id]) for m in found.mentions if m.text == "Upper Swaddleby"} == {("GPE", "Upper Swaddleby")}


def test_guard_a_two_word_short_form_of_a_co_operative_is_the_co_operative() -> None:
    # (entity sets P and Z: "Common Shelf" of "Common Shelf Co-operative" is the shop, no place)
    text = "Common Shelf Co-operative opened a second shop on Friday. Common Shelf now has 900 members."
    found, names = _extracted({"https://example.org/shop": text})
    assert {names[m.entity_id] for m in found.mentions if m.text == "Common Shelf"} == {"Common Shelf Co-operative"}
