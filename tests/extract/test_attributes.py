"""IndexedAttributeRuler: the model's attribute rules by lookup, with the stock ruler's results."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from pipeline.extract.attributes import IndexedAttributeRuler
from pipeline.extract.nlp import FALLBACK_MODEL, load_nlp

# Our own sentences, chosen to reach the model's one-token rules (tags, auxiliaries, "do"/"have"
# as main verbs, determiners used as pronouns), its lower-case and regex exceptions ("nothin'",
# "gets"/"got"), its two-token rules ("gonna", "gotta", "let's", "c'mon", "y'all", "ain't",
# expletive "there is") and whitespace tokens.
TEXTS = [
    "The mayor said on Tuesday that the bridge would reopen, but commuters were not convinced.",
    "“We have done what we could,” she told reporters. “That is all.” Those were her words.",
    "Y'all gonna regret this, c'mon! Let's go. I ain't leaving and we gotta talk.",
    "There is nothin' to see; there are no answers. He gets the point, she got the message.",
    "  Two spaces,\n\nthen a blank line.\t A tab and ...  an ellipsis ",
    "Did they do it? They did. Has he had lunch? He has, and he does his homework daily.",
    "What did the council decide, which option won, and whose plan was it anyway?",
    "@river_walker Honestly this is hilarious 😂 #transit",
    "",
]


@pytest.fixture(scope="module")
def stock_nlp() -> Language:
    return spacy.load(FALLBACK_MODEL)


def _without_ruler(nlp: Language, text: str):
    return nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])


@pytest.mark.parametrize("without_parse", [False, True])
def test_same_matches_as_the_stock_ruler(stock_nlp: Language, without_parse: bool) -> None:
    stock = stock_nlp.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(stock_nlp.vocab).from_ruler(stock)
    disable = ["attribute_ruler", "lemmatizer", "ner"] + (["parser"] if without_parse else [])
    reached: set[int] = set()
    for text in TEXTS:
        doc = stock_nlp(text, disable=disable)
        expected = stock.match(doc)
        assert indexed.match(doc) == expected, text
        reached.update(rule for rule, *_ in expected)
    # The texts reach one-token and two-token rules alike, so both paths are compared.
    two_token = {int(stock_nlp.vocab.strings[key]) for key in indexed._rest._patterns}
    assert reached & two_token
    assert len(reached - two_token) > 40


def test_same_annotations_as_the_stock_pipeline(stock_nlp: Language) -> None:
    ours = load_nlp({"extract": {"spacy_model": "en_core_web_sm"}})
    assert isinstance(ours.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert type(stock_nlp.get_pipe("attribute_ruler")) is AttributeRuler
    for text in TEXTS:
        with ours.select_pipes(disable=["newsreact_paragraph_starts"]):  # it changes the parse on purpose
            a = ours(text)
        b = stock_nlp(text)
        assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in a] == [
            (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in b
        ], text


def test_later_rule_wins_and_both_paths_apply(stock_nlp: Language) -> None:
    rules = [
        {"patterns": [[{"LOWER": "harbour"}]], "attrs": {"LEMMA": "first"}},
        {"patterns": [[{"LOWER": {"IN": ["harbour", "ferry"]}, "IS_SPACE": False}]], "attrs": {"LEMMA": "second"}},
        {"patterns": [[{"LOWER": "old"}, {"LOWER": "harbour"}]], "attrs": {"POS": "PROPN"}, "index": 1},
        {"patterns": [[{"TEXT": {"FUZZY": "ferri"}}]], "attrs": {"LEMMA": "fuzzy"}},  # not keyed: the Matcher's
    ]
    ruler = IndexedAttributeRuler(stock_nlp.vocab)
    ruler.add_patterns(rules)
    stock = AttributeRuler(stock_nlp.vocab)
    stock.add_patterns(rules)
    doc = ruler(stock_nlp.make_doc("old harbour ferry"))
    assert [t.lemma_ for t in doc] == ["", "second", "fuzzy"]
    assert doc[1].pos_ == "PROPN"
    other = stock(stock_nlp.make_doc("old harbour ferry"))
    assert [(t.lemma_, t.pos_) for t in other] == [(t.lemma_, t.pos_) for t in doc]
