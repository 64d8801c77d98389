"""``speaker_text``: the speaker phrase as the article writes it, descriptions included, with the
real spaCy model. Sentences are our own."""

from __future__ import annotations


def test_one_of_a_group_is_the_whole_phrase_not_the_number(analyse) -> None:
    text = "“The ferry was full by seven,” one of the people on board said.\n"
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("one of the people on board", "unnamed_source")


def test_a_description_stops_at_the_comma_before_a_relative_clause(analyse) -> None:
    text = ("Three people familiar with the council's budget review, who asked not to be named because "
            "the review is unfinished, said the library would close in March.\n")
    [att] = analyse(text).indirect
    assert att.speaker_text == "Three people familiar with the council's budget review"
    assert att.speaker_kind == "unnamed_source"


def test_an_inverted_cue_keeps_where_the_speaker_is_from(analyse) -> None:
    text = "Many readers wrote in. ‘Bring back the night bus,’ wrote one reader from Dundee.\n"
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("one reader from Dundee", "anonymous_public")


def test_an_inverted_cue_leaves_out_the_medium(analyse) -> None:
    text = "‘Bring back the night bus,’ wrote one reader on Facebook.\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "one reader"
