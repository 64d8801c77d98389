"""An organisation whose name the NER read from its second word, the place opening it left
out ("Fenholt Fire and Rescue Service" read as "Fire and Rescue Service"; found on quote set AA
after its blind run): widened over the place. The model reads such names whole in most
sentences, so the spans are set by hand here and the component's function is called on them;
our own names, the real spaCy model's parse."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.components import _with_place_before


def _span(doc, words: str, label: str) -> Span:
    text = doc.text
    start = text.index(words)
    return doc.char_span(start, start + len(words), label=label)


def test_an_untagged_place_before_a_services_name_opens_it(nlp):
    doc = nlp("Fire at the bakery\n\nMarlingford Fire and Rescue Service said four crews were called.")
    ents = [_span(doc, "Fire and Rescue Service", "ORG")]
    assert [e.text for e in _with_place_before(doc, ents)] == ["Marlingford Fire and Rescue Service"]


def test_a_place_the_model_tagged_apart_joins_the_council_after_it(nlp):
    doc = nlp("Budget row\n\nMarlingford City Council said it would appeal.")
    ents = [_span(doc, "Marlingford", "GPE"), _span(doc, "City Council", "ORG")]
    assert [(e.text, e.label_) for e in _with_place_before(doc, ents)] == [("Marlingford City Council", "ORG")]


def test_guard_a_person_or_a_word_of_grammar_before_the_body_stays_apart(nlp):
    doc = nlp("Budget row\n\nA letter from Ada Quist City Council staff read out. Yesterday City Council said no.")
    ents = [_span(doc, "Ada Quist", "PERSON"), _span(doc, "City Council", "ORG")]
    second = doc.text.index("City Council", doc.text.index("Yesterday"))
    ents.append(doc.char_span(second, second + len("City Council"), label="ORG"))
    assert [e.text for e in _with_place_before(doc, ents)] == ["Ada Quist", "City Council", "City Council"]


def test_guard_a_headlines_capitalised_words_are_no_place(nlp):
    # a headline writes every word capitalised: "Exclusive" is no place
    doc = nlp("Exclusive Fire Service Cuts Revealed\n\nThe service will close three stations.")
    ents = [_span(doc, "Fire Service", "ORG")]
    assert [e.text for e in _with_place_before(doc, ents)] == ["Fire Service"]
