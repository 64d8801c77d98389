"""Names the small model leaves untagged on second mention (issue #4): a surname opening a
sentence that the tagger read as a common noun, a knight's or dame's first name after "Sir" or
"Dame". Our own sentences, the real spaCy model and the real resolver."""

from __future__ import annotations

import pytest


def _extracted(texts: dict[str, str]):
    """What the extract stage finds in ``{url: text}`` (the real resolver across the texts), and
    each entity's canonical name by id."""
    from pipeline.config import load_params
    from pipeline.runner import extract_texts

    found = extract_texts(load_params(), texts)
    return found, {e.entity_id: e.name for e in found.entities}


LIDO_HEADLINE = ("Merridane: lido repair bill could top £2m\n\nThe cost of repairing the lido could exceed £2m.\n\n"
                 "Merridane, the trust's chief executive, told the Lamplighter the figure was a starting point.")


def _people(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_dames_first_name_on_second_mention_is_her(nlp) -> None:
    text = ("The pier trust appointed Dame Ysolde Marrack as its chair in 2019.\n\n"
            "Dame Ysolde said the pier would be rebuilt within three years.")
    assert "Ysolde" in _people(nlp, text)


def test_a_knights_first_name_before_a_possessive_is_him(nlp) -> None:
    text = ("Sir Osric Pellow chairs the theatre's board.\n\n"
            "Sir Osric’s own foundation gives the company £5,000 a year.")
    assert "Osric" in _people(nlp, text)


@pytest.mark.parametrize("surname", [
    "Pellows",  # no English word
    "Greaves",  # a word (of armour), then a speech verb
])
def test_a_surname_opening_a_sentence_read_as_a_noun_is_the_person(nlp, surname) -> None:
    text = (f"The book was written by Ismenia {surname} and published in May.\n\n"
            f"{surname} said comparisons of this kind were lazy.")
    last = [t for t in nlp(text) if t.text == surname][-1]
    assert last.pos_ == "NOUN" and last.ent_type_ == "PERSON"


def test_guard_a_surname_that_is_a_word_used_as_the_word_stays_a_noun(nlp) -> None:
    text = ("The book was written by Ismenia Greaves and published in May.\n\n"
            "Greaves of polished steel hung in the hall.")
    assert [t.ent_type_ for t in nlp(text) if t.text == "Greaves"] == ["PERSON", ""]


def test_guard_a_surname_read_as_a_noun_that_also_names_a_firm_is_left_alone(nlp) -> None:
    # "Pellows" may be the author or her family's press: no evidence decides
    text = ("The book was written by Ismenia Pellows and published by Pellows Press in May.\n\n"
            "Pellows said comparisons of this kind were lazy.")
    last = [t for t in nlp(text) if t.text == "Pellows"][-1]
    assert last.pos_ == "NOUN" and last.ent_type_ == ""


def test_the_dames_first_name_resolves_to_her_entity() -> None:
    text = ("The pier trust appointed Dame Ysolde Marrack as its chair in 2019.\n\n"
            "Dame Ysolde said the pier would be rebuilt within three years.")
    found, names = _extracted({"https://example.org/pier": text})
    assert [names[m.entity_id] for m in found.mentions if m.text == "Ysolde"] == ["Ysolde Marrack"]


@pytest.mark.parametrize(("title", "first"), [("Mme", "Blandine"), ("Mlle", "Ysolde"), ("Herr", "Osric"), ("Frau", "Wenna")])
def test_a_french_or_german_courtesy_title_before_a_surname_is_the_person_named_in_full(title, first) -> None:
    text = (f"{first} Corvelle, 61, climbed the ladder on Sunday.\n\n"
            f"„It was cold“, {title} Corvelle said after the jump.")
    found, names = _extracted({"https://example.org/board": text})
    assert [names[m.entity_id] for m in found.mentions if m.text == f"{title} Corvelle"] == [f"{first} Corvelle"]



def _consistency_after(nlp, text: str, ents: list[tuple[str, str, int]], first: str = "newsreact_label_consistency"):
    """The document after our label-consistency component, with the entities before it set by hand
    (``(text, label, occurrence)``) before the component ``first`` and those after it: the model's
    tags for unfamiliar names vary with the context."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    names = [name for name, _ in nlp.pipeline]
    for name, pipe in nlp.pipeline:
        if name == first:
            break
        doc = pipe(doc)
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
    text = ("The show's honey champion, Cadoc Pellow, has been stripped of his title.\n\n"
            "Cadoc told the Gazette he was shocked. Macsen Pellow, his brother, said nothing.")
    doc = _consistency_after(nlp, text, [("Cadoc", "GPE", 0), ("Pellow", "PERSON", 0), ("Cadoc", "GPE", 1),
                                         ("Macsen Pellow", "PERSON", 0)])
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in {"PERSON", "GPE"}] == [
        ("Cadoc Pellow", "PERSON"), ("Cadoc", "PERSON"), ("Macsen Pellow", "PERSON")]


def test_guard_a_place_before_a_surname_after_in_stays_a_place(nlp) -> None:
    text = "The show was held in Harnmoor. Judges in Harnmoor Pellow's class tasted every jar."
    doc = _consistency_after(nlp, text, [("Harnmoor", "GPE", 0), ("Harnmoor", "GPE", 1), ("Pellow", "PERSON", 0)])
    assert ("Harnmoor", "GPE") in [(e.text, e.label_) for e in doc.ents][1:]


@pytest.mark.parametrize("word", ["Dad", "Mum", "Grandad"])
def test_a_family_word_capitalised_as_a_name_is_no_entity(nlp, word) -> None:
    text = f"“{word} has the minutes of every rehearsal since 1952,” she said."
    doc = _consistency_after(nlp, text, [(word, "PERSON", 0)])
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []


def test_a_title_before_a_particle_surname_makes_the_full_name_a_person(nlp) -> None:
    text = ("The insurer grounded the engine after its surveyor, Gethryn de Wellock, found a cracked firebox.\n\n"
            "The society would invite Mr de Wellock to speak in January.")
    doc = _consistency_after(nlp, text, [("Gethryn de Wellock", "ORG", 0), ("Mr de Wellock", "PERSON", 0)])
    assert ("Gethryn de Wellock", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_the_writer_calls_a_label_is_an_organisation_however_often_tagged_a_place(nlp) -> None:
    text = ("Ysolde Marrack is leaving to join the younger London label Quenwick, both companies said.\n\n"
            "Quenwick, founded in 2012, sells in 40 shops. Her move to Quenwick surprised the trade. "
            "Quenwick has not said what she will be paid.")
    doc = _consistency_after(nlp, text, [("Quenwick", "GPE", k) for k in range(4)])
    assert {e.label_ for e in doc.ents if e.text == "Quenwick"} == {"ORG"}



@pytest.mark.parametrize(("text", "expected"), [
    ("She trained at the Harnlow School of Fashion under Prof Ysolde Marrack, who still teaches there.",
     [("the Harnlow School of Fashion", "ORG"), ("Prof Ysolde Marrack", "PERSON")]),
    ("The test was run by Dr Osric Tallowmere of Harnlow Laboratories, who said the jar held syrup.",
     [("Osric Tallowmere", "PERSON"), ("Harnlow Laboratories", "ORG")]),
])
def test_a_person_and_a_body_the_model_took_for_one_name_are_cut_apart(nlp, text, expected) -> None:
    assert [(e.text, e.label_) for e in nlp(text).ents if e.label_ in {"PERSON", "ORG"}] == expected


def test_a_doctor_of_a_laboratory_tagged_as_one_organisation_is_the_doctor_and_the_laboratory(nlp) -> None:
    text = "The jars went to Dr Osric Tallowmere of Harnlow Laboratories on Monday."
    doc = _consistency_after(nlp, text, [("Dr Osric Tallowmere of Harnlow Laboratories", "ORG", 0)])
    trimmed = nlp.get_pipe("newsreact_trim_entities")(doc)
    assert [(e.text, e.label_) for e in trimmed.ents] == [("Dr Osric Tallowmere", "PERSON"), ("Harnlow Laboratories", "ORG")]


@pytest.mark.parametrize("text", [
    "The Duke of Harnlow opened the show.",  # a title of a place, no organisation word
    "Ysolde Marrack of Harnlow said the jar was hers.",  # a person of a place
])
def test_guard_a_name_of_a_place_stays_whole(nlp, text) -> None:
    from pipeline.extract.components import _split_person_from_body

    doc = nlp(text)
    whole = doc.char_span(0, text.index(" opened") if "opened" in text else text.index(" said"), label="PERSON")
    assert _split_person_from_body(doc, whole) == [whole]


def test_a_surname_alone_in_another_article_is_the_one_corpus_person_so_named() -> None:
    # the tagger reads the headline's "Merridane" as a noun, the model tags neither: the other article decides
    texts = {"https://example.org/a": ("The trust's chief executive, Dr Dobrin Merridane, said the pool would stay shut.\n\n"
                                       "The survey found a cracked tank."),
             "https://example.org/b": LIDO_HEADLINE}
    found, names = _extracted(texts)
    assert [names[m.entity_id] for m in found.mentions if m.text == "Merridane"] == ["Dobrin Merridane"] * 2


def test_guard_a_surname_two_corpus_people_share_stays_unresolved_in_another_article() -> None:
    texts = {"https://example.org/a": ("Dr Dobrin Merridane and his sister, Ysolde Merridane, both swim there.\n\n"
                                       "The survey found a cracked tank."),
             "https://example.org/b": LIDO_HEADLINE}
    found, _ = _extracted(texts)
    b = next(a.article_id for a in found.articles if a.url.endswith("/b"))
    assert not [m for m in found.mentions if m.doc_id == b and m.text == "Merridane"]


def test_ter_is_a_surname_particle() -> None:
    from pipeline.extract.entities import NAME_PARTICLES

    assert "ter" in NAME_PARTICLES  # "Mariska ter Wellock": "Wellock" after it is no candidate of its own


@pytest.mark.parametrize(("text", "name", "labels"), [
    (("The cost could exceed £2m, according to an estimate that Rinkwise has obtained.\n\nMerridane, the trust's chief "
      "executive, told Rinkwise the estimate was a starting point. Rinkwise understands the council has asked for a cheaper "
      "option."), "Rinkwise", ["ORG", "ORG", "ORG"]),  # a publication told something, then written alone
    (("The questions were supplied by Ferndeep, a company based in the town that sells sealed packs.\n\nFerndeep, whose "
      "packs are used by most leagues, said it would rather be known for its questions."), "Ferndeep", ["ORG", "ORG"]),
])
def test_a_one_word_body_the_model_missed_is_an_organisation_wherever_written_alone(nlp, text, name, labels) -> None:
    assert [t.ent_type_ for t in nlp(text) if t.text == name] == labels


@pytest.mark.parametrize("trade", ["Leisure", "Aquatics", "Packaging", "Lottery", "Joinery"])
def test_trade_words_end_an_organisations_name(nlp, trade) -> None:
    text = f"Frostwick {trade} said it would sell the site.\n\nFrostwick {trade} has owned it since 1994."
    doc = _consistency_after(nlp, text, [(f"Frostwick {trade}", "PERSON", 0), (f"Frostwick {trade}", "PERSON", 1)],
                             first="newsreact_entity_ruler")
    assert {e.label_ for e in doc.ents if "Frostwick" in e.text} == {"ORG"}


@pytest.mark.parametrize("text", [
    # a predicate whose subject the parser lost: the name opening the sentence
    "Cynwal Amberly has swum at the lido every morning since 1961 and is known to the regulars as Kipper.\n\nKipper laughed.",
    # a description after the name's comma, then "known … as"
    "Mr Mellowby, a retired librarian known across the league as Kipper, lodged the complaint. Kipper said he saw a phone.",
])
def test_a_nickname_declared_by_known_as_is_a_person_wherever_written(nlp, text) -> None:
    assert [t.ent_type_ for t in nlp(text) if t.text == "Kipper"] == ["PERSON", "PERSON"]


def test_guard_a_place_known_as_a_name_is_no_persons_nickname(nlp) -> None:
    text = "The lido is known to everyone in town as the Tank. Cynwal Amberly swims there every morning."
    from pipeline.extract.declared_names import declared_names

    assert declared_names(nlp(text)) == []


def test_a_first_name_opening_a_sentence_read_as_a_verb_joins_the_surname(nlp) -> None:
    # two sisters: the whole name, not the surname the elder shares, says which one speaks
    text = ("“It wasn't even close,” said Tracey Lumb, who proposed the motion.\n\n"
            "The one vote against came from her sister. Sioned Lumb said she still thought the syndicate should buy online.")
    doc = nlp(text)
    assert ("Sioned Lumb", "PERSON") in [(e.text, e.label_) for e in doc.ents]
