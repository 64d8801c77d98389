"""A quote without a cue of its own takes its speaker from the sentences around it, in the
product (the quotes table), not only in the PolNeAR mapping. Our own sentences, the real model."""

from __future__ import annotations

import pytest


def speakers(analyse, text: str) -> list[tuple[str, str | None]]:
    return [(text[att.start : att.end], att.speaker_text) for att in analyse(text).direct]


def test_a_quote_after_a_reported_clause_is_the_reporters(analyse):
    text = ("The ferry has been cancelled twice this week.\n\n"
            "Councillor Ama Osei said that the tender was rigged. “Nobody outside the cabinet saw the bids before the deadline.”\n")
    [(words, speaker)] = speakers(analyse, text)
    assert words.startswith("Nobody outside") and speaker == "Councillor Ama Osei"


def test_a_quote_after_a_report_whose_cue_ends_the_sentence_is_the_reporters(analyse):
    text = ("The ferry has been cancelled twice this week.\n\n"
            "The tender was rigged from the start, Councillor Ama Osei said on Monday. "
            "“Nobody outside the cabinet saw the bids before the deadline.”\n")
    [(words, speaker)] = speakers(analyse, text)
    assert words.startswith("Nobody outside") and speaker == "Councillor Ama Osei"


def test_guard_a_report_with_another_clause_after_its_cue_gives_no_speaker(analyse):
    text = ("The tender was rigged, Councillor Ama Osei said, and the mayor walked out. "
            "“Nobody outside the cabinet saw the bids before the deadline.”\n")
    [(_, speaker)] = speakers(analyse, text)
    assert speaker is None


def test_a_quote_paragraph_after_a_paragraph_ending_in_a_report_is_the_reporters(analyse):
    text = ("Councillor Ama Osei said that the tender had been rigged from the start.\n\n"
            "“Nobody outside the cabinet saw the bids before the deadline.”\n")
    [(_, speaker)] = speakers(analyse, text)
    assert speaker == "Councillor Ama Osei"


def test_a_report_between_two_quotes_takes_the_second(analyse):
    text = ("“We were told nothing,” said Jo Marsh. Pat Lee added that the rent was late. "
            "“We cannot pay it this month, not with the shop shut.”\n")
    assert [s for _, s in speakers(analyse, text)] == ["Jo Marsh", "Pat Lee"]


def test_a_clause_after_the_quote_with_an_unlisted_verb_names_its_speaker(analyse):
    text = ("“We are out of money and out of time,” said the chair, Ana Ruiz.\n\n"
            "“It was a disgrace from start to finish,” Sam Okafor shot back at the meeting.\n")
    analysis = analyse(text)
    last = analysis.direct[-1]
    assert (last.speaker_text, last.speaker_kind, last.cue) == ("Sam Okafor", "person", "shot")


def test_a_clause_ending_in_a_colon_introduces_a_floating_quote(analyse):
    # the second quote floats (it follows an attributed one in its paragraph); the clause before
    # its colon names its speaker, not the quote before (Jo Marsh, before context speakers)
    text = ("“It is far too early to say what will happen to the pier,” said Jo Marsh, the harbour master. "
            "The mayor resisted:  “Harbour masters do not have the power to close the pier on a whim.”\n")
    last = analyse(text).direct[-1]
    assert (last.speaker_text, last.cue) == ("The mayor", "resisted")


def test_a_surname_the_entity_model_missed_is_the_person_it_names_elsewhere(analyse):
    # the model tags "Lidia Sterling" but reads the sentence-initial "Sterling" as a common noun
    text = ("Senator Lidia Sterling spoke at the rally.\n\n"
            "Sterling hit back, saying at a campaign event that the plan was “a fantasy dreamed up in an office.”\n")
    analysis = analyse(text)
    [att] = analysis.direct
    assert att.speaker_text == "Sterling" and att.speaker_kind == "person"
    assert text[att.ref[0] : att.ref[1]] == "Lidia Sterling"


def test_a_cue_for_speech_that_has_not_happened_gives_way_to_the_speaker_reporting_it(analyse):
    text = ("Councillor Dee Marsh said she was certain the mayor will continue to be “a champion of the harbour "
            "for as long as she holds office.”\n\n"
            "Jo Pike said voters would tell the council “enough is enough” at the election in May.\n")
    assert [(a.speaker_text, a.cue) for a in analyse(text).direct] == [("Councillor Dee Marsh", "said"), ("Jo Pike", "said")]


@pytest.mark.parametrize(
    "text",
    [
        # the pluperfect retells an earlier act inside the mayor's reported clause
        "Mayor Ingrid Solvay said the parish had asked for the siren to be silenced “until somebody finds the off switch”.\n",
        "Mayor Ingrid Solvay said testers had described the new siren as “a goose with a megaphone”.\n",
        # a participle inside it ("were now reading"), and a passive ("had been promised")
        "Mayor Ingrid Solvay said volunteers were now reading the complaints “one at a time, with biscuits”.\n",
        "Mayor Ingrid Solvay said the bypass had been promised for years and that the lane was “the only straight road in the parish that nobody mends”.\n",
    ],
)
def test_a_cue_that_retells_inside_a_reported_clause_gives_way_to_the_reporter(analyse, text):
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("Mayor Ingrid Solvay", "person"), (att.speaker_text, att.cue)
    assert text[att.ref[0] : att.ref[1]] == "Ingrid Solvay"


@pytest.mark.parametrize("text", [
    # "it" underscores, "this" confirms: the thing that says it is no speaker, the mayor is
    "Mayor Ingrid Solvay said it underscores that the parish is “run from a caravan by two men and a dog”.\n",
    "Mayor Ingrid Solvay says this confirms the lane is “the only straight road in the parish that nobody mends”.\n",
])
def test_a_cue_whose_subject_is_a_thing_inside_a_reported_clause_gives_way_to_the_reporter(analyse, text):
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("Mayor Ingrid Solvay", "person"), (att.speaker_text, att.cue)


def test_guard_it_as_the_subject_of_a_cue_with_no_reporter_keeps_its_speaker(analyse):
    text = "The parish report is blunt. It says the lane is “the only straight road that nobody mends”.\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "It"


def test_a_reported_speech_event_keeps_its_own_speaker(analyse):
    text = "Councillor Dee Marsh said the mayor told her the budget was “a black hole with a ribbon on it.”\n"
    [att] = analyse(text).direct
    assert (att.speaker_text, att.cue) == ("the mayor", "told")


def test_a_quote_paragraph_whose_next_paragraph_says_whose_words_they_were_is_theirs(analyse) -> None:
    text = ("The MP said the charges were wrong. “I will raise it in Parliament,” he said.\n\n"
            "“We are being asked to pay to go to work.”\n\n"
            "Those were the words of Clothwen Brisbourne, who represents nurses at the hospital, at a protest on Tuesday.")
    [att] = [a for a in analyse(text).direct if "pay to go to work" in text[a.start : a.end]]
    assert (att.speaker_text, att.cue) == ("Clothwen Brisbourne", "words")
    assert "floating" not in att.notes


def test_a_run_of_quote_paragraphs_before_so_wrote_is_whose_the_paragraph_says(analyse) -> None:
    # a memo quoted first, its writer named after it; not the headline's speaker before
    text = ("Harnmoor boss tells staff the depot will close: “I am sorry”\n\n"
            "“I have had to write the hardest letter of my working life.”\n\n"
            "“The depot will close in March. Every one of you will be offered a job at Quenby. I am sorry.”\n\n"
            "So wrote Clothwen Brisbourne, the chief executive of Harnmoor Buses, in a memo sent to staff on Monday.")
    found = [a for a in analyse(text).direct if a.start > text.index("\n")]
    assert [(a.speaker_text, a.cue) for a in found] == [("Clothwen Brisbourne", "wrote")] * 2
    assert not any("floating" in a.notes for a in found)


def test_a_headline_s_short_quote_beside_a_role_is_kept_and_said_by_whoever_says_it_below(analyse) -> None:
    text = ("Swim club chair on sewage tests: “We are swimming in it”\n\nA wild swimming club has accused the water "
            "company of letting sewage into the river. “We are swimming in it,” said its chair, Tressa Quayle.\n")
    headline, body = analyse(text).direct
    assert text[headline.start : headline.end] == "We are swimming in it" and headline.speaker_text == "Swim club chair"
    assert headline.ref == body.ref and text[body.ref[0] : body.ref[1]] == "Tressa Quayle"
    # guard: beside no role, a short quote in a headline is a scare quote, as anywhere
    text = "Budget vote: “We are swimming in it”\n\nThe council approved the budget on Monday.\n"
    assert analyse(text).direct == []


@pytest.mark.parametrize(
    "headline, words, speaker",
    [
        ("Head defends ‘better value’ uniform deal as parents sign petition", "better value", "Head"),
        ("Hedgehog hospital founder begs public to stop bringing her “perfectly healthy” hogs", "perfectly healthy",
         "Hedgehog hospital founder"),
    ],
)
def test_a_headline_s_quote_is_the_words_of_its_verb_s_subject(analyse, headline: str, words: str, speaker: str) -> None:
    text = headline + "\n\nThe story below says more about it on Monday.\n"
    [att] = analyse(text).direct
    assert (text[att.start : att.end], att.speaker_text) == (words, speaker)


@pytest.mark.parametrize(
    "headline",
    [
        "Conductor halts „Glacier“ Symphony over ringing phone",  # a title's words, all capitalised
        "Popular website shows bias when it comes to ‘fact-checking’ rivals",  # a subject who says nothing
    ],
)
def test_a_headline_s_title_or_scare_quote_is_no_one_s_words(analyse, headline: str) -> None:
    text = headline + "\n\nThe story below says more about it on Monday.\n"
    assert analyse(text).direct == []


def test_a_quote_split_around_a_clause_the_cue_list_lacks_is_one_quote(analyse) -> None:
    text = ("Tobias Wren lost his bag. ‘They told me it was somewhere between Skelbrook and Málaga,’ he fumed. "
            "‘Somewhere. That’s insulin, not a sock.’\n")
    [att] = analyse(text).direct
    assert len(att.parts) == 2 and (att.cue, att.speaker_text) == ("fumed", "he")
    # guard: the next quote in a paragraph of its own is not joined to it
    text = text.replace(" ‘Somewhere.", "\n\n‘Somewhere.")
    assert len(analyse(text).direct) == 2
