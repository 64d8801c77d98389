"""A message someone saw or received is not their statement.

"Visitors saw a page saying the account did not exist" must not store the visitors as saying
it; "The union issued a statement saying ..." is the union's. Sentences are our own; the real
spaCy model parses them.
"""

from __future__ import annotations

import pytest

from pipeline.extract.indirect import find_indirect
from pipeline.extract.nlp import load_nlp
from pipeline.extract.quotes import find_quote_spans


@pytest.fixture(scope="module")
def nlp():
    return load_nlp({"extract": {}})


def speakers(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    return [att.speaker_text for att in find_indirect(doc, find_quote_spans(text))]


@pytest.mark.parametrize("text", [
    "Visitors saw a blank page saying the account did not exist.",
    "During the outage, readers were shown a short message saying the site was down for repairs.",
    "Tenants received a letter saying the rent would rise in April.",
])
def test_the_reader_of_a_message_is_not_its_speaker(nlp, text):
    assert speakers(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("The union issued a statement saying the strike would go ahead.", "The union"),
    ("The council released a report saying the bridge was safe.", "The council"),
])
def test_the_author_of_a_message_is_its_speaker(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]
