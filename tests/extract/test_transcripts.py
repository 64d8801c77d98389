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
