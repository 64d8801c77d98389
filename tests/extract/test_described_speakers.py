"""A speaker named by a definite description ("the mayor") resolves to the person or
organisation the article introduced with that noun. Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest


def speaker_of(analyse, text: str) -> tuple[str | None, str, str | None]:
    analysis = analyse(text)
    [att] = analysis.direct
    return att.speaker_text, att.speaker_kind, text[att.ref[0]:att.ref[1]] if att.ref else None


@pytest.mark.parametrize(("text", "speaker", "kind", "who"), [
    ("Mayor Jane Okafor opened the new bridge on Monday.\n\n“It is a great day for the town,” the mayor said.",
     "the mayor", "person", "Jane Okafor"),  # a title before the name
    ("Council leader Tom Reid defended the budget.\n\n“There is no money left,” the council leader told reporters.",
     "the council leader", "person", "Tom Reid"),
    ("Bahtiyar Duysak, a former contractor, spoke to reporters on Friday.\n\n“I did nothing wrong,” the contractor said.",
     "the contractor", "person", "Bahtiyar Duysak"),  # apposition after the name
    ("The Harbour Board approved the plan on Tuesday.\n\n“We expect work to start in May,” the board said.",
     "the board", "organization", "The Harbour Board"),  # an organisation's own last word
])
def test_a_description_resolves_to_who_it_described(analyse, text, speaker, kind, who):
    assert speaker_of(analyse, text) == (speaker, kind, who)


def test_the_nearest_description_wins(analyse):
    text = ("Mayor Jane Okafor opened the bridge. Former mayor Bill Tan was there too.\n\n"
            "“I argued for it for ten years,” the mayor said.")
    assert speaker_of(analyse, text)[2] == "Bill Tan"


@pytest.mark.parametrize("text", [
    # nobody was introduced as a mayor: the description stays unresolved
    "Jane Okafor opened the new bridge on Monday.\n\n“It is a great day for the town,” the mayor said.",
    # an indefinite description is someone else
    "Mayor Jane Okafor opened the new bridge.\n\n“It is about time,” a mayor from the next town said.",
])
def test_no_description_no_resolution(analyse, text):
    assert speaker_of(analyse, text)[2] is None
