"""A description that speaks before the story names anyone ("The parish's councillor has
called …", "a retired teacher said …") is the person the next paragraph introduces with the same
noun: reports give the role first and the name after (found on held-out quote sets J, AM and N
after their blind runs); our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest


def _named(text: str, att) -> str | None:
    return text[att.ref[0] : att.ref[1]] if att.ref is not None else None


def _by_quote(text: str, analysis, words: str):
    return next(q for q in analysis.direct + analysis.indirect if words in text[q.start : q.end])


def test_a_lede_description_is_the_person_the_next_paragraph_titles_so(analyse):
    text = ("Brackwith loses its post office\n\n"
            "The parish’s councillor has called the closure of the Brackwith post office ‘a slow insult’, "
            "as pensioners queued in the rain for the last time.\n\n"
            "Cllr Perpetua Hollingdrake, who represents the parish ward, said the village had been "
            "promised a counter in the shop by Easter.")
    att = _by_quote(text, analyse(text), "a slow insult")
    assert att.speaker_text == "The parish’s councillor"
    assert att.speaker_kind == "person" and "Perpetua Hollingdrake" in _named(text, att)


def test_an_indefinite_description_is_the_person_set_beside_the_same_noun_below(analyse):
    text = ("Oskerby junction slower, say drivers\n\n"
            "Drivers in Oskerby say the new lights have made the junction slower, and a retired "
            "teacher said the town was ‘going backwards’.\n\n"
            "‘I used to cross in a minute. Now I wait four,’ said Hyacinth Ormerod, 71, a retired "
            "teacher who lives by the junction.")
    att = _by_quote(text, analyse(text), "going backwards")
    assert att.speaker_text == "a retired teacher" and _named(text, att) == "Hyacinth Ormerod"


def test_guard_another_of_the_same_noun_is_someone_else(analyse):
    # the description is one councillor; "another councillor, X," is by its words not that one
    text = ("Bus cuts row\n\n"
            "A councillor has called the bus cuts ‘a disgrace’.\n\n"
            "Another councillor, Ambrose Kettleworth, said the cuts were overdue.")
    att = _by_quote(text, analyse(text), "a disgrace")
    assert _named(text, att) is None


def test_guard_a_person_named_two_paragraphs_on_is_too_far(analyse):
    text = ("Dredging row\n\n"
            "The harbour’s councillor has called the dredging plan ‘sheer folly’.\n\n"
            "The plan was published on Monday and will cost £2m.\n\n"
            "Cllr Leontyne Farraday said the plan had been rushed.")
    att = _by_quote(text, analyse(text), "sheer folly")
    assert _named(text, att) is None


def test_guard_a_person_the_story_named_before_is_not_the_description_below(analyse):
    # Jo Lee was named before the description: the rule looks for the name the report held back
    text = ("Fête opened\n\n"
            "Cllr Jocasta Penhaligon opened the fête on Saturday. Later a councillor said the fête "
            "had been ‘a triumph’.\n\n"
            "Cllr Jocasta Penhaligon, a councillor since 2009, said she had bought three cakes.")
    att = _by_quote(text, analyse(text), "a triumph")
    assert _named(text, att) is None


@pytest.mark.parametrize("title", ["Cllr", "Councillor"])
def test_the_councillor_after_a_titled_name_is_that_person(analyse, title: str):
    # the entity model takes "Cllr" into the name; the title still introduces the person
    text = (f"{title} Wilhelmina Oakenshaw chaired the meeting on Tuesday. ‘We have no money for "
            "the pool,’ the councillor said.")
    att = _by_quote(text, analyse(text), "no money")
    assert _named(text, att) is not None and "Wilhelmina Oakenshaw" in _named(text, att)



def _hand_parsed(nlp, rows: list[tuple[str, int, str, str, str]]):
    """A Doc parsed by hand, one row a token: (word, head, dep, tag, lemma)."""
    from spacy.tokens import Doc

    words, heads, deps, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


HOSTED_BY = [  # "hosted by Lionel Quintavalle, her co-founder, Gwenola Arbouin"
    ("hosted", 0, "ROOT", "VBN", "host"), ("by", 0, "agent", "IN", "by"), ("Lionel", 3, "compound", "NNP", "Lionel"),
    ("Quintavalle", 1, "pobj", "NNP", "Quintavalle"), (",", 3, "punct", ",", ","), ("her", 6, "poss", "PRP$", "her"),
    ("co", 8, "compound", "NN", "co"), ("-", 8, "punct", "HYPH", "-"), ("founder", 3, "appos", "NN", "founder"),
    (",", 3, "punct", ",", ","), ("Gwenola", 11, "compound", "NNP", "Gwenola"), ("Arbouin", 3, "appos", "NNP", "Arbouin"),
]


def test_guard_the_end_of_a_hyphenated_role_is_not_that_role(nlp):
    # the small model splits "co-founder" and at times hangs "founder" on the name before it
    # ("hosted by Lionel Quintavalle, where she and her co-founder, …"): a parse set by hand, as
    # the model gives it only for some names
    from spacy.tokens import Span

    from pipeline.extract.descriptions import _introduction

    doc = _hand_parsed(nlp, HOSTED_BY)
    assert _introduction(Span(doc, 2, 4, label="PERSON"), "founder") is None
    # the same parse with "the" in place of the hyphen is a founder set beside the name
    spaced = _hand_parsed(nlp, [*HOSTED_BY[:7], ("the", 8, "punct", "HYPH", "the"), *HOSTED_BY[8:]])
    assert _introduction(Span(spaced, 2, 4, label="PERSON"), "founder") is not None


def test_the_widow_is_the_name_set_beside_her_widow_after_a_closing_mark(nlp):
    # (found on quote set E): in that article's context the parser hangs "his widow" and her
    # name, one after the other, both on the closing mark before them; the parse set by hand
    from spacy.tokens import Span

    from pipeline.extract.descriptions import _introduction

    doc = _hand_parsed(nlp, [
        ("«", 2, "punct", "``", "«"), ("Music", 2, "compound", "NN", "music"), ("»", 10, "nsubj", "NN", "»"),
        (",", 2, "punct", ",", ","), ("his", 5, "poss", "PRP$", "his"), ("widow", 2, "appos", "NN", "widow"),
        (",", 2, "punct", ",", ","), ("Nomvula", 8, "compound", "NNP", "Nomvula"), ("Dlamini", 2, "appos", "NNP", "Dlamini"),
        (",", 2, "punct", ",", ","), ("told", 10, "ROOT", "VBD", "tell"), ("mourners", 10, "dobj", "NNS", "mourner"),
    ])
    assert _introduction(Span(doc, 7, 9, label="PERSON"), "widow") is not None
    assert _introduction(Span(doc, 7, 9, label="PERSON"), "daughter") is None
    # not the end of a hyphenated word: "her co-founder, Gwenola Arbouin," hung so is no founder
    doc = _hand_parsed(nlp, [
        ("«", 2, "punct", "``", "«"), ("Music", 2, "compound", "NN", "music"), ("»", 12, "nsubj", "NN", "»"),
        (",", 2, "punct", ",", ","), ("her", 7, "poss", "PRP$", "her"), ("co", 7, "compound", "NN", "co"),
        ("-", 7, "punct", "HYPH", "-"), ("founder", 2, "appos", "NN", "founder"), (",", 2, "punct", ",", ","),
        ("Gwenola", 10, "compound", "NNP", "Gwenola"), ("Arbouin", 2, "appos", "NNP", "Arbouin"), (",", 2, "punct", ",", ","),
        ("told", 12, "ROOT", "VBD", "tell"), ("mourners", 12, "dobj", "NNS", "mourner"),
    ])
    assert _introduction(Span(doc, 9, 11, label="PERSON"), "founder") is None
