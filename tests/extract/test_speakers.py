"""Cues and speakers with the real spaCy model: every way of naming a speaker (RELIABILITY 24),
split quotes, floating quotes, anonymous public reactions, indirect quotes."""

from __future__ import annotations

import pytest

from pipeline.extract.polnear_content import newsreact_predictions
from pipeline.extract.quotes import join_parts

STORY = (
    "Sarah Okafor, who runs a bakery in Leeds, said the outage was a relief.\n"
    "‘I didn’t miss it at all,’ she told the Leeds Post. ‘Not for one second.’\n"
    "‘The queue was out of the door by noon.’\n"
    "‘It was the quietest lunch hour we’ve had,’ wrote one Reddit user. ‘Bring it back,’ another quipped.\n"
    "‘Somebody deserves a medal for this’ tweeted one.\n"
    "A spokesperson for Twitter said: “We are looking into what happened.”\n"
    "The company said it had fixed the fault.\n"
    "“It was a routine change that went wrong,” said two people briefed on the matter.\n"
    "“We regret the disruption to our customers,” Twitter said in a statement.\n"
)


@pytest.fixture(scope="module")
def story(analyse):
    return analyse(STORY)


def find(analysis, words: str):
    for att in analysis.direct:
        if words in join_parts(STORY, att.parts):
            return att
    raise AssertionError(f"no quote containing {words!r}: {[join_parts(STORY, a.parts) for a in analysis.direct]}")


def test_pronoun_speaker_resolves_to_the_person(story) -> None:
    att = find(story, "miss it at all")
    assert att.speaker_text == "she" and att.speaker_kind == "person"
    assert STORY[att.ref[0] : att.ref[1]] == "Sarah Okafor"
    assert STORY[att.speaker_start : att.speaker_end] == "she"
    assert att.cue == "told"


def test_quote_split_around_its_cue_is_one_quote(story) -> None:
    att = find(story, "miss it at all")
    assert len(att.parts) == 2
    assert join_parts(STORY, att.parts) == "I didn’t miss it at all … Not for one second."
    assert "split" in att.notes


def test_floating_quote_belongs_to_the_previous_speaker(story) -> None:
    att = find(story, "The queue was out of the door")
    assert "floating" in att.notes
    assert STORY[att.ref[0] : att.ref[1]] == "Sarah Okafor"


@pytest.mark.parametrize(
    "words, speaker_text, cue",
    [
        ("quietest lunch hour", "one Reddit user", "wrote"),
        ("Bring it back", "another", "quipped"),
        ("deserves a medal", "one", "tweeted"),
    ],
)
def test_anonymous_public_speakers(story, words: str, speaker_text: str, cue: str) -> None:
    att = find(story, words)
    assert (att.speaker_text, att.speaker_kind, att.cue) == (speaker_text, "anonymous_public", cue)
    assert att.ref is None


def test_cue_before_the_quote_and_unnamed_source(story) -> None:
    att = find(story, "looking into what happened")
    assert att.speaker_kind == "unnamed_source"
    assert att.speaker_text.startswith("A spokesperson")


def test_inverted_cue_with_a_described_group(story) -> None:
    att = find(story, "routine change")
    assert att.speaker_kind == "unnamed_source"
    assert att.speaker_text == "two people briefed on the matter"


def test_organisation_speaker(story) -> None:
    att = find(story, "regret the disruption")
    assert att.speaker_kind == "organization" and att.speaker_text == "Twitter"


def test_indirect_quotes_and_the_company(story) -> None:
    indirect = {STORY[a.start : a.end]: a for a in story.indirect}
    fixed = indirect["it had fixed the fault"]
    assert fixed.kind == "indirect" and fixed.speaker_text == "The company"
    assert fixed.speaker_kind == "organization"
    assert STORY[fixed.ref[0] : fixed.ref[1]] == "Twitter"
    relief = indirect["the outage was a relief"]
    assert relief.speaker_text == "Sarah Okafor" and relief.speaker_kind == "person"


def test_title_and_surname_speaker(analyse) -> None:
    text = "Helen Marsh chairs the council. “The bridge stays shut,” Ms Marsh said on Monday."
    att = analyse(text).direct[0]
    assert att.speaker_kind == "person"
    assert "Marsh" in text[att.speaker_start : att.speaker_end]


def test_according_to(analyse) -> None:
    text = "“Tickets sold out in an hour,” according to the organisers of the festival."
    att = analyse(text).direct[0]
    assert att.cue == "according to"
    assert "organisers" in att.speaker_text


def test_scare_quotes_without_a_cue_are_not_attributions(analyse) -> None:
    text = "The so-called “fix” arrived late, and the “upgrade” broke the ovens."
    assert analyse(text).direct == []


def test_two_quotes_of_one_speaker_with_text_between_stay_two(analyse) -> None:
    text = "“We were surprised,” Daniel Weber said. Weber added that the firm would appeal. «It is over», Anna Weber said."
    found = analyse(text).direct
    assert [join_parts(text, a.parts) for a in found] == ["We were surprised", "It is over"]


def test_described_individual_is_not_the_public(analyse) -> None:
    text = "A local man who has run the ferry for decades says the closure was foreseeable.\n"
    analysis = analyse(text)
    kinds = [(a.speaker_text, a.speaker_kind, a.public) for a in analysis.indirect]
    # the restrictive relative clause is part of the description (as the held-out golds write it)
    assert kinds == [("A local man who has run the ferry for decades", "unnamed_source", False)], kinds


@pytest.mark.parametrize("who", [
    "one person familiar with the negotiations",
    "one person with knowledge of the talks",
    "one strategist close to the campaign",
    "another operative",
])
def test_someone_in_the_know_is_an_unnamed_source_not_the_public(analyse, who: str) -> None:
    text = f"The talks stalled on Friday.\n\n“Nobody expects a deal before the summer,” {who} said.\n"
    [att] = analyse(text).direct
    assert (att.speaker_kind, att.public) == ("unnamed_source", False), att.speaker_text


def test_a_question_or_an_email_quoted_is_no_member_of_the_public(analyse) -> None:
    text = "The survey was short.\n\n“Would you use the ferry in winter?” one question asked.\n"
    [att] = analyse(text).direct
    assert att.speaker_kind != "anonymous_public" and not att.public


def test_a_passer_by_is_the_public(analyse) -> None:
    text = "“Honestly, about time,” said a man waiting at the bus stop.\n"
    analysis = analyse(text)
    assert [a.speaker_kind for a in analysis.direct] == ["anonymous_public"]


def test_blaming_a_quoted_phrase_attributes_it(analyse) -> None:
    text = "The airline apologised on Tuesday. At first it blamed ‘a fault in a supplier’s software’."
    found = analyse(text).direct
    assert [(join_parts(text, a.parts), a.cue, a.speaker_text) for a in found] == [
        ("a fault in a supplier’s software", "blamed", "it")
    ]


@pytest.mark.parametrize("name", ["Mr Wieczorek", "Dr. Wieczorek", "Ms Wieczorek"])
def test_speaker_text_keeps_the_honorific_the_article_uses(analyse, name: str) -> None:
    text = f"Piotr Wieczorek runs the ferry.\n“The boat was never late,” {name} told the inquiry.\n"
    [att] = analyse(text).direct
    assert att.speaker_text == name and att.speaker_kind == "person"
    assert text[att.ref[0] : att.ref[1]].endswith("Wieczorek")  # the NER sometimes takes "Ms" into the name


def test_typewriter_quote_opening_a_later_sentence_floats_to_the_previous_speaker(nlp) -> None:
    from pipeline.extract.quotes import find_quote_spans
    from pipeline.extract.speakers import attribute_quotes

    text = ("''The river is rising,'' Ana Ruiz, the county engineer, told a small crowd of worried residents as she "
            "stopped to have her photograph taken beside the flood gauge at the old stone bridge on Sunday afternoon. "
            "''We will close the bridge tonight if it keeps raining.''")
    doc = nlp(text)
    atts = attribute_quotes(doc, find_quote_spans(text))
    last = atts[-1]
    assert "close the bridge" in join_parts(text, last.parts), [join_parts(text, a.parts) for a in atts]
    assert "floating" in last.notes or "split" in last.notes
    assert last.speaker_text == "Ana Ruiz"


def test_a_title_in_typewriter_marks_after_a_possessive_is_not_a_quote(nlp) -> None:
    from pipeline.extract.quotes import find_quote_spans
    from pipeline.extract.speakers import attribute_quotes

    text = "The minister told the BBC's ''Morning Report'' on Sunday that the ferry plan was finished for good."
    doc = nlp(text)
    assert attribute_quotes(doc, find_quote_spans(text)) == []


@pytest.mark.parametrize("verb", ["questioned", "confessed", "groused", "gloated", "interjected", "emailed", "confided"])
def test_less_common_speech_verbs_are_cues(analyse, verb: str) -> None:
    text = f"Councillor Dee Marsh spoke last.\n\n“Who decided the ferry could stop at six?” Marsh {verb}.\n"
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == (verb, "Marsh")


def test_put_it_is_a_speech_cue(analyse) -> None:
    text = (
        "Ferry services stopped in October. As the harbour master, a patient man, put it, “Nobody sails in this fog.”\n\n"
        "Lena Ortiz put it bluntly: “The pier is finished.”\n"
    )
    found = analyse(text).direct
    assert [(join_parts(text, a.parts), a.cue, a.speaker_text) for a in found] == [
        ("Nobody sails in this fog.", "put", "the harbour master"),
        ("The pier is finished.", "put", "Lena Ortiz"),
    ]


@pytest.mark.parametrize("opening", [
    "As the harbour master put it,",  # the cue away from the quote: its comma sets it off
    "As the harbour master put it in a statement to the Gazette in July,",  # where it was said too
])
def test_as_put_it_opening_a_sentence_attributes_its_quote_however_far(nlp, analyse, opening: str) -> None:
    text = f"{opening} the ferry is “a service nobody in the valley can do without.”\n"
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == ("put", "the harbour master")
    [pred] = [p for p in newsreact_predictions(nlp(text)) if not p.joined]
    assert text[pred.content[0][0] : pred.content[-1][1]].strip(" .”") == "the ferry is “a service nobody in the valley can do without"


def test_guard_as_put_it_in_somewhere_that_is_no_medium_is_no_cue(analyse) -> None:
    text = "As the harbour master put it in the drawer, the ferry was “a service nobody in the valley can do without.”\n"
    assert [a.cue for a in analyse(text).direct] in ([], [None])


def test_a_retort_speaks_through_its_particle(analyse) -> None:
    text = "“The figures are fine,” said Tom Reyes. “That is simply untrue,” Rosa Calder shot back.\n"
    found = analyse(text).direct
    assert [(join_parts(text, a.parts), a.speaker_text) for a in found] == [
        ("The figures are fine", "Tom Reyes"),
        ("That is simply untrue", "Rosa Calder"),
    ]


def test_a_later_verb_loosely_attached_shares_the_subject(analyse) -> None:
    text = "Omar Pike smiled at the crowd, then turned round and bellowed: “Go home.”\n"
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == ("bellowed", "Omar Pike")


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Rosa Calder has since apologised for the long delays: “We got the timing wrong.”\n", "apologised", "Rosa Calder"),
        ("The ferry company released the following statement: “We regret the delays and will refund every ticket.”\n",
         "released", "The ferry company"),
    ],
)
def test_colon_the_parser_hung_on_the_quote_or_a_noun(analyse, text: str, cue: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == (cue, speaker)


def test_put_it_and_particle_cues_only_with_nothing_after(nlp) -> None:
    from pipeline.extract.cues import answers_back, puts_it

    doc = nlp(
        "Jo Marsh put it in the drawer. Tom Reyes went on to win. The plan was, to put it mildly, late. "
        "As the day went on, the crowd grew. As Jo put it, “No.” “Fine,” Tom shot back."
    )
    flags = [(t.text, puts_it(t) or answers_back(t)) for t in doc if t.text in {"put", "went", "shot"}]
    assert flags == [("put", False), ("went", False), ("put", False), ("went", False), ("put", True), ("shot", True)]


@pytest.mark.parametrize(
    "text",
    [
        ("‘Our members’ “loyalty bonus”, as the chief executive likes to call it, was cut in half this spring,’ "
         "said Mo Dowell.\n"),
        ("“Our members’ ‘loyalty bonus’, as the chief executive likes to call it, was cut in half this spring,” "
         "said Mo Dowell.\n"),
    ],
)
def test_a_nested_quote_is_part_of_the_outer_quote_and_its_speaker(analyse, text: str) -> None:
    [att] = analyse(text).direct
    assert join_parts(text, att.parts).startswith("Our members’ ") and join_parts(text, att.parts).endswith("this spring")
    assert (att.cue, att.speaker_text) == ("said", "Mo Dowell")


@pytest.mark.parametrize(
    "text, words, cue, speaker",
    [
        ("Mayor calls closure 'a betrayal' of commuters\n", "a betrayal", "calls", "Mayor"),
        ("'We were never told', say residents\n", "We were never told", "say", "residents"),
    ],
)
def test_a_headline_quote_in_straight_singles_has_its_speaker(analyse, text, words, cue, speaker) -> None:
    [att] = analyse(text).direct
    assert (join_parts(text, att.parts), att.cue, att.speaker_text) == (words, cue, speaker)


@pytest.mark.parametrize(
    "text, words, speaker, kind",
    [
        # a one-word name opening the headline, whatever the tagger made of it, when the story
        # names that person in full
        ("Okonjo: 'Never, ever sell the harbour.'\n\nTobias Okonjo has some advice for the council.\n",
         "Never, ever sell the harbour.", "Okonjo", "person"),
        ("Okonjo on the ferry timetable: ‘I Think It Will Change.’\n\nTobias Okonjo has some advice for the council.\n",
         "I Think It Will Change.", "Okonjo", "person"),
        # the headline's subject, with what they did before the colon of their quote
        ("Sarah Bennett Scolds Harbour Board Chief: ‘You Should Resign.’\n\nThe councillor spoke on Monday.\n",
         "You Should Resign.", "Sarah Bennett", "person"),
        ("Sarah Bennett heckles ferry protesters: 'You are being ridiculous.'\n\nThe councillor spoke on Monday.\n",
         "You are being ridiculous.", "Sarah Bennett", "person"),
        # the headline's subject, not the name it acts on before the colon ("Backs" is no title)
        ("Mara Quill Backs David Morgan: I Am ‘Appalled’ By The Ferry Cuts.\n\nThe executive spoke on Monday.\n",
         "Appalled", "Mara Quill", "person"),
        # a headline line that ends in a semicolon, as some outlets print their decks
        (("Morgan: the pier plan is 'dangerously wrong';\nHe attacks the board's timetable.\n\n"
          "David Morgan spoke on Monday.\n"), "dangerously wrong", "Morgan", "person"),
    ],
)
def test_a_headline_subject_speaks_through_the_colon(analyse, text, words, speaker, kind) -> None:
    [att] = analyse(text).direct
    assert (join_parts(text, att.parts), att.cue, att.speaker_text, att.speaker_kind) == (words, ":", speaker, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a label, not a name: nobody in the story is called "Update"
        "Update: ‘We are safe,’ the mayor's office says\n\nResidents of Dunmore spoke to Niklas Okonjo.\n",
        # a body sentence (not the first line, not Title Case) is no headline
        "The ferry vote is on Monday.\nSarah Bennett wrote a letter to the editor: 'the pier plan is wrong'\n",
    ],
)
def test_a_label_or_a_body_sentence_before_the_colon_does_not_speak(analyse, text: str) -> None:
    assert [a.speaker_text for a in analyse(text).direct if a.cue == ":"] == []


def test_after_a_dash_the_name_before_the_colon_speaks_not_the_line_opening_organisation(analyse) -> None:
    text = "Harbour Board Vote Delayed - Mayor Niklas Okonjo: ‘We Need More Time’\n\nThe board met on Monday.\n"
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == (":", "Niklas Okonjo")


def test_an_inverted_cue_before_a_name_and_colon_keeps_the_name(analyse) -> None:
    text = "The plan has few friends. Said Okonjo: “I don’t get the sense the board is the least bit interested.”\n"
    [att] = analyse(text).direct
    assert att.speaker_text.endswith("Okonjo")


def test_put_it_opening_the_text_is_a_cue_whatever_the_last_word(nlp) -> None:
    # "put" is the document's first token: the word before it is no word, not the text's last
    # one (a text ending in "to" used to read as "to put it")
    from pipeline.extract.cues import puts_it

    doc = nlp("Put it bluntly: “The ferry will never sail again.” That is a verdict the town must face up to")
    assert doc[0].text == "Put" and doc[-1].text == "to"
    assert puts_it(doc[0])


def test_colon_ending_the_paragraph_before_the_quote(analyse) -> None:
    text = (
        "“The ferry will run again,” said Tom Reyes, the operator.\n\n"
        "Rosa Calder wrote in her letter to residents:\n\n"
        "“We will rebuild the pier by spring and open it to everyone.”\n"
    )
    found = analyse(text).direct
    assert [(a.cue, a.speaker_text) for a in found] == [("said", "Tom Reyes"), ("wrote", "Rosa Calder")]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        (("Rosa Calder argued that a new pier would keep the boats from drifting onto the rocks, saying it was "
         "“all about safety.”\n"), "saying", "Rosa Calder"),
        ("Tom Reyes said the repairs “should be finished by the spring,” referring to the harbour wall.\n",
         "referring", "Tom Reyes"),
        (("Rosa Calder said the plan was drawn up by the harbour board and said, “Who are you going to trust with "
         "the boats?”\n"), "said", "Rosa Calder"),
        (("Tom Reyes said it was too early to count the catch but added, “I think you all know how good the season "
         "was.”\n"), "added", "Tom Reyes"),
    ],
)
def test_a_later_cue_on_the_reported_clause_is_the_reporters(analyse, text: str, cue: str, speaker: str) -> None:
    att = analyse(text).direct[-1]
    assert (att.cue, att.speaker_text) == (cue, speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Harbour surveys agree - Lena Voss: “The boats come in later every year, and the fishermen know it.”\n",
         "Lena Voss"),
        (("TIDES ARE NOT THE WHOLE STORY - Mark Holloway and Ruth Abara: “Although the surveys missed the "
         "storm, it was not because they were wrong.”\n"), "Mark Holloway and Ruth Abara"),
    ],
)
def test_a_name_after_a_dash_before_the_colon(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == (":", speaker)


def test_a_line_opening_name_the_model_missed_speaks_when_it_names_someone_elsewhere(analyse) -> None:
    text = ("Mayor Ilka Fodor: ‘We will reopen the pier by spring’\n\n"
            "The harbour has been shut since March. Ilka Fodor, the mayor, said the repairs were on time.\n")
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == (":", "Mayor Ilka Fodor")


def test_a_line_opening_label_is_no_speaker(analyse) -> None:
    text = ("Live Updates: “We will reopen the pier by spring.”\n\n"
            "The harbour has been shut since March. Ilka Fodor, the mayor, said the repairs were on time.\n")
    att = analyse(text).direct[0]
    assert att.speaker_text is None


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Rosa Calder thanked the crew for “staying out in the storm until every boat was home.”\n",
         "thanked", "Rosa Calder"),
        ("Tom Reyes offered “my deepest sympathy to the families of the two fishermen.”\n", "offered", "Tom Reyes"),
    ],
)
def test_the_one_who_thanks_or_offers_speaks_the_words(analyse, text: str, cue: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == (cue, speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (("But Sen. Rosa Calder (D-Leeds), noting the size of the crowd at the pier, said, \"Let me tell you, she "
         "has a lot of friends in this town, and they will vote.\"\n"), "Sen. Rosa Calder"),
        (("“Very good captain, very good captain this one,” Reyes, the harbour master since last spring and the "
         "longest serving one on the coast after the storms, said when asked.\n"), "Reyes"),
    ],
)
def test_the_name_before_an_aside_speaks_not_a_noun_in_it(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == ("said", speaker)


def test_a_handle_before_an_aside_after_where_it_posted_speaks_not_the_platform(analyse) -> None:
    # (found on quote set AD: "On X, @pintsandpoints, who had mocked the league a week earlier,
    # posted:" went to X, the platform, read as a name after a title "On")
    text = ('On X, @quizlord_ray, who had laughed at the league a week earlier, posted: "Fair play to the '
            'Anchor. Apology issued, bladder respected."\n')
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("@quizlord_ray", "person")


@pytest.mark.parametrize(
    "text",
    [
        ('HARBOUR WATCH—"Old pier to close for repairs in the spring," by Coast Gazette\'s Mira Lund: '
         '"The old pier, a favourite with anglers for half a century, will shut in March while engineers replace its piles."'),
        "—“Night ferry timetable cut to two sailings a week,” by the Island Herald's Anton Berg: http://example.org/ferry",
        "According to “The Salt Road: A History of the Coast,” by Jo Norrstedt, the first lighthouse was built in 1790.",
    ],
)
def test_a_bylined_headline_and_its_excerpt_are_not_speech(analyse, text: str) -> None:
    assert analyse(text).direct == []


def test_a_quote_before_a_passive_agent_is_still_a_quote(analyse) -> None:
    text = "Mira Lund said the anglers were “shocked,” by all accounts, when the pier closed."
    assert [join_parts(text, a.parts) for a in analyse(text).direct] == ["shocked"]


def test_a_quote_before_a_deadline_is_still_a_quote(analyse) -> None:
    text = "“We will finish the pier,” by Friday, the mayor promised, “or I resign.”"
    [att] = analyse(text).direct
    assert (join_parts(text, att.parts), att.speaker_text) == ("We will finish the pier … or I resign.", "the mayor")


@pytest.mark.parametrize("who", ["a French visitor", "one tourist", "a neighbour"])
def test_a_visitor_or_neighbour_quoted_is_the_public(analyse, who: str) -> None:
    text = f"« C’est une honte », {who} told the Gazette.\n"
    [att] = analyse(text).direct
    assert (join_parts(text, att.parts), att.speaker_text, att.speaker_kind) == ("C’est une honte", who, "anonymous_public")


@pytest.mark.parametrize(
    "later, who",
    [
        ("The meeting ran late. Mayor Jane Okafor said the pier would open in June.", "Jane Okafor"),
        ("The meeting ran late and nobody was named.", None),
    ],
)
def test_a_headlines_lone_title_speaks_and_the_story_names_them(analyse, later: str, who: str | None) -> None:
    text = f"Mayor: ‘We will not back down’\n\n{later}\n"
    att = analyse(text).direct[0]
    named = text[att.ref[0]:att.ref[1]] if att.ref else att.ref_name
    assert (join_parts(text, att.parts), att.speaker_text, att.speaker_kind, named) == (
        "We will not back down", "Mayor", "person", who)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a wire-copy dateline the parser made the subject, before a name and a participle aside
        (("LONDON -- President Olumide, dedicating the new national library on Saturday, said it would tell "
          "a national story, one of ''loss and joy, of fear, but also of hope.''\n"), "President Olumide"),
        # a dash closing an aside, read as a second subject of the cue
        (("When the board noted that Morgan had not paid harbour fees ― as was true for the years his accounts "
          "were made public ― Morgan boasted, “That makes us thrifty.”\n"), "Morgan"),
    ],
)
def test_a_dateline_or_a_dash_is_no_speaker(analyse, text: str, speaker: str) -> None:
    att = analyse(text).direct[0]
    assert att.speaker_text == speaker


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a live blog's time before the subject is no speaker
        (("6:15 p.m. Outside, Tiago Lind, the harbour committee chair, told us he expected “a tense evening and few "
         "straight replies.”\n"), "a tense evening and few straight replies.", "Tiago Lind"),
        # a hyphenated description the parser split: the name in apposition speaks, not "co"
        (("Her co-owner and finance chief, David Morgan, had argued for the fee, calling free parking “a gift the "
          "town could never pay for.”\n"), "a gift the town could never pay for.", "David Morgan"),
        # an inverted cue's speaker stops before a clause of time ("as …") and at the line's end
        ("‘We got it wrong,’ admits Lumenbox founder as storage fee plan collapses\n\nThe company was founded in 2015.\n",
         "We got it wrong", "Lumenbox founder"),
        # "Another:" in a run of quoted reactions is one more of them
        (("The messages kept coming. “Nine weeks?! My daughter starts school by then,” wrote one viewer. "
          "Another: “Someone buy the ferry crew a round.”\n"), "Someone buy the ferry crew a round.", "Another"),
    ],
)
def test_times_word_pieces_and_clauses_are_not_the_speaker(analyse, text: str, words: str, speaker: str) -> None:
    att = next(a for a in analyse(text).direct if join_parts(text, a.parts) == words)
    assert att.speaker_text == speaker


@pytest.mark.parametrize(
    "text",
    [
        ('The lift, known in the valley as "the Old Grey Lady," will stay closed "until the cables have been '
         'replaced," Sarah Bennett, the resort\'s director, said on Monday.\n'),
        "The ferry, nicknamed ‘the Tub’ by its crew, sails again on Monday, the operator said.\n",
    ],
)
def test_a_name_something_is_known_by_is_no_quote(analyse, text: str) -> None:
    assert not any(join_parts(text, a.parts).startswith(("the Old Grey Lady", "the Tub")) for a in analyse(text).direct)


@pytest.mark.parametrize(
    "text, kind, resolved",
    [
        # an organisation the sentence before named as its subject
        (("The festival’s organizers, Brackenfold Events, announced the decision on Instagram late Wednesday. "
          "“We have fought the rain for five days and today the rain won,” they wrote.\n"), "organization", "Brackenfold Events"),
        # a group of the public
        (("Two fans from Leeds had driven through the night to be there. “We came for the first gig and we wanted "
          "the last one too,” they said.\n"), "anonymous_public", None),
        # a couple (quote sets H and AH: "An elderly couple sleeping in their camper van")
        (("A retired couple had driven through the night to be there. “We came for the first gig and we wanted "
          "the last one too,” they said.\n"), "anonymous_public", None),
        # a person before: "they" is not followed to her
        (("Sarah Bennett had driven through the night to be there. “We came for the first gig and we wanted "
          "the last one too,” they said.\n"), "unknown", None),
    ],
)
def test_a_speaking_they_takes_the_organisation_or_group_before_it(analyse, text: str, kind: str, resolved: str | None) -> None:
    [att] = analyse(text).direct
    named = text[att.ref[0] : att.ref[1]] if att.ref else None
    assert (att.speaker_text, att.speaker_kind, named) == ("they", kind, resolved)


def test_a_hyphenated_description_is_the_whole_speaker_phrase(analyse) -> None:
    text = "INTERVIEWER: Your co-owner has said publicly that the fee was “overdue and fair.” Do you agree?\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "Your co-owner"


@pytest.mark.parametrize("state", ["unmoved", "unconvinced", "undeterred"])
def test_a_state_before_the_colon_keeps_its_subject_as_speaker(analyse, state: str) -> None:
    text = f"Sarah Bennett runs the ferry. The council voted on Monday. Bennett was {state}: “Let them vote. The figures will not change.”\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "Bennett"


def test_a_question_put_to_someone_is_not_theirs(analyse) -> None:
    text = "Sarah Bennett runs the ferry. Bennett was asked: “Will you resign over the figures?” She did not answer.\n"
    assert all(a.speaker_text != "Bennett" for a in analyse(text).direct)


@pytest.mark.parametrize(
    "between, kind",
    [
        ("A senior nurse on the children's ward, who asked not to be named, described the mood as grim.", "unnamed_source"),
        ("One passenger was stranded at the terminal for nine hours.", "anonymous_public"),
        # a named person after the description: the pronoun may be theirs, so the named person's rule decides
        ("A senior nurse described the mood to Sarah Bennett.", "person"),
    ],
)
def test_a_pronoun_after_an_unnamed_description_is_that_unnamed_person(analyse, between: str, kind: str) -> None:
    text = f"Sarah Bennett, the hospital's chief executive, said talks would resume. {between} “We are exhausted,” she said.\n"
    att = next(a for a in analyse(text).direct if a.speaker_text == "she")
    assert att.speaker_kind == kind


def test_they_after_people_named_in_between_is_not_the_organisation(analyse) -> None:
    text = ("The council boosted the budget, yet it is half of what researchers say they need every year. "
            "“It is an investment,” they say.\n")
    att = next(a for a in analyse(text).direct if a.speaker_text == "they")
    assert att.speaker_kind != "organization"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a past-tense cue after "a third", read by the model as a noun
        ("‘Fine them,’ wrote one fan on X. ‘Give the keeper a medal,’ a third joked.\n", "Give the keeper a medal", "a third"),
        # a cue the parser hung on the noun phrase before it as a participle
        ("“I pre-ordered in 2023,” wrote one fan. “Three delays in, I have stopped believing dates,” a user posted on Bluesky.\n",
         "Three delays in, I have stopped believing dates", "a user"),
        # past a participle of the phrase's own set off by commas
        ("Summerscales Buses lost the case. The firm's statement, issued on Wednesday afternoon, read in full: “We note the "
         "tribunal's decision.”\n", "We note the tribunal's decision.", "The firm's statement"),
        ("Online, the study drew mixed replies. A teacher at one of the schools posted on TikTok: “The kids are calmer. I am not.”\n",
         "The kids are calmer. I am not.", "A teacher"),
    ],
)
def test_a_cue_the_model_misread_after_its_subject_keeps_that_subject(analyse, text: str, words: str, speaker: str) -> None:
    att = next(a for a in analyse(text).direct if join_parts(text, a.parts) == words)
    assert att.speaker_text == speaker


@pytest.mark.parametrize(
    "text, words, speaker, kind",
    [
        # "read" before a colon, which the small model takes for a noun heading the phrase
        ("Under the clip, the top comment read: “Give the goat a pension. He has earned it.”\n",
         "Give the goat a pension. He has earned it.", "the top comment", "anonymous_public"),
        ("The box was left on the steps of the library. A note inside read: “Sorry. It was a dare.”\n",
         "Sorry. It was a dare.", "A note", "unknown"),
    ],
)
def test_a_read_the_model_took_for_a_noun_before_a_colon_is_the_cue(analyse, text: str, words: str, speaker: str, kind: str) -> None:
    att = next(a for a in analyse(text).direct if join_parts(text, a.parts) == words)
    assert (att.cue, att.speaker_text, att.speaker_kind) == ("read", speaker, kind)


def test_a_comment_someone_owns_is_not_the_publics(analyse) -> None:
    text = "Ashcombe Rovers posted the fixture list on Monday. The club's comment read: “We will play every game.”\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "The club's comment" and att.speaker_kind != "anonymous_public"


def test_the_next_parts_of_a_thread_are_the_first_posts_authors(analyse) -> None:
    text = ("Quillmark's official account posted a three-part thread on Monday: “(1/3) The update went wrong and your "
            "drafts vanished. That is on us.” The second post read: “(2/3) Nothing was deleted from our servers.” "
            "The third promised: “(3/3) Everything will be back by Thursday.”\n")
    first, second, third = analyse(text).direct
    assert (second.speaker_text, third.speaker_text) == ("The second post", "The third")
    for att in (first, second, third):
        assert att.speaker_kind == "organization" and att.ref is not None and text[att.ref[0] : att.ref[1]] == "Quillmark"


def test_the_second_post_paragraphs_after_the_last_quote_is_not_its_speakers(analyse) -> None:
    text = ("Jo Marsh, the mayor, said: “We will reopen the lane by spring.”\n\nThe lane has been shut since May.\n\n"
            "Workers came back on Monday.\n\nOnline, the second post read: “Nothing to see here.”\n")
    first, second = analyse(text).direct
    assert first.ref is not None and second.ref is None


@pytest.mark.parametrize(
    "text, speaker, name",
    [
        ("Tobias Wren has run the ferry for 30 years. His verdict? “Best summer we have had in all my years on the water.”\n",
         "His", "Tobias Wren"),
        ("The sheriff, Emmet Dray, closed the road on Friday. The sheriff's message to sightseers: “Stay home. If you do "
         "not live here, you do not need to see it.”\n", "The sheriff", "Emmet Dray"),
    ],
)
def test_a_possessed_word_for_what_is_said_before_the_quote_gives_it_to_the_owner(analyse, text: str, speaker: str, name: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker and att.speaker_kind == "person"
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == name


@pytest.mark.parametrize(
    "lead_in",
    ["One answer:", "His boat:"],  # no owner; an owner, but of no words
)
def test_a_lead_in_without_an_owner_of_words_gives_the_quote_to_no_one(analyse, lead_in: str) -> None:
    text = f"Tobias Wren has run the ferry for 30 years. {lead_in} “Best summer we have had in all my years on the water.”\n"
    [att] = analyse(text).direct
    assert att.speaker_text is None


@pytest.mark.parametrize(
    "text",
    [
        "Villagers call the mill „die alte Dame“ and bring it flowers.\n",
        "The kettle has been in the office since 2013. Staff call it ‘the Archdeacon’.\n",
        "Locals have long called the lane « le Boyau ».\n",
        "The bridge was dubbed “the Knot” by locals.\n",
    ],
)
def test_a_name_a_naming_verb_gives_is_no_quote(analyse, text: str) -> None:
    assert analyse(text).direct == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Okafor called the plan ‘a disgrace’ on Monday.\n", "a disgrace"),  # a judgment, in lower case
        ("Okafor called the councillor a ‘Stalinist’ on Monday.\n", "Stalinist"),  # in capitals, after "a"
        # a Title-Case headline's judgment stays a quote (the small model parses "Calls" there as part
        # of a noun phrase, so this case does not reach the naming rule: it guards the headline path)
        ("Mayor Calls Bypass Plan ‘A Disgrace’ At Packed Meeting\n\nThe story below says more on Monday.\n", "A Disgrace"),
    ],
)
def test_a_judgment_a_naming_verb_gives_is_a_quote(analyse, text: str, words: str) -> None:
    assert [text[a.start : a.end] for a in analyse(text).direct] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Staff said the news came in calendar invites titled “Quick sync” at 6:55 a.m.\n",
        "Drivers can claim through a page on the council's website headed “Parking refunds”.\n",
        "The firm wrote to users with the subject line “Something we need to tell you”.\n",
    ],
)
def test_a_short_title_given_right_before_a_quote_is_no_speech(analyse, text: str) -> None:
    assert analyse(text).direct == []


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday a banner reading « Pickersgill out » hung from the north stand.\n",
        "Staff stood outside on Wednesday, holding placards that read ‘Pay Us, Idris’ and ‘No Wages, No Stars’.\n",
    ],
)
def test_what_a_banner_or_placard_shows_is_no_speech(analyse, text: str) -> None:
    assert analyse(text).direct == []


def test_leaflets_that_read_through_a_colon_are_their_givers_words(analyse) -> None:
    text = ("Outside the meeting room, volunteers from the Quillerby Patients' Panel handed out cards that read: "
            "“Ask for a chair. Ask for water. Ask for your name to be used.”\n")
    assert len(analyse(text).direct) == 1


def test_a_long_headline_given_right_before_a_quote_is_still_read(analyse) -> None:
    text = ("The paper ran an editorial, entitled “Why the mayor is wrong about the bypass and the bridge,” "
            "the editors wrote.\n")
    assert len(analyse(text).direct) == 1


def test_a_document_speaks_through_a_colon_for_its_issuer(analyse) -> None:
    text = ("Linnea Nettleford resigned as head on Friday. Nettleford's letter ends with a line for the pupils: "
            "“Your grades were always yours. I am sorry we made you doubt it.”\n")
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text, att.speaker_kind) == ("ends", "Nettleford's letter", "person")
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Nettleford"


def test_a_naming_participle_after_a_noun_is_no_cue_of_its_subject(analyse) -> None:
    text = "A German news site called “The Harbour Ledger” ran the story first.\n"
    assert all(a.speaker_text is None for a in analyse(text).direct)


def test_the_n_year_old_is_the_person_given_that_age(analyse) -> None:
    text = ("Íñigo Ruiz, 29, scored twice in the second half.\n\n‘Honestly, I was just trying not to fall over,’ said the "
            "29-year-old, who joined from an amateur side two summers ago.\n")
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("the 29-year-old", "person")
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Íñigo Ruiz"


def test_an_inverted_cue_after_a_comma_outside_the_marks_is_a_cue(analyse) -> None:
    # German marks with the comma outside: the model reads "joked" as part of the name after it
    text = "Students were less divided. „Forty-three minutes is a start“, joked Siv Dahl, 16, who had just finished an exam.\n"
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text, att.speaker_kind) == ("joked", "Siv Dahl", "person")


def test_a_person_named_by_nationality_keeps_the_article(analyse) -> None:
    text = "The Spaniard scored twice. ‘Somebody has to pay the bills,’ the Spaniard said.\n"
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind, att.ref_name) == ("the Spaniard", "person", None)


def test_a_person_named_by_nationality_is_the_nearest_person_before(analyse) -> None:
    # (found in the quote sets' speaker misses, not blind): like "he" or "the 29-year-old"
    text = ("Albion won 2-1, Íñigo Salaverri scoring twice in the last nine minutes.\n\n"
            "The Spaniard added that he would be at work at six on Monday.\n")
    [att] = analyse(text).indirect
    assert att.speaker_text == "The Spaniard" and att.ref is not None and text[att.ref[0] : att.ref[1]] == "Íñigo Salaverri"


def test_guard_a_nationality_or_party_with_a_name_beside_it_is_that_name(analyse) -> None:
    text = ("Wynford Pybus won the seat on a drawn lot.\n\n"
            "The Liberal Democrat, Ottoline Vosper, who came third, said drawing lots was “no way to choose a councillor”.\n")
    [att] = [a for a in analyse(text).direct if "no way to choose" in text[a.start : a.end]]
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Ottoline Vosper"


def test_which_for_an_untagged_name_speaks_for_an_organisation(analyse) -> None:
    text = ("Pixhold, which once promised to keep every picture “for as long as you are around to look at it,” is now "
            "asking users to pay.\n")
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("which", "organization")


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a role noun and the name after it, both read as subjects: the name speaks
        ("His first film came out in 1971. The critic Odile Bertolini called it ‘the most grown-up thing I have seen’.\n",
         "the most grown-up thing I have seen", "Odile Bertolini"),
        ("His widow, the set designer Naledi Dlamini, whom he met on a tour in 1983, said in a statement: “He was kind.”\n",
         "He was kind.", "Naledi Dlamini"),
        # "A third" read as an adverb of the cue
        ("“Now with sea views,” one resident wrote. Another replied: “Send the boats round.” A third posted: “Thank you to the crew.”\n",
         "Thank you to the crew.", "A third"),
        # the quote's closing comma and mark hung on the phrase after it
        ("Viewers were quick to pick favourites. “She deserved every second of that,” a commenter posted on TikTok.\n",
         "She deserved every second of that", "a commenter"),
    ],
)
def test_the_speaker_of_a_cue_the_parser_gave_odd_subjects(analyse, text: str, words: str, speaker: str) -> None:
    att = next(a for a in analyse(text).direct if join_parts(text, a.parts) == words)
    assert att.speaker_text == speaker


@pytest.mark.parametrize(
    "text, speaker, person",
    [
        ("Sven Ostby had lived on Fletcher Row since 1970. “It never once came past the gate,” the 71-year-old said.\n",
         "the 71-year-old", "Sven Ostby"),
        # (found on quote sets H and I: "the 52-year-old said" parsed with no subject, "old" an
        # adjective on "said"; the quote had no speaker)
        ("At the showground, Cormac Delahunty sat on a hay bale with his two dogs. “We left with what we had on. "
         "That’s it,” the 52-year-old said. “I don’t know if the house is there.”\n", "the 52-year-old", "Cormac Delahunty"),
    ],
)
def test_the_n_year_old_without_a_stated_age_is_the_person_before(analyse, text: str, speaker: str, person: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker and att.ref is not None and text[att.ref[0] : att.ref[1]] == person


def test_a_name_the_tagger_read_as_an_adverb_before_said_is_the_speaker(nlp) -> None:
    # (found on quote set AA: in "«…», Tanguilly said." the small model tagged the surname an
    # adverb and gave "said" a subject inside the quote; the quote had no speaker)
    from pipeline.extract.stage import analyse_doc

    text = ("The bass was landed by a trawler skippered by Yannig Kerbastard. «We catch strange things all the "
            "time. Boots, phones, a set of false teeth once», Kerbastard said. «Never a ring.»")
    doc = nlp(text)
    name = next(t for t in doc if t.text == "Kerbastard" and t.i > 20)
    name.pos_, name.tag_, name.dep_ = "ADV", "RB", "advmod"  # as the tagger read the surname in the set's article
    [att] = analyse_doc(doc, "doc").direct
    assert att.speaker_text == "Kerbastard"


def test_an_organisations_speaker_text_is_its_name_without_the_article(analyse) -> None:
    text = ("Engineers at the Harbour Bridges Authority closed the bridge on Monday. “Safety comes first,” the Harbour "
            "Bridges Authority said.\n")
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("Harbour Bridges Authority", "organization")


def test_a_listed_outlet_keeps_the_article_of_its_name(analyse) -> None:
    text = "“The ferry will not sail before spring,” The Guardian reported on Monday.\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "The Guardian"


def test_an_inverted_cue_outside_the_verb_list_attributes_its_quote(analyse) -> None:
    # "heckled a man": the order of an attribution, whatever the verb; not merged into the quote before
    text = ("Residents were less restrained. ‘Half a bridge, full of rust!’ one woman shouted, holding up a photograph. "
            "‘Where were you on Monday night?’ jeered a man behind her.\n")
    found = analyse(text).direct
    assert [(join_parts(text, a.parts), a.speaker_text) for a in found] == [
        ("Half a bridge, full of rust!", "one woman"), ("Where were you on Monday night?", "a man behind her")]


def test_a_listed_cue_after_the_quote_keeps_its_object_as_the_addressee(analyse) -> None:
    text = "Sarah Bennett spoke after the vote. She said the plan was “a great thing,” told reporters it would pass, and left.\n"
    assert all(a.speaker_text != "reporters" for a in analyse(text).direct)


def test_a_things_name_in_a_relative_clause_is_no_quote_and_splits_nothing(analyse) -> None:
    text = ("“I made this record in a shed,” Lena Voss said, holding up the glass trophy that artists call “the Jug.” "
            "“Robbie, if you are watching, you can have it now.”\n")
    found = analyse(text).direct
    assert [(" | ".join(text[a:b] for a, b in att.parts), att.speaker_text) for att in found] == [
        ("I made this record in a shed | Robbie, if you are watching, you can have it now.", "Lena Voss")]


def test_a_judgment_called_in_a_relative_clause_is_still_a_quote(analyse) -> None:
    text = "Sarah Bennett attacked the levy, which she called “a disgrace,” before the vote.\n"
    [att] = analyse(text).direct
    assert join_parts(text, att.parts).startswith("a disgrace")


def test_people_in_a_reported_clause_do_not_hide_the_unnamed_speaker(analyse) -> None:
    text = ("Sarah Bennett, the area manager, spoke first. A spokeswoman for the agency said engineers would inspect the "
            "breach once the water dropped. “Nobody is going near that wall tonight,” she said.\n")
    att = next(a for a in analyse(text).direct if a.speaker_text == "she")
    assert (att.speaker_kind, att.ref) == ("unnamed_source", None)


def test_a_rank_abbreviated_in_capitals_stays_in_the_speaker_text(nlp) -> None:
    # the model sometimes leaves the rank out of the name ("DS" outside "Eze"): the phrase keeps it
    from spacy.tokens import Span

    from pipeline.extract.quotes import find_quote_spans
    from pipeline.extract.speakers import attribute_quotes

    text = "“We would ask people not to speculate online about the theft,” DS Eze added.\n"
    doc = nlp(text)
    eze = next(t.i for t in doc if t.text == "Eze")
    doc.ents = [Span(doc, eze, eze + 1, label="PERSON")]
    [att] = attribute_quotes(doc, find_quote_spans(text))
    assert att.speaker_text == "DS Eze"


def test_a_name_given_an_age_before_the_cue_speaks_wherever_the_parser_hung_it(analyse) -> None:
    text = 'In a statement on Instagram, Fontaine, 45, said: "This is the hardest decision I have made in twenty years."\n'
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == ("Fontaine", "person")


def test_a_platform_something_is_shared_in_is_no_organisation_antecedent(analyse) -> None:
    text = ("Photographs of the papers circulated in Instagram group chats on Wednesday. The ministry said the papers had "
            "left the printer in “sealed, tamper-evident envelopes” on Monday.\n")
    [att] = analyse(text).direct
    assert att.speaker_text == "The ministry" and (att.ref is None or "Instagram" not in text[att.ref[0] : att.ref[1]])


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The papers leaked overnight. “This is a serious breach,” said Education Minister Helga Sommerfeld.\n",
         "Education Minister Helga Sommerfeld"),
        ("“Recounts rarely move more than a handful of votes,” said Professor Kavya Thyagarajan of the university.\n",
         "Professor Kavya Thyagarajan"),
    ],
)
def test_an_office_before_a_name_stays_in_the_speaker_text(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a description with an organisation's name in apposition is named by the name
        ("The campaign group Harbour Otter Watch said the escape was “entirely predictable” and called for a review.\n",
         "Harbour Otter Watch"),
        # a group or page on a platform is where they wrote, not who they are
        ("“Checked the shed. Found a hedgehog and two spiders,” wrote one resident on the Harbour Residents Facebook group.\n",
         "one resident"),
    ],
)
def test_an_organisations_name_and_a_platform_group_in_the_speaker_phrase(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (("The mayor was similarly defensive when forced to defend not paying a builder who said he was stiffed "
          "after he built a pier, saying, “Maybe he didn’t do a good job, and I wasn’t satisfied with his work.”"), "The mayor"),
        (("Small groups of protesters continued to march around the stadium - where the Quorndon Rovers played the "
          "Skelwick Wanderers - while chanting, \"Hands off our harbour.\""), "Small groups of protesters"),
    ],
)
def test_participle_after_a_comma_speaks_for_the_clause_not_a_relative_clause_before_it(analyse, text: str, speaker: str) -> None:
    analysis = analyse(text)
    [att] = [a for a in analysis.direct if a.cue in {"saying", "chanting"}]
    assert att.speaker_text == speaker


def test_participle_after_a_when_clause_speaks_for_that_clause(analyse) -> None:
    text = ("“Too much?” he posted when Clothwen Brisbourne closed the debate with a line from a film, "
            "remarking, “Thank you, and mind the gap.”")
    analysis = analyse(text)
    [att] = [a for a in analysis.direct if a.cue == "remarking"]
    assert att.speaker_text == "Clothwen Brisbourne"


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # the parser hangs the participle on a verb inside the second quote, or the first
        (("“The valley does not want a bypass,” Orrin Quellby said, suggesting a few questions, including, "
          "“Councillor, do you really think that drivers need a faster road to the quarry?”"), "suggesting", "Orrin Quellby"),
        (("Mr. Quellby hardly settled the matter, treating the mayor's remark first as a joke -- ''That makes me "
          "popular'' -- and, when questioned after the meeting, insisting, ''Of course, I drive to work.''"), "insisting", "Mr. Quellby"),
    ],
)
def test_a_participle_the_parser_hung_inside_a_quote_speaks_for_the_clause_before_it(analyse, text: str, cue: str, speaker: str) -> None:
    [att] = [a for a in analyse(text).direct if a.cue == cue]
    assert att.speaker_text == speaker


def test_a_participle_cue_the_tagger_read_as_a_noun_still_cues(analyse) -> None:
    text = "Clothwen Brisbourne closed the debate with a line from a film, remarking, “Thank you, and mind the gap.”"
    [att] = analyse(text).direct
    assert att.cue == "remarking" and att.speaker_text == "Clothwen Brisbourne"


def test_to_quote_someone_opening_a_sentence_cues_their_words(analyse) -> None:
    text = ("Clothwen Brisbourne has run the line since 2009. To quote the line’s general manager, Leocadie Quarmby, "
            "‘a railway is a machine for turning volunteers’ weekends into smoke’.")
    [att] = analyse(text).direct
    assert (att.cue, att.speaker_text) == ("quote", "Leocadie Quarmby")


def test_a_speech_verb_in_the_relative_clause_of_the_quotes_subject_is_not_its_cue(analyse):
    text = "Councillor Jo Quarmby brushed the petition aside on Monday, saying anybody who complains about parking “should try the bus for a week.”"
    [att] = analyse(text).direct
    assert (att.speaker_text, att.cue) == ("Councillor Jo Quarmby", "saying")


def test_guard_a_relative_clause_cue_after_the_speakers_name_stays_the_cue(analyse):
    text = "The guests included Jo Quarmby, who joked of the new pier, “I will walk it once they finish the railings.”"
    [att] = analyse(text).direct
    assert att.cue == "joked" and text[att.ref[0] : att.ref[1]] == "Jo Quarmby"


def test_a_person_apposed_to_a_role_beside_a_place_the_parser_made_the_subject_is_the_speaker(analyse):
    # "At X, where …, the founder, Name, said": the model reads X as the subject
    text = ("At Harnmoor Otter Sanctuary, where the cub was raised, the keeper, Leontyne Orrell, "
            "said the animal was “ready to go home” and “already bossing the others”.")
    found = analyse(text).direct
    assert [(a.speaker_text, a.speaker_kind, text[a.ref[0] : a.ref[1]]) for a in found] == [
        ("Leontyne Orrell", "person", "Leontyne Orrell")] * 2


@pytest.mark.parametrize("club", ["Harnmoor RFC", "Quorndon Coaches", "Skelwick Otter Sanctuary"])
def test_clubs_carriers_and_sanctuaries_are_organisations(analyse, club: str):
    text = f"“The match will be replayed next month,” {club} announced on Monday."
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == (club, "organization")


def test_an_organisation_named_with_a_plural_that_takes_an_apostrophe_s_stays_whole(nlp):
    doc = nlp("The Quorndon Women’s Rugby League said the match would be replayed at Harnmoor Children’s Hospital.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("The Quorndon Women’s Rugby League", "ORG"), ("Harnmoor Children’s Hospital", "ORG")]


def test_a_document_speaks_for_whom_it_is_from_or_the_person_its_possessive_names(analyse):
    text = ("Groundsman Leontyne Orrell won her claim against Harnmoor Leisure on Tuesday.\n\n"
            "A statement from Harnmoor Leisure said the firm was “surprised by the ruling”.\n\n"
            "Judge Gadsden Anstruther found for her. His judgment said the firm had “ignored every warning”.")
    found = analyse(text).direct
    assert [(a.speaker_kind, text[a.ref[0] : a.ref[1]]) for a in found] == [
        ("organization", "Harnmoor Leisure"), ("person", "Gadsden Anstruther")]


@pytest.mark.parametrize("document, author", [
    ("A statement from the council reads", "Harnlow Town Council"),
    ("A sign the council put up on Thursday reads", "Harnlow Town Council"),
    ("A notice pinned to the gate by the council reads", "Harnlow Town Council"),
    ("A sign the council has taped to the gate reads", "Harnlow Town Council"),  # "taped", lemmatised "tap"
    # no author named: a notice or a sign put up is the organisation in focus's, as "the notice"
    ("A notice pinned inside the gate reads", "Harnlow Town Council"),
    ("A sign at the entrance reads", "Harnlow Town Council"),
    # guard: people put it up, not a body
    ("A sign the neighbours put up on Thursday reads", None),
])
def test_a_document_speaks_for_the_body_a_description_says_put_it_up(analyse, document: str, author: str | None):
    text = ("Thrimley Beekeepers’ Association collected the swarm on Friday. Harnlow Town Council closed the car park.\n\n"
            f"{document}: “Bees in residence. Please keep to the path.”")
    [att] = analyse(text).direct
    assert (text[att.ref[0] : att.ref[1]] if att.ref else None) == author


@pytest.mark.parametrize("document, author", [
    ("A notice signed by Mr Anstruther and taped to the porch door reads", "Anstruther"),
    ("A letter written by Mr Anstruther to the vicar reads", "Anstruther"),
    # guard: who saw it did not write it
    ("A notice, seen by the Gazette, reads", None),
])
def test_a_document_speaks_for_whoever_a_participle_on_it_says_signed_it(analyse, document: str, author: str | None):
    text = ("Gadsden Anstruther, 71, has rung the bells of St Ebba’s for forty years.\n\n"
            f"{document}: “The bells are resting. So am I.”")
    [att] = analyse(text).direct
    assert (text[att.ref[0] : att.ref[1]] if att.ref else None) == author


def test_a_headlines_organisation_and_role_before_a_colon_is_the_person_the_story_gives_that_role(analyse):
    text = ("Harnmoor founder: “We let down every one of our riders”\n\n"
            "LYON — Harnmoor, the bicycle-sharing app, lost its riders' credits on Sunday.\n\n"
            "Its founder, Leontyne Orrell, 38, met us at the depot. “Every credit will be restored,” she said.\n")
    first = analyse(text).direct[0]
    assert (first.speaker_text, first.speaker_kind, text[first.ref[0] : first.ref[1]]) == ("Harnmoor founder", "person", "Leontyne Orrell")


def test_a_headlines_boss_is_the_person_the_story_introduces_as_the_organisations_chief_executive(analyse):
    text = ("Quorndon boss will tell MPs blackout was “entirely our fault”\n\n"
            "Quorndon GmbH said on Thursday that a faulty transformer was to blame.\n\n"
            "Its chief executive, Dr. Leontyne Orrell, is due before the energy committee next week.\n")
    first = analyse(text).direct[0]
    assert (first.speaker_text, text[first.ref[0] : first.ref[1]]) == ("Quorndon boss", "Leontyne Orrell")


def test_the_orchestra_is_the_organisation_in_focus_named_as_an_orchestra(analyse):
    text = ("The Harnmoor Philharmonic cancelled its Sunday concert after a burst pipe flooded the hall.\n\n"
            "The orchestra said the concert would be “rescheduled as soon as the floor dries”.")
    [att] = analyse(text).direct
    assert (att.speaker_kind, text[att.ref[0] : att.ref[1]].removeprefix("The ").removeprefix("the ")) == ("organization", "Harnmoor Philharmonic")


def test_guard_an_animal_is_no_person_a_pronoun_could_stand_for(analyse):
    text = ("Cyclist who stopped to help owl wins bravery award\n\n"
            "Mr Anstruther saw the owl sitting in the fast lane on a foggy morning. "
            "Cyclist Gadsden Anstruther stopped and wrapped it in his jacket.\n\n"
            "“I just could not ride past it,” he said.")
    [att] = analyse(text).direct
    assert text[att.ref[0] : att.ref[1]] == "Gadsden Anstruther"


def test_an_organisations_account_speaks_for_it(analyse):
    text = ("Harnmoor Ltd, the parcel firm, lost track of 40,000 deliveries on Sunday.\n\n"
            "Harnmoor Ltd’s official account posted: “A sorting machine failed overnight, and we are working through the backlog.”")
    [att] = analyse(text).direct
    assert (att.speaker_kind, text[att.ref[0] : att.ref[1]]) == ("organization", "Harnmoor Ltd")


@pytest.mark.parametrize("text, word", [
    ("Mr Anstruther saw the owl sitting in the fast lane.", "owl"),  # after an article
    ("She stopped to carry an injured badger off the road.", "badger"),  # after an article and an adjective
    ("Cyclist who stopped to help owl wins award\n\nThe council praised him on Tuesday.", "owl"),  # in a headline
])
def test_a_lower_case_word_the_model_tags_person_is_dropped_where_no_name_is_written_so(nlp, text: str, word: str):
    from spacy.tokens import Span

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]  # as the small model tags it in some articles
    assert nlp.get_pipe("newsreact_trim_entities")(doc).ents == ()


def test_a_bluesky_handle_before_a_speech_verb_is_its_subject(analyse):
    # the tagger reads the domain handle as an adjective and "joked" as a noun
    text = "On Bluesky, nounless-nell.bsky.social joked: “At last, a rainy Sunday I can spend indoors without any guilt.”"
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind, att.cue) == ("nounless-nell.bsky.social", "person", "joked")


@pytest.mark.parametrize("text, speaker", [
    ("The trains were still stuck at noon. “Please keep your tickets for a refund,” the announcer said.", "the announcer"),
    ("When the lights went out in the hall, a voice near the stage called: “Has anyone got a torch?”", "a voice near the stage"),
    ("Quarmby’s solicitor said an appeal was unlikely. “My client accepts the sentence,” his solicitor said.", "his solicitor"),
])
def test_unnamed_voices_of_a_scene_are_unnamed_sources(analyse, text: str, speaker: str):
    att = analyse(text).direct[-1]
    assert (att.speaker_text, att.speaker_kind) == (speaker, "unnamed_source")


def test_protesters_chanting_are_the_public(analyse):
    text = "About 40 protesters outside the town hall were chanting “Save our swimming pool!” as councillors arrived."
    [att] = analyse(text).direct
    assert att.speaker_kind == "anonymous_public"


def test_a_description_the_next_sentence_names_as_the_one_speaking_is_that_person(analyse):
    text = ("The chief executive of Harnmoor Trust told its board on Tuesday that the waits had become "
            "“unacceptable and, far too often, routine”.\n\n"
            "Leontyne Orrell was speaking a week after a patient spent two days on a trolley.")
    [att] = analyse(text).direct
    assert (att.speaker_kind, text[att.ref[0] : att.ref[1]]) == ("person", "Leontyne Orrell")


def test_guard_a_description_followed_by_someone_else_acting_stays_unnamed(analyse):
    text = ("The chief executive of Harnmoor Trust told its board on Tuesday that the waits were “unacceptable”.\n\n"
            "Leontyne Orrell, a patient, spent two days on a trolley.")
    [att] = analyse(text).direct
    assert att.ref is None


@pytest.mark.parametrize("text, speaker", [
    # one organisation named before "the airline": it, its short form counted as it
    (("A faulty update at Vellbrook Airways grounded every flight on Monday.\n\n"
      "Vellbrook posted an apology at 6am. “We are sorry,” the airline said."), "Vellbrook Airways"),
    # two candidates: unresolved, not the nearest
    (("A faulty update at Vellbrook Airways grounded every flight, and Ostry Aviation cancelled its own.\n\n"
      "“We are sorry,” the airline said."), None),
    # two candidates, one of them named as an airline: it
    (("A faulty update at Vellbrook Airways grounded every flight. The software is made by Quillon, "
      "which said it was investigating.\n\n“We are sorry,” the airline said."), "Vellbrook Airways"),
    # a council is no union
    ("Quorndon Council met the staff on Monday.\n\n“We will strike,” the union said.", None),
])
def test_the_kind_of_the_one_organisation_named_before(nlp, text, speaker) -> None:
    from pipeline.extract.quotes import find_quote_spans
    from pipeline.extract.speakers import attribute_quotes

    doc = nlp(text)
    [att] = attribute_quotes(doc, find_quote_spans(text))
    named = next((e.text for e in doc.ents if att.ref and (e.start_char, e.end_char) == att.ref), None)
    assert (att.speaker_kind, named) == ("organization", speaker)


@pytest.mark.parametrize("text, who", [
    ("The Harnlow Otters swim in the river all winter.\n\nOssian Pryde, who chairs the club, has swum there for 30 years.\n\n"
     "“The water is bracing,” the club's chair said.", "Ossian Pryde"),
    ("Harnlow High School locked pupils' phones away in September.\n\nEna Tolland, who has led the school since 2019, "
     "brought in the ban.\n\n“The corridors are quieter,” its headteacher said.", "Ena Tolland"),
    ("The Carrow bakery burned down on Friday.\n\nEna Tolland, whose bakery has stood on the square since 1961, "
     "wept on the pavement.\n\n“We will bake again,” its owner said.", "Ena Tolland"),
    # guard: a café of her own is no body she heads
    ("The Carrow bakery burned down on Friday.\n\nEna Tolland, who runs a café across the square, "
     "brought tea.\n\n“We will bake again,” its owner said.", None),
])
def test_a_bodys_head_by_role_is_the_one_person_introduced_as_heading_it(analyse, text: str, who: str | None):
    att = analyse(text).direct[-1]
    assert (text[att.ref[0] : att.ref[1]] if att.ref else None) == who


def test_a_nickname_inside_a_name_is_no_quote(analyse) -> None:
    text = "Thomas “Tommy” Okafor, 52, said the pier was “a disgrace”.\n"
    assert [(join_parts(text, a.parts), a.speaker_text) for a in analyse(text).direct] == [
        ("a disgrace", "Thomas “Tommy” Okafor")
    ]


def test_guard_a_quote_before_a_day_is_no_nickname() -> None:
    from pipeline.extract.cues import nickname_in_a_name
    from pipeline.extract.quotes import find_quote_spans

    for text, nickname in [("Thomas “Tommy” Okafor ran the stall.", True),
                           ("The mayor called Thomas “Spendthrift Tom” Monday.", False),
                           ("The paper called Thomas “Sunny Tom” May 4, after the fair.", False)]:
        [q] = find_quote_spans(text)
        assert nickname_in_a_name(text, q) is nickname, text


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a party in brackets after the name is not the speaker, nor does it count against the cue's reach
        ("“Pay up,” his niece, Marcia Price (D-Newport News), said.\n", "Marcia Price"),
        ("“Pay up,” his niece, Marcia “Cia” Price (D-Newport News), said.\n", "Marcia “Cia” Price"),
        ("“This is a big year for the valley!” Okafor's niece, state Del. Marcia “Cia” Price (D-Newport News), "
         "shouted to the crowd.\n", "Marcia “Cia” Price"),
    ],
)
def test_a_party_in_brackets_after_a_name_is_not_the_speaker(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker


@pytest.mark.parametrize("text, speaker", [
    # the recording's "of" names who speaks, not the subject that uses or shares it
    ("The campaign's new ad uses footage of Rosalind Quayle asking, “Why is the ferry still late?”\n", "Rosalind Quayle"),
    ("The council shared a clip of Rosalind Quayle saying “the pier is safe”.\n", "Rosalind Quayle"),
])
def test_a_person_a_recording_shows_speaks_its_participle(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker


def test_guard_a_person_after_of_that_is_no_recording_keeps_the_subject(analyse) -> None:
    text = "The mayor, a critic of Rosalind Quayle, said the pier was “rotten to the core”.\n"
    [att] = analyse(text).direct
    assert att.speaker_text == "The mayor"


@pytest.mark.parametrize("text, speaker", [
    # a state with its particle before the colon: "was won over:"
    ("Tamsin Quarrie, 71, whose niece sang in the choir, was won over: “I have heard worse carols in cathedrals.”\n",
     "Tamsin Quarrie"),
    ("Tamsin Quarrie was finally talked round: “Fine, the goats can stay until spring.”\n", "Tamsin Quarrie"),
])
def test_a_state_with_its_particle_before_the_colon_keeps_its_subject(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker


@pytest.mark.parametrize("text, speaker", [
    # the cue read as a modifier of the noun before it, a relative clause of the noun between
    ("A notice where the bench used to stand reads: “The bench is away being mended. Please sit on the wall.”\n",
     "A notice"),
    ("A Carrowby guard, who spoke on condition of anonymity, described Tuesday as „a shambles from the first train“.\n",
     "A Carrowby guard"),
])
def test_a_cue_read_as_a_modifier_past_a_relative_clause_speaks_for_its_noun(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_text == speaker


def test_one_person_by_what_they_do_speaks_through_a_colon(analyse) -> None:
    text = "The café reopened on Monday. On Bluesky, one longtime subscriber was gentler: “Give them a week. The scones were always worth it.”\n"
    att = analyse(text).direct[-1]
    assert (att.speaker_text, att.speaker_kind) == ("one longtime subscriber", "anonymous_public")


def test_guard_one_thing_before_a_colon_is_no_speaker(analyse) -> None:
    text = "The café reopened on Monday. One problem was obvious: “no scones, no queue, no customers at all today”.\n"
    assert all(a.speaker_text != "One problem" for a in analyse(text).direct)


def test_a_role_of_a_place_with_the_name_hung_on_the_place_speaks_through_a_colon(analyse) -> None:
    text = ("The quiz league met on Tuesday. The landlord of the Copper Kettle, Alwyn Pettigrew, was more worried about "
            "the prize shelf: “That shield has sat over my fireplace for three winters. It is not going anywhere.”\n")
    att = analyse(text).direct[-1]
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Alwyn Pettigrew"


@pytest.mark.parametrize("text, speaker, kind", [
    # a live blog's lead-in without a verb: the words are from whom its "from" names
    ("19:05 And from @pellow_reads on Bluesky: ‘Two swimming pools shut on the night the bonfire survived.’\n",
     "@pellow_reads", "person"),
    ("7:12 p.m. First question from the floor, from a kidney patient in a yellow scarf: “Which bus do I take when the "
     "ferry stops running?”\n", "a kidney patient in a yellow scarf", "anonymous_public"),
])
def test_a_verbless_lead_in_gives_the_words_to_whom_they_are_from(analyse, text: str, speaker: str, kind: str) -> None:
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == (speaker, kind)


def test_guard_a_lead_in_with_a_verb_of_its_own_is_no_sender(analyse) -> None:
    text = ("The parish met on Monday.\n\nOttoline Brack had a message from the council for the parish: “The eggs have "
            "doubled in price since May.”\n")
    [att] = analyse(text).direct
    assert att.speaker_text == "Ottoline Brack"


def test_a_live_blog_entry_that_names_its_voice_after_a_sentence_is_theirs(analyse) -> None:
    text = ("Mateus Quarrington chaired the meeting on the ferry.\n\n21:14 The meeting is over. Quarrington, on his way "
            "to the car park: “They listened. Whether they heard is another matter.”\n")
    att = analyse(text).direct[-1]
    assert att.speaker_text == "Quarrington"


def test_guard_after_a_sentence_only_a_name_opens_the_voices_words(analyse) -> None:
    text = "21:14 The meeting is over. One word, on every lip: “Adjourned, and not before time, either.”\n"
    assert all(a.speaker_text != "One word" for a in analyse(text).direct)


@pytest.mark.parametrize("text, speaker", [
    ("Geologists say the cliff is “likely to keep falling for as long as the sea is there”.\n", "Geologists"),
    ("Divers at the Pellmont quarry confirmed the car was “upside down and quite empty, thankfully”.\n",
     "Divers at the Pellmont quarry"),
])
def test_a_bare_plural_by_trade_is_an_unnamed_source(analyse, text: str, speaker: str) -> None:
    [att] = analyse(text).direct
    assert (att.speaker_text, att.speaker_kind) == (speaker, "unnamed_source")


@pytest.mark.parametrize("text", [
    "Shoppers said the new layout was “a maze with no way out at all”.\n",  # the public, not a trade
    "Co-authors said they had “never seen the raw data, not once, in four years”.\n",  # a work's own people
])
def test_guard_a_bare_plural_of_the_public_or_of_a_work_is_no_source_by_trade(analyse, text: str) -> None:
    [att] = analyse(text).direct
    assert att.speaker_kind != "unnamed_source"


STORY_OF_A_FERRY_LINE = ("Harbourline Ferries cancelled every crossing on Monday. Harbourline Ferries said the fault was "
                         "in its booking system, and Harbourline Ferries apologised to passengers.\n\n")


@pytest.mark.parametrize("paragraph, company", [
    ("The booking system is made by Quillet Software, a supplier to a dozen operators. In a statement, Quillet "
     "Software said it was “working closely with Harbourline”. The company said no other customer had been affected.\n",
     "Quillet Software"),
    # guard: a person spoke before, so "the company" is the story's
    ("The booking system is made by Quillet Software. Ada Quillet, its founder, said it was “a bad day for everyone”. "
     "The company said refunds would be paid within a week.\n", "Harbourline Ferries"),
])
def test_the_company_speaking_right_after_an_organisation_spoke_is_that_organisation(analyse, paragraph: str, company: str) -> None:
    text = STORY_OF_A_FERRY_LINE + paragraph
    att = analyse(text).indirect[-1]
    assert att.speaker_text == "The company" and text[att.ref[0] : att.ref[1]] == company


def test_the_company_after_an_organisation_the_model_left_untagged_there_is_the_organisation(analyse) -> None:
    # the model tags "Tournevals" an organisation where the story names it first, and not as the subject of "said"
    text = ("A bin lorry was stuck in the old town for a day. The lorry belongs to the waste contractor Tournevals, which "
            "collects bins across the valley.\n\nIts driver has been moved to another round. Tournevals said on Friday "
            "that he would keep his job. “He did what the machine told him,” the company said.\n\nThe mayor of "
            "Castelvézin said Tournevals had apologised in a letter to the Tamarisk Post.\n")
    att = next(a for a in analyse(text).direct if "machine" in text[a.start : a.end])
    assert text[att.ref[0] : att.ref[1]] == "Tournevals"


@pytest.mark.parametrize("text", [
    # the parser makes the opening noun phrase the root, the verb hung on it
    "A retired couple who have walked the pier every Sunday since 1990 had come to see it go. “We were here for the "
    "first plank and we wanted to see the last one,” they said.\n",
    # the parser makes the opening noun phrase an adverbial of the verb
    "A couple in their eighties, brought out of Ferry Lane by boat, sat wrapped in one blanket by the tea urn. “We are "
    "dry, we are together, and somebody has found us a biscuit,” they said.\n",
])
def test_they_after_a_sentence_about_a_couple_of_the_public_is_the_public(analyse, text: str) -> None:
    att = analyse(text).direct[-1]
    assert (att.speaker_text, att.speaker_kind) == ("they", "anonymous_public")
