"""Quoted fragments attributed by a reporting construction (issue #4): a short quote that a verb
attributes to its subject is a direct quote with that subject as speaker; scare quotes and titles
with nothing attributing them are still dropped. Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.extract.indirect import find_indirect
from pipeline.extract.quotes import find_quote_spans
from pipeline.extract.speakers import attribute_quotes


@pytest.fixture(scope="module")
def quotes(nlp):
    def run(text: str) -> dict[str, tuple[str | None, str | None, str]]:
        """quoted words -> (cue, speaker_text, kind) of each kept quote."""
        doc = nlp(text)
        out = {}
        for att in attribute_quotes(doc, find_quote_spans(text)):
            words = " … ".join(text[s:e] for s, e in att.parts)
            out[words] = (att.cue, att.speaker_text, att.kind)
        return out

    return run


@pytest.mark.parametrize(
    "text, words, cue, speaker",
    [
        # any active verb labelling its object "as" the quoted words: derided/denounced/dismissed … as
        ("He derided the proposal as “fantasy economics”.", "fantasy economics", "derided", "He"),
        # a verb of condemning whose object holds the quoted words (a speech verb)
        ("The charity decried the “shameful” delays in the report.", "shameful", "decried", "The charity"),
        ("The bishop denounced the cuts as “cruel”.", "cruel", "denounced", "The bishop"),
        ("Maria Lopez runs the tenants' group in Leeds. She dismissed the audit as “a stitch-up” on Monday.", "a stitch-up", "dismissed", "She"),
        # a verb of judging or admiring, and "as being" before the words
        ("Councillor Ruth Abara openly admires the new harbour master as a “safe pair of hands” in a storm.",
         "safe pair of hands", "admires", "Councillor Ruth Abara"),
        ("Later the coach defended his remarks as being “tongue in cheek.”", "tongue in cheek.", "defended", "the coach"),
        ("In May, Dov Marsh dismissed the island as being in the “back garden of the mainland” — a jibe.",
         "back garden of the mainland", "dismissed", "Dov Marsh"),
        # "as" hung on a noun inside the object
        ("The Courier characterized many voters’ perception of Ana Ruiz’s path to the mayoralty as a “march from doubt to grudging respect.”",
         "march from doubt to grudging respect.", "characterized", "Courier"),
        # the object of a prepositional verb
        ("Mayor Dana Holt kept referring to her rivals as “the usual suspects” all evening.",
         "the usual suspects", "referring", "Mayor Dana Holt"),
    ],
)
def test_labelling_verb_with_as_attributes_a_fragment(quotes, text, words, cue, speaker) -> None:
    found = quotes(text)
    assert found.get(words) == (cue, speaker, "direct"), found


def test_labelling_fragment_speaker_resolves_like_any_speaker(nlp) -> None:
    text = "Maria Lopez runs the tenants' group in Leeds. She dismissed the audit as “a stitch-up” on Monday."
    doc = nlp(text)
    (att,) = attribute_quotes(doc, find_quote_spans(text))
    assert att.speaker_kind == "person" and text[att.ref[0] : att.ref[1]] == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ortiz later served as the mayor’s “fixer” at city hall.",  # intransitive "as": a role, no one labels
        "She joined the board as “head of digital” in 2019.",  # not a verb of describing or judging
        "They spent the grant as “seed funding” for the project.",
        "The search covered words such as “flood” and “levee”.",  # "such as": examples
        "The junction is known locally as “the Knot”.",  # a passive: no one says it here
        "The so-called “reform” passed on Tuesday.",
        "She reviewed the film “Dark Water” for the paper.",
        "We bought a “smart” fridge last year.",
    ],
)
def test_scare_quotes_and_titles_stay_dropped(quotes, text) -> None:
    assert quotes(text) == {}


def test_second_fragment_in_a_reported_clause_takes_the_cue_before_the_first(quotes) -> None:
    # the cue search before the second quote stops at the first quote; the reported clause of
    # "said" holds both
    text = "He said he would stand aside not because of “any grudge against Dana,” but because Ortiz is a “better candidate.”"
    found = quotes(text)
    assert found.get("better candidate.") == ("said", "He", "direct"), found


def test_a_fragment_in_the_speakers_next_predicate_is_not_the_first_verbs(quotes) -> None:
    # "likened" is a coordinated predicate of its own (no speech verb): the quote after it is
    # not "called"'s
    text = "Cross called the vote “a turning point” and likened it to a dam with “a crack in it.”"
    found = quotes(text)
    assert found.get("a turning point") == ("called", "Cross", "direct")
    assert "a crack in it." not in found, found


def test_a_noun_phrase_after_the_reported_clause_is_not_a_second_indirect_quote(nlp) -> None:
    text = "Officials said the storm had passed, a relief for residents."
    doc = nlp(text)
    found = [" ".join(text[s:e] for s, e in a.parts) for a in find_indirect(doc, find_quote_spans(text))]
    assert found == ["the storm had passed"]


def test_a_speech_verb_in_a_when_clause_after_a_quote_is_not_its_cue(quotes) -> None:
    # "when"/"while" opens a clause of its own: its verb cues the quote inside that clause
    text = ("Ana Ruiz was visibly annoyed, managing only a “no comment” when Sam Okpara accused her of a "
            "“shameful cover-up” at the hearing.")
    found = quotes(text)
    assert found == {"shameful cover-up": ("accused", "Sam Okpara", "direct")}, found
    text = "Okpara calls his rival “the professor,” while Ruiz calls the senator “Sammy.”"
    found = quotes(text)
    assert found["the professor"][1] == "Okpara" and found["Sammy."][1] == "Ruiz", found


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # (a name in capitals given so, "The bridge was dubbed “the Knot” by locals.", is no quote
        # since 2026-12-08: test_speakers.test_a_name_a_naming_verb_gives_is_no_quote)
        ("The bypass was dubbed “a road to nowhere” by locals.", "a road to nowhere", "locals"),
        ("The proposal was branded “reckless” by opposition leaders.", "reckless", "opposition leaders"),
    ],
)
def test_a_passive_cues_speaker_is_its_agent_not_what_it_names(quotes, text, words, speaker) -> None:
    found = quotes(text)
    assert found.get(words, (None, None, None))[1] == speaker, found


@pytest.mark.parametrize(
    "text",
    [
        "The mill owners opened a small museum called “The Weaving Shed” last spring.",  # a name
        "The bridge was dubbed “the Knot” years ago.",  # nobody named says it
    ],
)
def test_a_passive_cue_without_an_agent_attributes_nothing(quotes, text) -> None:
    assert quotes(text) == {}


def test_a_descriptive_speaker_resolves_to_the_name_in_apposition(nlp) -> None:
    text = "The union's leader, Maria Lopez, accused the hospital of “squeezing nurses”."
    doc = nlp(text)
    (att,) = attribute_quotes(doc, find_quote_spans(text))
    assert att.speaker_kind == "person" and text[att.ref[0] : att.ref[1]] == "Maria Lopez"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The maker of the syrup, Brambleworth, said in a statement: “We are recalling every bottle.”", "Brambleworth"),
        ("The operator of the chain ferry, Kelmoor Lines, said: “We are recalling every bottle.”", "Kelmoor Lines"),
        # the parser hangs the name on what the firm makes, and the entity model calls it a person
        ("The firm behind the council’s parking app, Strandly Hire, said: “We are recalling every bottle.”", "Strandly Hire"),
    ],
)
def test_a_company_noun_resolves_to_the_organisation_in_apposition_whatever_its_of_phrase(nlp, text, name) -> None:
    doc = nlp(text)
    (att,) = attribute_quotes(doc, find_quote_spans(text))
    assert att.speaker_kind == "organization" and att.ref is not None and text[att.ref[0] : att.ref[1]] == name, att


def test_a_spokesman_for_a_named_body_is_not_that_body(nlp) -> None:
    text = "A spokesman for the ferry operator, Kelmoor Lines, said: “We are recalling every ticket.”"
    doc = nlp(text)
    (att,) = attribute_quotes(doc, find_quote_spans(text))
    assert att.speaker_kind == "unnamed_source" and att.ref is None, att


def test_a_quote_coordinated_with_an_attributed_one_shares_its_speaker(quotes) -> None:
    text = "The minister called the plan ‘reckless’ and ‘unworkable’."
    found = quotes(text)
    assert found == {"reckless": ("called", "The minister", "direct"), "unworkable": ("called", "The minister", "direct")}, found


def test_a_main_verb_read_as_a_participle_of_the_name_takes_the_name_as_speaker(quotes) -> None:
    # the model hangs "called" on "Reyes" as a participle; the nearest noun left of it is the station
    found = quotes("Reyes, speaking to WKRN, called Lusby a “coward,” and said she would not debate him.")
    assert found.get("coward") == ("called", "Reyes", "direct"), found


@pytest.mark.parametrize(
    "text, words, cue, speaker",
    [
        # a verb of thinking or finding, not of speech, whose "that" clause holds a whole quoted clause
        (
            "Back in 2011, Dana Hutchings worried that the new bypass was becoming “a road that carries nobody to nowhere at great cost.”",
            "a road that carries nobody to nowhere at great cost.",
            "worried",
            "Dana Hutchings",
        ),
        (
            "The inspectors discovered in March that the ferry operator had been “cutting corners on every single crossing it ran.”",
            "cutting corners on every single crossing it ran.",
            "discovered",
            "The inspectors",
        ),
        # the outermost clause is the attribution, not the "that" nearest the quote
        (
            "Aldermen feared that the council would decide that the pier was “too far gone to save at any reasonable price.”",
            "too far gone to save at any reasonable price.",
            "feared",
            "Aldermen",
        ),
    ],
)
def test_that_clause_of_a_verb_with_a_subject_attributes_a_long_quote(quotes, text, words, cue, speaker) -> None:
    assert quotes(text).get(words) == (cue, speaker, "direct"), quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents worried that the works were “a mess” all summer.",  # short: a scare quote, still dropped
        "The claim that the bridge was “a mess” spread fast.",  # a noun's clause: a claim is no speaker
    ],
)
def test_that_clause_does_not_attribute_scare_quotes_or_a_nouns_clause(quotes, text) -> None:
    assert "a mess" not in quotes(text), quotes(text)


def test_that_clause_of_a_noun_is_not_a_cue(quotes) -> None:
    text = "The rumour that the old pier was “too far gone to save at any reasonable price” spread fast."
    found = quotes(text)
    assert found.get("too far gone to save at any reasonable price") == (None, None, "direct"), found
