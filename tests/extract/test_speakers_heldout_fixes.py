"""Speaker rules found on the held-out quote gold's blind run (tests/gold/quotes-heldout): each
case is our own sentence, not the gold's, through the real spaCy model."""

from __future__ import annotations

import pytest


def test_a_platform_named_x_ends_the_sentence_and_is_not_the_speaker(analyse, nlp):
    text = ("“Three days without water and not one text from them,” wrote one user on X. "
            "Another joked: “At least the car is finally clean after all that rain.”")
    assert [t.text for t in nlp.tokenizer("on X. Another")] == ["on", "X", ".", "Another"]
    first, second = analyse(text).direct
    assert (first.speaker_text, first.speaker_kind) == ("one user", "anonymous_public")
    assert (second.speaker_text, second.speaker_kind) == ("Another", "anonymous_public")


def test_a_platform_after_the_speaker_is_where_they_wrote(analyse):
    [att] = analyse("One commenter on Reddit wrote: “The crews have been out there since three in the morning.”").direct
    assert att.speaker_text == "One commenter"


def test_a_headline_does_not_run_on_into_the_next_paragraph(analyse, nlp):
    text = ("Ferry crossings ‘suspended until the spring’, says Okafor\n\n"
            "Repairs to the ramp at Kilmore Quay will take months, the harbour master has admitted.")
    doc = nlp(text)
    assert "Okafor" in [e.text for e in doc.ents] and not any("\n" in e.text for e in doc.ents)
    [att] = analyse(text).direct
    assert att.speaker_text == "Okafor"


def test_who_after_a_description_of_a_person_is_that_person(analyse):
    text = ("Among those waiting is Maura Delaney, the owner of the Blue Door bakery on Quay Street, "
            "who told the Echo: “We have thrown away two days of bread already.”")
    [att] = analyse(text).direct
    assert att.speaker_text == "who" and att.speaker_kind == "person"
    assert text[att.ref[0]:att.ref[1]] == "Maura Delaney"


def test_a_named_person_given_an_age_or_an_ordinary_description_is_the_public(analyse):
    text = ("Outside the ground, Ray Rimmer, 72, has held a season ticket since 1969. "
            "“If they move us out of town, they can keep my seat,” he said.")
    [att] = analyse(text).direct
    assert att.speaker_kind == "person" and att.public
    text = "“I ran that route every Sunday,” said Lena Moritz, a 29-year-old marathon runner."
    [att] = analyse(text).direct
    assert att.public


def test_a_named_official_or_the_story_s_own_people_are_not_the_public(analyse):
    text = ("Councillor Ray Rimmer, 72, chairs the finance committee. "
            "“The money was never requested,” he said.")
    [att] = analyse(text).direct
    assert not att.public
    text = ("Lena Moritz, a former nurse, won the mayoralty on Sunday. Moritz thanked her team. "
            "Moritz promised change. “Nobody owns this office,” Moritz told supporters.")
    [att] = analyse(text).direct
    assert not att.public


def test_one_of_them_after_unnamed_sources_is_a_source(analyse):
    text = ("The club has approached the council about land by the ring road, according to two people "
            "with knowledge of the talks. One of them said: “It was an early conversation, nothing more.”")
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("One of them", "unnamed_source")


def test_she_passes_over_a_man_the_article_calls_mr(analyse):
    text = ("“The main was laid in 1931,” said Tom Harker, the utility’s chief executive. Mr Harker blamed the council.\n\n"
            "That drew a sharp reply from Ms Nuala Geraghty, who chairs the works committee. "
            "She called the claim “a rewriting of history”.")
    att = analyse(text).direct[-1]
    assert att.speaker_text == "She" and text[att.ref[0]:att.ref[1]].endswith("Nuala Geraghty")


def test_the_club_is_the_only_club_the_article_names(analyse):
    text = ("Kilbride Rovers have been sold to an American fund, the Kilbride Rovers Supporters’ Trust said.\n\n"
            "There were “no plans to move from the ground”, the club said on Friday.")
    att = analyse(text).direct[-1]
    assert (att.speaker_text, att.speaker_kind) == ("the club", "organization")
    assert text[att.ref[0]:att.ref[1]] == "Kilbride Rovers"


def test_a_name_beside_an_office_is_a_person_and_so_is_its_surname(nlp):
    """The small model tagged the held-out gold's president-elect ORG and her surname GPE: the
    label consistency step, given those tags, makes both PERSON."""
    from spacy.tokens import Span

    from pipeline.extract.components import LabelConsistency

    text = "Two days after the vote, Val Serra’s president-elect, Paula Quiroga, opened talks. Quiroga said she was hopeful."
    doc = nlp(text)
    def span(words: str, label: str, nth: int = 0) -> Span:
        start = [i for i, t in enumerate(doc) if t.text == words.split()[0]][nth]
        return Span(doc, start, start + len(words.split()), label=label)
    doc.ents = [span("Paula Quiroga", "ORG"), span("Quiroga", "GPE", 1)]
    labels = [(e.text, e.label_) for e in LabelConsistency()(doc).ents]
    assert labels == [("Paula Quiroga", "PERSON"), ("Quiroga", "PERSON")]


def test_a_firm_s_short_name_is_the_firm_not_a_person(nlp):
    doc = nlp("Harlow Ridge Capital bought the club. Harlow Ridge said the deal closed on Friday. "
              "Analysts said Harlow Ridge had paid too much.")
    assert {e.label_ for e in doc.ents if e.text == "Harlow Ridge"} == {"ORG"}


def test_a_name_given_an_age_is_the_pronoun_s_person_wherever_the_parser_hung_it(analyse):
    text = ("Edna Dowell, the trust's chair, said fans had not been consulted.\n\n"
            "Outside the club shop, Harold Bixby, 66, has had a season ticket for 48 years. "
            "“If they move us to a field by the bypass, they can have my seat back,” he said.")
    att = analyse(text).direct[-1]  # the parser hangs "Harold Bixby" on "shop": no subject
    assert att.speaker_text == "he" and text[att.ref[0]:att.ref[1]] == "Harold Bixby"


def test_another_joked_after_a_quote_is_its_cue_even_read_as_a_noun(analyse):
    text = ("On the forum, one commenter wrote: “Day one and she is already haggling with the Greens.” "
            "“Somebody check on the man who wanted to close those hospitals. He is very quiet today,” another joked.")
    _, second = analyse(text).direct
    assert (second.cue, second.speaker_text, second.speaker_kind) == ("joked", "another", "anonymous_public")


def test_an_adjective_phrase_after_an_unnamed_source_is_part_of_it(analyse):
    text = "The former mayor will not stand again, according to a person close to him."
    [att] = analyse(text).indirect
    assert (att.speaker_text, att.speaker_kind) == ("a person close to him", "unnamed_source")


def test_a_platform_where_something_was_posted_is_not_the_company(analyse):
    text = ("The main failed at 4am, according to Harbour Water Services, which runs the network.\n\n"
            "On a neighbourhood Facebook group, the mood was grim.\n\n"
            "“We owe our customers straight answers,” the utility said.")
    att = analyse(text).direct[-1]
    assert att.speaker_kind == "organization" and text[att.ref[0]:att.ref[1]] == "Harbour Water Services"


def test_a_quote_after_so_called_is_the_writer_s_term(analyse):
    text = ("The company has pointed users to its so-called “privacy zones,” a setting that hides the start "
            "of each run. For now, water reaches some streets through the so-called “fix”: a hose over the road.")
    assert analyse(text).direct == []


# from the second held-out quote gold's blind run (tests/gold/quotes-heldout-b)

def test_a_third_is_one_more_of_the_public(analyse):
    text = ("“Never again,” wrote one user.\n\nAnother wrote: “Five hours on the floor.”\n\n"
            "A third wrote: “Thank you to the crew at least, they were brilliant.”")
    att = analyse(text).direct[-1]
    assert (att.speaker_text, att.speaker_kind, att.public) == ("A third", "anonymous_public", True)


def test_an_unnamed_worker_described_by_their_job_is_an_unnamed_source(analyse):
    text = ("A Harlow Air engineer said staff had warned about the update. “We flagged it on Friday,” the engineer said.")
    att = analyse(text).direct[-1]
    assert (att.speaker_text, att.speaker_kind) == ("the engineer", "unnamed_source")


def test_the_man_or_the_student_unnamed_is_the_public(analyse):
    [att] = analyse("“Nobody from the airline came to talk to us for five hours,” the student said.").direct
    assert (att.speaker_kind, att.public) == ("anonymous_public", True)


def test_a_description_with_a_name_beside_it_is_named_by_the_name_and_its_title(analyse):
    text = "“The strike is regrettable,” the hospital’s chief executive, Dr Aled Price, said."
    [att] = analyse(text).direct
    assert att.speaker_text == "Dr Aled Price"
    text = "“It was a cynical fraud,” said Detective Inspector Owen Marsh after the verdict."
    [att] = analyse(text).direct
    assert att.speaker_text == "Detective Inspector Owen Marsh"


def test_a_live_blog_time_is_not_part_of_the_speaker(analyse):
    text = "10:40 A senior nurse on the picket line told us: “We are freezing but we are staying.”"
    [att] = analyse(text).direct
    assert att.speaker_text == "A senior nurse on the picket line"


def test_a_saint_s_possessive_is_part_of_an_organisation_s_name(nlp):
    doc = nlp("Nurses walked out at St Oswin’s General Hospital on Monday.")
    assert ("St Oswin’s General Hospital", "ORG") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", [
    # the nearest person subject is a man known by his first name
    ("Rebecca Sundin, the charity's chair, spoke outside court. "
     "Paul Gorringe, the treasurer, was jailed for six years.\n\n"),
    # a surname alone takes the sex of its full name's first name
    ("Rebecca Sundin, the charity's chair, spoke outside court after Paul Gorringe was jailed.\n\n"
     "Gorringe said nothing as he was led away.\n\n"),
])
def test_she_passes_over_a_man_known_by_his_first_name(analyse, text):
    text += "“He sat in our meetings and lied to us,” she said."
    att = analyse(text).direct[-1]
    assert text[att.ref[0]:att.ref[1]].endswith("Rebecca Sundin")


def test_a_firm_s_first_word_alone_is_the_firm(analyse):
    text = ("The scheduling software is made by Harbeck Systems, a supplier in Leeds. "
            "In a statement, Harbeck said it was “working closely with the airline.”")
    att = analyse(text).direct[-1]
    assert att.speaker_kind == "organization"  # a person before the fix
    assert text[att.ref[0]:att.ref[1]] in {"Harbeck", "Harbeck Systems"}  # the resolver makes them one firm


def test_an_organisation_noun_before_or_beside_a_name_makes_it_an_organisation(nlp):
    doc = nlp("Fans were told to claim refunds through the ticketing site Quorvia. "
              "Quorvia, the ticketing platform, said most had been paid.")
    assert {e.label_ for e in doc.ents if e.text == "Quorvia"} == {"ORG"}


def test_a_name_beside_the_subject_does_not_use_up_the_search_for_the_cue(analyse):
    text = ("“This was not an attack. It was a mistake, and it was ours,” Harlow Air's chief executive, "
            "Ana Norrstedt, said in a video posted on Monday.")
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == ("said", "Ana Norrstedt")


@pytest.mark.parametrize("title", ["Capt.", "Sgt.", "Insp.", "Cllr.", "Supt."])
def test_a_title_abbreviated_with_a_full_stop_is_one_token_and_stays_in_the_speaker_text(analyse, nlp, title: str) -> None:
    # the stock tokenizer split "Capt" from its full stop and ended a sentence there
    text = f"The ship stayed in port.\n\n{title} Osric Pellow told passengers on Monday: “Nobody leaves the ship until Thursday.”"
    assert [t.text for t in nlp.tokenizer(f"{title} Osric")] == [title, "Osric"]
    [att] = analyse(text).direct
    assert att.speaker_text == f"{title} Osric Pellow"


def test_a_lone_surname_after_a_short_rank_is_a_person(nlp) -> None:
    doc = nlp("Insp Pellow of Harnlow Police said officers would stay at the gates overnight.")
    assert ("Pellow", "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("who", ["Ada Tresk", "pellmum.bsky.social"])
def test_a_verbless_was_with_an_adverb_before_the_colon_names_the_speaker(analyse, who: str):
    # "was less charmed:": the parser hung "charmed" on the quote, subjectless (found on quote
    # sets AG, G and X and, after its blind run, AI)
    text = ("The rubber duck went home on Sunday.\n\n"
            f"{who} was less charmed: “Lovely story, but it proves the ducks are never all collected.”")
    [att] = analyse(text).direct
    assert att.speaker_text == who and att.ref is not None


def test_a_speaker_named_by_a_phrase_after_the_quote_is_its_head_not_its_last_noun(analyse):
    # the parser made a noun inside the quote the subject: the phrase left of the cue speaks
    # by its head ("a spokeswoman", not "the trust"; found on quote set AI after its blind run)
    text = ("The Kesby Rivers Trust cleared the weir on Monday.\n\n"
            "“Everything ends up in that willow: footballs, bicycles, a garden gnome,” a spokeswoman "
            "for the trust said. “We did not expect a duck from the eighties.”")
    att = analyse(text).direct[0]
    assert att.speaker_text == "a spokeswoman for the trust" and att.speaker_kind == "unnamed_source"
