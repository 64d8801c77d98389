"""A quote signed by a dash and a name at the end of its line ("“…” ― Jane Doe"), the form of
vox-pop round-ups and reader reactions, is that person's, and a paragraph opened with ” typed
for “ is still a quote. Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes import find_quote_spans

ROUND_UP = (
    "Readers told us what they made of the closure.\n\n"
    "“The ferry was the only way my kids got to school.” \u2015 Maria Teixeira\n"
    "“Nobody asked the island what it needed.”\u2015 Tom Okpara.\n"
    "“I will miss the crossing, honestly.” \u2015\u00a0Aisha Bello, 41, a nurse\n"
)


def signed(analyse, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[a.start:a.end], a.speaker_text, a.cue) for a in analyse(text).direct]


def test_each_line_of_a_round_up_is_its_signer_s(analyse):
    assert signed(analyse, ROUND_UP) == [
        ("The ferry was the only way my kids got to school.", "Maria Teixeira", "\u2015"),
        ("Nobody asked the island what it needed.", "Tom Okpara", "\u2015"),
        ("I will miss the crossing, honestly.", "Aisha Bello", "\u2015"),
    ]


@pytest.mark.parametrize("dash", ["\u2014", " -- ", " - ", "\u2013"])
def test_any_dash_signs(analyse, dash):
    text = f"“The pier has been unsafe for years and everyone here knew it.”{dash}Owen Lusby\n"
    assert signed(analyse, text) == [("The pier has been unsafe for years and everyone here knew it.", "Owen Lusby", dash.strip())]


def test_a_signature_beats_the_floating_rule(analyse):
    # without the signatures the second line would float to the first line's speaker
    text = ("“We queued for three hours.” \u2014 Lena Fischer\n"
            "“Honestly it was worth it for the view.” \u2014 Raj Mehta\n")
    assert [s for _, s, _ in signed(analyse, text)] == ["Lena Fischer", "Raj Mehta"]


def test_a_signature_signs_its_whole_paragraph(analyse):
    # a reader's reply with narration and a second quote before the dash: the first quote is
    # the signer's too, not the previous line's signer's by the floating rule
    text = ("“The ferry was the only way my kids got to school.” \u2015 Maria Teixeira\n"
            "“They never asked us. Not once.” And that is all the island is to them, “a line in the "
            "budget.” \u2015 Tom Okpara\n")
    assert [(words, speaker) for words, speaker, _ in signed(analyse, text)][:2] == [
        ("The ferry was the only way my kids got to school.", "Maria Teixeira"),
        ("They never asked us. Not once.", "Tom Okpara"),
    ]


def test_a_speech_verb_between_keeps_the_first_quote_its_own(analyse):
    text = ("“We queued for three hours,” Lena Fischer said. “Worth it for the view.” \u2014 Raj Mehta\n")
    assert signed(analyse, text)[0][1] == "Lena Fischer"


def test_a_sentence_after_the_dash_is_not_a_signature(analyse):
    text = "“We will rebuild the pier by spring,” \u2014 Mayor Jane Okafor told the council on Monday, to applause.\n"
    [(_, speaker, cue)] = signed(analyse, text)
    assert cue != "\u2014"  # the speech verb is the cue, not the dash
    assert speaker is not None and "Okafor" in speaker


def test_a_quote_inside_a_sentence_is_not_signed_by_a_closing_byline(analyse):
    # a wire brief signed by its writer: the quote is the minister's, not the writer's
    text = 'The minister said the budget was "balanced for the first time in a decade."--Ana Ruiz\n'
    [(_, speaker, _)] = signed(analyse, text)
    assert speaker == "The minister"


def test_a_name_and_a_dash_before_a_quote_sign_it(analyse):
    # reader reactions printed name first: without the signatures, the last line floated to
    # the mayor, the first two had no speaker
    text = ("The council voted to close the ferry. “We had no choice,” said Mayor Rosa Szalai.\n\n"
            "Harbour Users Group \u2014 “Nobody consulted us about the timetable, not once.”\n"
            "Mo Dowell \u2013 “The crossing was the only way my kids got to school.”\n"
            "Tom Okpara \u2014 “I will miss it more than I can say.”\n")
    assert signed(analyse, text)[1:] == [
        ("Nobody consulted us about the timetable, not once.", "Harbour Users Group", "\u2014"),
        ("The crossing was the only way my kids got to school.", "Mo Dowell", "\u2013"),
        ("I will miss it more than I can say.", "Tom Okpara", "\u2014"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a prose dash before a quote: no name, and the sentence runs on after the quote
        "The verdict \u2014 “a disgrace” \u2014 was read out at noon by the clerk.\n",
        "The verdict \u2014 “a disgrace from start to finish, and the whole town knows it.”\n",
        # a headline's label with an unspaced dash, and a quote that does not end its line
        "CLOSING TIME\u2014“The club will shut at the end of December after eighteen years.”\n",
        "Mo Dowell \u2014 “The rent doubled overnight.” Her neighbours agreed with her.\n",
    ],
)
def test_a_dash_before_a_quote_without_a_signing_name_signs_nothing(analyse, text):
    assert all(cue not in {"\u2014", "\u2013"} for _, _, cue in signed(analyse, text))


def test_a_closing_mark_typed_for_the_opening_one_opens_a_paragraph():
    text = "Intro.\n\n\u201dWe lost the whole harvest in one night.\u201d \u2015 Pat Doyle\n"
    [q] = find_quote_spans(text)
    assert text[q.start:q.end] == "We lost the whole harvest in one night."
    assert q.paragraph_start


def test_a_closing_mark_without_a_partner_opens_nothing():
    assert find_quote_spans("\u201dWe lost the whole harvest in one night.\n") == []


def test_the_horizontal_bar_is_its_own_token(nlp):
    doc = nlp("It ended.\u201d\u2015Pat Doyle")
    assert [t.text for t in doc][-4:] == ["\u201d", "\u2015", "Pat", "Doyle"]


def public_signers(analyse, text: str) -> dict[str, bool]:
    return {a.speaker_text: a.public for a in analyse(text).direct}


def test_the_signers_of_a_round_up_are_members_of_the_public(analyse):
    # three signed voices: a vox pop, so each quote is a public reaction
    assert public_signers(analyse, ROUND_UP) == {"Maria Teixeira": True, "Tom Okpara": True, "Aisha Bello": True}


def test_two_signed_quotes_are_not_a_round_up(analyse):
    text = ("“We queued for three hours.” \u2014 Lena Fischer\n"
            "“Honestly it was worth it for the view.” \u2014 Raj Mehta\n")
    assert public_signers(analyse, text) == {"Lena Fischer": False, "Raj Mehta": False}


def test_an_office_or_a_name_the_story_is_about_is_not_the_public(analyse):
    text = ("The harbour board voted on Monday to close the ferry. Board chair Ruth Olumide defended the vote.\n\n"
            "“The ferry was the only way my kids got to school.” \u2015 Maria Teixeira\n"
            "“We could not keep paying for an empty boat.” \u2015 Ruth Olumide\n"
            "“This vote was a betrayal of the island.” \u2015 Sen. Paul Tremlett\n"
            "“Nobody asked the island what it needed.” \u2015 Tom Okpara\n")
    assert public_signers(analyse, text) == {
        "Maria Teixeira": True, "Ruth Olumide": False, "Sen. Paul Tremlett": False, "Tom Okpara": True,
    }


def test_a_name_inside_a_longer_word_is_not_a_mention(analyse):
    # "Lee" is not named in the article: "Leeds" is another word
    text = ("Readers in Leeds told us what they made of the closure.\n\n"
            "“The ferry was the only way my kids got to school.” \u2015 Maria Teixeira\n"
            "“Nobody asked the island what it needed.” \u2015 Tom Lee\n"
            "“I will miss the crossing, honestly.” \u2015 Aisha Bello\n")
    assert public_signers(analyse, text) == {"Maria Teixeira": True, "Tom Lee": True, "Aisha Bello": True}


def test_an_opening_mark_after_a_comma_is_split_from_the_cue(nlp):
    doc = nlp("Mara said,\u201cWell, it is over.\u201d")
    assert [t.text for t in doc][:5] == ["Mara", "said", ",", "\u201c", "Well"]


def test_a_quote_typed_straight_after_the_cue_s_comma_has_its_speaker(analyse):
    text = "Councillor Mara Pike spoke after the vote.\n\nPike said,\u201cWell, nobody on this council wanted the ferry to close.\u201d\n"
    [quote] = analyse(text).direct
    assert (quote.cue, quote.speaker_text) == ("said", "Pike")


def test_an_unnamed_signer_is_the_public_and_a_tickers_time_may_open_the_line(analyse):
    # a results ticker: each line opens with its time; the second signer is named by a noun
    # phrase alone, anonymous, without the hearer after the comma
    text = ("Council tie settled by lots\n\n"
            "22:10 The count is under way.\n\n"
            "23:52 'Congratulations to the winner. Now please fix the roads.' \u2014 Clothwen Brisbourne, Green candidate, on X\n\n"
            "23:58 'Like a raffle with potholes as the prize.' \u2014 a man in the public seats, to our reporter\n")
    quotes = analyse(text).direct
    assert [(q.speaker_text, q.speaker_kind, q.cue) for q in quotes] == [
        ("Clothwen Brisbourne", "person", "\u2014"), ("a man in the public seats", "anonymous_public", "\u2014")]


def test_guard_a_clause_after_the_dash_is_no_unnamed_signer(analyse):
    text = "“We will rebuild the pier by spring.” \u2014 a promise the council made in 2019 and broke.\n"
    assert all(q.cue != "\u2014" for q in analyse(text).direct)


def test_an_embedded_posts_signature_with_a_handle_is_a_member_of_the_public(analyse):
    text = ("Harnmoor's parcel service lost 40,000 deliveries on Sunday, and customers were quick to react.\n\n"
            "“Harnmoor lost my parcel twice this week. Third time lucky, apparently.” "
            "\u2014 Leocadie Quarmby (@leo_parcels) March 2, 2026\n")
    [att] = analyse(text).direct
    # the display name, or its handle where the model does not take the name for a person's
    assert att.speaker_text in {"Leocadie Quarmby", "@leo_parcels"} and (att.speaker_kind, att.public) == ("person", True)


def test_guard_an_embedded_post_by_someone_the_story_names_is_not_the_publics(analyse):
    text = ("Mayor Leocadie Quarmby defended the closure on Monday.\n\n"
            "“We had no choice, and we will reopen by spring.” \u2014 Leocadie Quarmby (@MayorQuarmby) March 2, 2026\n")
    [att] = analyse(text).direct
    assert not att.public


def test_a_phone_in_caller_is_the_public(analyse):
    text = ("On the morning phone-in, the lines stayed busy. A caller from Harnmoor said: "
            "“My daughter has not stopped talking about it. She wants to be a lifeguard now.”\n")
    [att] = analyse(text).direct
    assert att.speaker_kind == "anonymous_public"
