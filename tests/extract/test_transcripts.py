"""Interview transcripts ("NAME: words" lines) as direct quotes, with the real spaCy model.
Our own transcripts."""

from __future__ import annotations

INTERVIEW = (
    "Harbour master Lena Ortiz spoke to the Morning Show on Monday about the closure.\n\n"
    "HOST: When will the bridge reopen?\n"
    "ORTIZ: Not before March. The bearings are worse than we thought, and I said “no promises” to the council.\n"
    "HOST: And the traders?\n"
    "ORTIZ: We are talking to them every week.\n"
)


def lines(analyse, text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for att in analyse(text).direct:
        who = text[att.ref[0] : att.ref[1]] if att.ref else att.ref_name
        out.append((text[att.start : att.end], att.speaker_text, who))
    return out


def test_a_guests_lines_are_quotes_of_the_person_the_story_names(analyse):
    assert lines(analyse, INTERVIEW) == [
        ("Not before March. The bearings are worse than we thought, and I said “no promises” to the council.", "ORTIZ", "Lena Ortiz"),
        ("We are talking to them every week.", "ORTIZ", "Lena Ortiz"),
    ]  # the host's questions are not quoted; the quote inside a line is part of it


def test_a_dialogue_of_untagged_names_is_a_transcript(analyse):
    text = ("The two candidates met on local radio.\n\n"
            "JO PIKE: The ferry has to run all year.\n"
            "SAM OKAFOR: It cannot pay its way in winter.\n"
            "PIKE: Then the county should pay.\n")
    # a label the model tags PERSON is its own mention; entity keys ignore case, so it is one
    # person with a "Sam Okafor" written elsewhere
    assert [(s, who.lower()) for _, s, who in lines(analyse, text)] == [
        ("JO PIKE", "jo pike"), ("SAM OKAFOR", "sam okafor"), ("PIKE", "jo pike")]


def test_capitalised_labels_of_news_copy_are_not_speech(analyse):
    text = ("EXCLUSIVE: the council will sell the pier, documents show.\n\n"
            "UPDATE: the council has confirmed the sale.\n\n"
            "FERRY FARES: Weekend Prices Rise Again For Island Commuters\n\n"
            "FERRY FARES: Island Group Calls For A Freeze\n")
    assert lines(analyse, text) == []


def test_one_labelled_line_is_not_a_transcript(analyse):
    text = "Lena Ortiz spoke on Monday.\n\nORTIZ: Not before March, and that is final.\n"
    assert lines(analyse, text) == []


PODCAST = (
    "Broadband chief says sorry on podcast\n\n"
    "The chief executive of Quorndon Fibre, Arabella Pellingham, went on the weekly show Wire Room, "
    "presented by host Leopold Ockleford, to explain the outage.\n\n"
    "[03:12] PELLINGHAM: “We shipped a bad update on Tuesday and I own that.”\n\n"
    "[03:40] HOST: “How many customers lost service?”\n\n"
    "[03:44] PELLINGHAM: “About nine hundred, and we have called every one of them.”\n\n"
    "[04:02] BRISBOURNE: “I wrote that update, so the mistake is mine as well.”\n\n"
    "Her engineering lead, Fenwright Brisbourne, joined the call late.\n"
)


def test_quoted_transcript_lines_after_a_time_stamp_are_their_labels_speakers(analyse):
    # the show's time stamp is not part of the label; a role label is the person the story
    # names in that role ("host Leopold Ockleford"); a short question keeps its quote
    assert lines(analyse, PODCAST) == [
        ("We shipped a bad update on Tuesday and I own that.", "PELLINGHAM", "Arabella Pellingham"),
        ("How many customers lost service?", "HOST", "Leopold Ockleford"),
        ("About nine hundred, and we have called every one of them.", "PELLINGHAM", "Arabella Pellingham"),
        ("I wrote that update, so the mistake is mine as well.", "BRISBOURNE", "Fenwright Brisbourne"),
    ]


HEARING = (
    "MPs question broadband chief\n\n"
    "The committee's chair, Dame Gadsden Anstruther, opened the session. Dominic Farrow, a "
    "Liberal Democrat, asked the second question.\n\n"
    'Q (Chair): "Why did the outage last four days?"\n\n'
    'A (Arabella Pellingham): "Because our backup failed too."\n\n'
    'Q (Dominic Farrow MP): "Who signed off the backup plan?"\n\n'
    'A (Arabella Pellingham): "I did, and I regret it."\n'
)


def test_a_hearing_record_names_each_speaker_in_brackets(analyse):
    # "Q"/"A" say which is question and which answer; the brackets name the speaker: a role the
    # story gives a named person ("The committee's chair, Dame …"), a name with a post-nominal
    assert lines(analyse, HEARING) == [
        ("Why did the outage last four days?", "Chair", "Gadsden Anstruther"),
        ("Because our backup failed too.", "Arabella Pellingham", "Arabella Pellingham"),
        ("Who signed off the backup plan?", "Dominic Farrow MP", "Dominic Farrow"),
        ("I did, and I regret it.", "Arabella Pellingham", "Arabella Pellingham"),
    ]


def test_time_stamped_labels_of_news_copy_and_a_lone_bracketed_line_are_not_a_transcript(analyse):
    text = ("Live: the broadband outage\n\n"
            "[09:12] UPDATE: “Service is back in the north,” the company said.\n\n"
            "[09:40] BREAKING: “We are sorry,” Arabella Pellingham wrote.\n\n"
            'Q (Chair): "Why did it take so long?"\n')
    assert [(s, who) for _, s, who in lines(analyse, text)] == [
        ("the company", None), ("Arabella Pellingham", "Arabella Pellingham"), (None, None)]


def test_a_live_blog_line_opening_with_a_time_and_a_name_is_that_persons(analyse):
    text = ("Live: the Brackenbury count\n\n"
            "22:40 The returning officer says the recount has begun.\n\n"
            "01:06 Anstruther, in her speech: 'To everyone who stayed up, thank you. I will not let you down.'\n")
    assert [(s, who) for _, s, who in lines(analyse, text)] == [("Anstruther", "Anstruther")]


def test_initials_labelling_an_interviews_lines_are_the_people_the_story_names(analyse):
    text = ("We met the bakery's owner, Leontyne Orrell, at her shop on Wednesday. Our food writer, "
            "Gadsden Anstruther, put the questions.\n\n"
            "GA: “Why did the ovens stop on Friday?”\n\n"
            "LO: “A fuse blew in the old wiring, and the spare was in the van.”\n\n"
            "GA: “Will the shop open on Sunday?”\n\n"
            "LO: “Yes, from eight, with double the croissants.”\n")
    assert [(s, who) for _, s, who in lines(analyse, text)] == [
        ("GA", "Gadsden Anstruther"), ("LO", "Leontyne Orrell"), ("GA", "Gadsden Anstruther"), ("LO", "Leontyne Orrell")]
