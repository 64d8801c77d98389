"""Speakers and names the session of 2026-12-03 taught (issue #4), each on our own sentences with
the real spaCy model: where a sentence starts (every line break, a live blog's time stamp), a
display name that gives way to its handle, surnames with particles, a handle quoted a paragraph
before "he", documents by someone, "the mayor of X, Name,", a headline's role beside its colon,
names after a title, initials in brackets, "the League", relatives named by a first name, and
"the company"."""

from __future__ import annotations

import pytest

from tests.extract.test_kinds_by_context import _speakers


def _speakers_in_context(nlp, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """``_speakers`` after the context and headline speakers (``find_quotes``)."""
    from pipeline.extract.context_speakers import find_quotes

    direct, _ = find_quotes(nlp(text))
    return {" … ".join(text[s:e] for s, e in a.parts): (a.speaker_text, text[a.ref[0] : a.ref[1]] if a.ref else None, a.speaker_kind)
            for a in direct}


def test_two_capitalised_words_after_a_title_are_a_person_the_model_missed(nlp) -> None:
    # the model tags nothing in "Prof Dame Temperance Harnlow"
    text = "In an email to all staff, the vice-chancellor, Prof Dame Temperance Harnlow, wrote that the university could not pay."
    assert ("Temperance Harnlow", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_guard_a_title_before_a_brand_ending_in_a_word_is_no_person(nlp) -> None:
    text = "Shoppers queued outside the Mr Harnlow Cakes factory shop, which opened on Monday."
    assert ("Harnlow Cakes", "PERSON") not in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_relative_named_by_a_first_name_takes_the_family_surname(nlp) -> None:
    from tests.extract.test_entities import entity_of, resolve

    docs = {"a": "Osric Pellow, 61, runs the ferry. His wife, Wenna, flew out to join him on Monday. "
                  "Wenna said the family had loved every minute.",
            "b": "Mr Wellock’s son, Orrin, said the crack had been patched overnight."}
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "a", "Wenna").name == "Wenna Pellow"
    assert entity_of(entities, mentions, "b", "Orrin").name == "Orrin Wellock"


def test_guard_his_sister_is_not_the_woman_named_last(nlp) -> None:
    from pipeline.extract.declared_names import kin_surnames

    doc = nlp("Ms Quorndon will show her last collection in March. Ann Quorndon is 46. "
              "He said the label, which he founded with his sister Wenna, would move to Leeds.")
    assert not kin_surnames(doc)  # "his" is not Ann Quorndon's


def test_the_company_is_the_story_s_company_not_the_last_organisation_named(nlp) -> None:
    text = ("Tallowby Systems, a Harnlow software firm, has recalled its rota app. Tallowby Systems said 4,000 "
            "nurses used it. The Ferncaster Rowing Club also used the app.\n\n"
            "“We are sorry for the disruption,” the company said.")
    assert _speakers(nlp, text)["We are sorry for the disruption"][1] == "Tallowby Systems"


def test_a_paragraph_ending_in_a_closing_mark_does_not_run_on_into_the_next(nlp) -> None:
    # the parser ran "…the ferry.”⏎⏎Another, …" on as one sentence, so the driver was no
    # subject of the sentence before "he said" and the quote went to Talia Igwe
    text = ("“We will be back on Monday,” said Talia Igwe, the ferry company's director. “Nobody loves the ferry more.”\n\n"
            "Another, a retired bus driver in a yellow jacket, has crossed the river every day since 1981. "
            "\"I have seen worse storms,\" he said.")
    assert any(sent.text.startswith("Another") for sent in nlp(text).sents)
    speaker_text, ref, kind = _speakers(nlp, text)["I have seen worse storms"]
    assert (speaker_text, ref) == ("he", None) and kind in {"anonymous_public", "unnamed_source"}


def test_a_live_blogs_time_stamp_is_no_subject(nlp) -> None:
    # "14:52 – Harnlow's coach, Osric Pellow, rang us": the parser made the time the subject of
    # "rang", so "He said" and "he said" after it went to the referee named before
    text = ("14:40 – The referee, Caddon Wellock, says he will wait until three. “After that it is out of my hands,” he told us.\n\n"
            "14:52 – Harnlow’s head coach, Osric Pellow, rang us from the team bus, which is now on the road home. "
            "He said the club would ask for a replay. “Our players did nothing wrong except trust a satnav,” he said.")
    doc = nlp(text)
    assert any(sent.text.startswith("Harnlow’s head coach") for sent in doc.sents)
    assert _speakers(nlp, text)["Our players did nothing wrong except trust a satnav"][1] == "Osric Pellow"


@pytest.mark.parametrize(
    ("text", "starts", "not_starts"),
    [
        # the parser split "she felt the 13th | Amendment was …" and "Oswyn | Tredgold, 80, …"
        ("Okafor said she felt the 14th Amendment was worth a film.", [], ["Amendment", "was"]),
        ("Her verdict came fast. Brannock Tredgold, 81, read it twice.", ["Brannock"], ["Tredgold", ","]),
        ("@fenwick_dad posted on X: “Still no water.”", [], ["posted", ":"]),
        # a line's dateline before its dash and a live blog's time stamp may still be sentences
        ("SKELWICK – The pier reopened on Monday.\n\n19:41 The vote is in.", ["–", "The", "19:41", "The"], []),
        # but a time's "p.m." is not
        ("14:45 p.m. The vote is in.", [], ["p.m."]),
    ],
)
def test_no_sentence_starts_right_after_a_word_on_its_line(nlp, text: str, starts: list[str], not_starts: list[str]) -> None:
    from pipeline.extract.components import paragraph_starts

    doc = paragraph_starts(nlp.make_doc(text))
    for word in not_starts:
        assert doc[[t.text for t in doc].index(word)].is_sent_start is False, word
    tokens = [t.text for t in doc]
    seen: dict[str, int] = {}
    for word in starts:  # the n-th occurrence of a repeated word, in order
        i = [k for k, t in enumerate(tokens) if t == word][seen.get(word, 0)]
        seen[word] = seen.get(word, 0) + 1
        assert doc[i].is_sent_start is not False, word
    parsed = nlp(text)  # the parser keeps what the rule preset
    tokens = [t.text for t in parsed]
    assert all(parsed[tokens.index(word)].is_sent_start is False for word in not_starts)


def test_two_names_tagged_a_work_of_art_are_a_person_with_her_own_hand(nlp) -> None:
    from spacy.tokens import Span

    from pipeline.extract.components import _a_work_with_her_own

    doc = nlp("Tamsin Rowlatt still cannot grip a pen with her left hand.")  # the model tags a person here
    assert _a_work_with_her_own(Span(doc, 0, 2, label="WORK_OF_ART"))
    assert not _a_work_with_her_own(Span(doc, 0, 2, label="ORG"))  # an organisation's name is the model's to judge
    quoted = nlp("She has read “Tamsin Rowlatt” twice to her son.")
    start = [t.text for t in quoted].index("Tamsin")
    assert not _a_work_with_her_own(Span(quoted, start, start + 2, label="WORK_OF_ART"))  # a title in quotation marks


def test_a_display_name_no_model_tagged_gives_way_to_its_handle_in_brackets(nlp) -> None:
    text = ("Reaction online was mostly delighted.\n\n"
            "Bea the Baker (@bea_bakes) replied: “Forty years in a kitchen. I have burnt it every time.”")
    assert _speakers(nlp, text)["Forty years in a kitchen. I have burnt it every time."] == ("@bea_bakes", "@bea_bakes", "person")


def test_guard_a_tagged_name_before_its_handle_stays_the_speaker(nlp) -> None:
    # guard: a name the model tags is the speaker; the entity resolver links it to the handle
    text = "Ismenia Quarmby (@ismenia_q) replied: “I have burnt it every time.”"
    speaker_text, ref, kind = _speakers(nlp, text)["I have burnt it every time."]
    assert (speaker_text, ref, kind) == ("Ismenia Quarmby", "Ismenia Quarmby", "person")


def test_a_name_cut_at_its_particle_is_one_person(nlp) -> None:
    # the model tags "Ann van der" a person and "Tallowby" something else
    ents = [(e.text, e.label_) for e in nlp("Ann van der Tallowby said so on Monday.").ents]
    assert ("Ann van der Tallowby", "PERSON") in ents


def test_a_surname_with_its_particle_is_the_person_the_story_names_in_full(nlp) -> None:
    text = ("Honor Le Wellock, 61, sold the last loaf from the village bakery on Saturday.\n\n"
            "The parish council said it would give Le Wellock a bench by the green.\n\n"
            "Le Wellock means to spend the spring fishing.")
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Honor Le Wellock", "Le Wellock", "Le Wellock"]


def test_a_surname_with_its_particle_written_more_often_does_not_name_the_person(nlp) -> None:
    # "Le Wellock" holds a space but is a surname: the full name is the entity's name
    from tests.extract.test_entities import entity_of, resolve

    text = ("Honor Le Wellock, 61, sold the last loaf from the village bakery on Saturday. "
            "Le Wellock said the ovens were tired. Le Wellock said he was too.")
    _, entities, mentions = resolve(nlp, {"a": text})
    assert entity_of(entities, mentions, "a", "Le Wellock").name == "Honor Le Wellock"


def test_a_surnames_particle_says_nothing_of_sex(nlp) -> None:
    from pipeline.extract.cues import first_name_gender

    assert first_name_gender("Le") is None and first_name_gender("De") is None
    assert first_name_gender("Al") == "m"  # a first name too


def test_he_after_a_surname_a_wife_shares_is_her_husband(nlp) -> None:
    # only her first name has a known sex, so bare "Le Wellock" was taken for a woman and "he"
    # went to the handle quoted in the paragraph before
    text = ("Honor Le Wellock ran the village bakery for 30 years, the last ten with his wife, Ann Le Wellock.\n\n"
            "On Reddit, u/keelhaul_kit wrote: “Best sourdough in the county.”\n\n"
            "Le Wellock means to spend the spring fishing. “I will not miss the 4am starts,” he said.")
    assert _speakers(nlp, text)["I will not miss the 4am starts"][1] == "Le Wellock"


def test_a_handle_quoted_a_paragraph_before_is_not_the_next_paragraphs_he(nlp) -> None:
    text = ("Harold Pellow baked his last batch of pasties on Saturday.\n\n"
            "On Reddit, u/keelhaul_kit wrote: “Best pasties in the county.”\n\n"
            "Asked about his plans, the baker shrugged. “I will not miss the 4am starts,” he said.")
    assert _speakers(nlp, text)["I will not miss the 4am starts"][1] == "Harold Pellow"


def test_guard_a_handle_in_the_same_paragraph_is_its_he(nlp) -> None:
    text = ("Harold Pellow baked his last batch of pasties on Saturday.\n\n"
            "On Reddit, u/keelhaul_kit said he had bought a pasty every week. “He is the best of us,” he said.")
    assert _speakers(nlp, text)["He is the best of us"][1] == "u/keelhaul_kit"


def test_the_report_after_a_report_by_a_named_author_is_theirs(nlp) -> None:
    text = ("A report by the surveyor Ysolde Marrack, commissioned by the parish, found that the bell tower was unsafe.\n\n"
            "“The frame cannot be made safe by patching,” the report says.")
    found = _speakers(nlp, text)
    assert found["The frame cannot be made safe by patching"][1:] == ("Ysolde Marrack", "person")


def test_a_letter_with_no_one_named_at_it_is_the_person_the_story_is_about(nlp) -> None:
    text = ("Caddon Wellock, 82, wrote to the Harnlow Post Office in March asking for the box to be repainted.\n\n"
            "The letter said: “This box has been red for a hundred years and I should like it to die red.”")
    speaker_text, ref, kind = _speakers(nlp, text)["This box has been red for a hundred years and I should like it to die red."]
    assert (ref, kind) == ("Caddon Wellock", "person")


@pytest.mark.parametrize("document", ["A letter sent to parents last week", "The letter sent to families"])
def test_a_letter_sent_to_a_whole_group_is_the_organisation_s_in_focus(nlp, document) -> None:
    text = ("Wrenmoor Academy has banned footballs from its yard after a window was broken.\n\n"
            f"{document} said any ball brought in would be “kept in the office until the end of term”.")
    speaker_text, ref, kind = _speakers(nlp, text)["kept in the office until the end of term"]
    assert (ref, kind) == ("Wrenmoor Academy", "organization"), speaker_text


def test_a_letter_speaks_for_its_writer_who_is_no_vox_pop(nlp) -> None:
    from pipeline.extract.context_speakers import find_quotes

    text = ("Caddon Wellock, 82, wrote to the Harnlow Post Office in March asking for the box to be repainted.\n\n"
            "His letter said: “This box has been red for a hundred years and I should like it to die red.”")
    direct, _ = find_quotes(nlp(text))
    letter = next(a for a in direct if "die red" in text[a.start : a.end])
    assert text[letter.ref[0] : letter.ref[1]] == "Caddon Wellock" and not letter.public


def test_a_name_its_initials_define_is_one_organisation(nlp) -> None:
    # the model took "Harnlow Fire" for a person and left "Rescue Service" out
    text = "Harnlow Fire and Rescue Service (HFRS) said eleven crews had fought the blaze. The HFRS said the cause was unknown."
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("Harnlow Fire and Rescue Service", "ORG") in ents and ("HFRS", "ORG") in ents


def test_guard_a_persons_initials_in_brackets_leave_the_person(nlp) -> None:
    ents = [(e.text, e.label_) for e in nlp("Ann Lee (AL) said so.").ents]
    assert ("Ann Lee", "PERSON") in ents


def test_an_organisations_last_word_capitalised_after_the_is_that_organisation(nlp) -> None:
    from tests.extract.test_entities import entity_of, resolve

    text = "Members of the National Quilters League met on Monday. Later the League said no."
    _, entities, mentions = resolve(nlp, {"a": text})
    assert entity_of(entities, mentions, "a", "League").name == "National Quilters League"


def test_guard_a_word_two_organisations_end_in_is_left_alone(nlp) -> None:
    text = "The National Quilters League met on Monday. The Harnlow Darts League met on Tuesday. Later the League said no."
    assert "League" not in [e.text for e in nlp(text).ents]


def test_his_letter_is_a_mans_not_the_woman_named_last(nlp) -> None:
    text = ("Harold Pellow, 80, wrote to the council in May. His neighbour, Mrs Ann Quorndon, signed it too.\n\n"
            "His letter said: “The box has been red for a century.”")
    assert _speakers(nlp, text)["The box has been red for a century."][1] == "Harold Pellow"


def test_a_person_apposed_to_the_place_of_a_role_is_the_role(nlp) -> None:
    # the parser hangs "Wenna Skelwick" on "Harnlow", not on "mayor"
    text = "The mayor of Harnlow, Wenna Skelwick, said the council would turn the cottage into a “small museum”."
    assert _speakers(nlp, text)["small museum"][1:] == ("Wenna Skelwick", "person")


def test_a_person_apposed_after_a_relative_clause_on_the_place_of_a_role_is_the_role(nlp) -> None:
    # (found in the quote sets' speaker misses, not blind): the parser hangs the name on the
    # clause's last noun, "academy"
    text = ("The chief executive of Quennell Learning Trust, which runs the academy, Dr Cuthbert Mensah, said the "
            "change had been “the school's to make”.")
    assert _speakers(nlp, text)["the school's to make"][1:] == ("Cuthbert Mensah", "person")


def test_guard_a_name_inside_the_relative_clause_is_not_the_role(nlp) -> None:
    text = ("The chief executive of Quennell Learning Trust, which Ambrose Feltham founded, said the change had been "
            "“the school's to make”.")
    assert _speakers(nlp, text)["the school's to make"][1] != "Ambrose Feltham"


def test_a_headline_role_before_a_colon_and_its_quote_is_the_speaker_text(nlp) -> None:
    text = "Last ferryman leaves Harnlow quay: ‘The tide does not need me any more’\n\nThe body text follows here."
    assert _speakers_in_context(nlp, text)["The tide does not need me any more"][0] == "Last ferryman"


def test_a_headline_roles_possessive_after_its_quote_is_the_speaker_text(nlp) -> None:
    text = "‘Small is not the same as failing’: baker’s plea as Harnlow market closes\n\nThe body text follows here."
    assert _speakers_in_context(nlp, text)["Small is not the same as failing"][0] == "baker"


@pytest.mark.parametrize(("headline", "role"), [
    # (found on quote set AI after its blind run: the role was read only when a listed word for a person)
    ("Postmistress on parcel to Harnlow: “He paid in cash and said it was a present”", "Postmistress"),
    ("Former pupil on opened time capsule: “I wanted to be a dolphin”", "Former pupil"),
    ("Fete race chair on mystery winner: ‘Nobody entered it. Nobody bought it.’", "Fete race chair"),
    # (found in the quote sets' speaker misses, not blind: the role was read only before "on", and
    # a noun phrase the parser hung on the quote's verb was no role at all)
    ("Lockkeeper after flood repair: ‘The gates held, which is all I ever ask of them’", "Lockkeeper"),
    ("Chapel warden over roof appeal: “We have raised the slates, not the rafters”", "Chapel warden"),
    ("Priory rector: “The bell has a crack and so, frankly, do I”", "Priory rector"),
    ("Hamlet head: „We counted the votes twice and then the dog barked“", "Hamlet head"),
    ("Ploughman's son on hedge prize: 'My father cut that hedge for forty winters'", "Ploughman's son"),
])
def test_a_verbless_headline_s_opening_role_is_the_speaker_text(nlp, headline: str, role: str) -> None:
    # before its topic ("on", "after", "over") or right before its colon
    quote = headline.split(": ", 1)[1].strip("“”‘’„'")
    text = f"{headline}\n\nThe body text follows here."
    assert _speakers_in_context(nlp, text)[quote][0] == role


def test_a_headline_s_role_after_a_name_read_as_an_adjective_is_the_person_the_story_names(nlp) -> None:
    # (found in the quote sets' speaker misses, not blind: the tagger reads the app's name as an
    # adjective, and only a proper noun was taken for the organisation before the role)
    text = ("Moonfern founder: “We would rather close than sell your data”\n\n"
            "Odile Ferrandier, the founder of the dating app Moonfern, said on Friday that the company would pay for an audit.")
    doc = nlp(text)
    assert doc[0].pos_ == "ADJ"  # as the small model reads it
    assert _speakers_in_context(nlp, text)["We would rather close than sell your data"][:2] == ("Moonfern founder", "Odile Ferrandier")


def test_guard_a_name_read_as_an_adjective_before_a_thing_is_no_headline_speaker(nlp) -> None:
    text = "Lakemoor ferry vote: „Queasy“ wins by a landslide\n\nThe company that ordered the ferry is not sure it wants the name."
    doc = nlp(text)
    assert doc[0].pos_ == "ADJ"  # as the small model reads it
    assert "Queasy" not in _speakers_in_context(nlp, text)  # a name voted for, no one's words


@pytest.mark.parametrize("headline", [
    "Ban after crash on the bypass: “We were never asked about any of it. Not once.”",
    "Rates row: “We were never asked about any of it. Not once.”",
    "Tolliver's daughter on the fete: “We were never asked about any of it. Not once.”",
])
def test_guard_a_headline_thing_or_a_named_family_before_its_colon_is_no_role(nlp, headline: str) -> None:
    text = f"{headline}\n\nThe body text follows here."
    assert _speakers_in_context(nlp, text)["We were never asked about any of it. Not once."][0] is None


def test_guard_a_headline_thing_before_on_is_no_role(nlp) -> None:
    text = "Ban on parking near the school: “We were never asked about any of it. Not once.”\n\nThe body text follows here."
    assert _speakers_in_context(nlp, text)["We were never asked about any of it. Not once."][0] is None


def test_guard_a_headline_thing_after_its_quote_is_no_speaker(nlp) -> None:
    text = "‘We have sold our last cabbage here’: the day Harnlow market closed for good\n\nThe body text follows here."
    assert _speakers_in_context(nlp, text)["We have sold our last cabbage here"][0] is None


def test_a_first_name_tagged_organisation_is_a_person_once_its_full_name_is_one(nlp) -> None:
    # hand-built: the model tags the full name ORG, then evidence ("Mrs Skelwick") makes it a
    # person; the first name alone, tagged ORG too, follows it
    from spacy.tokens import Doc

    from pipeline.extract.components import LabelConsistency

    words = ["Dorinel", "Skelwick", "judged", ".", "Mrs", "Skelwick", "left", ".", "Dorinel", "left", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"])
    doc.ents = [doc.char_span(0, 16, label="ORG"), doc.char_span(26, 38, label="PERSON"), doc.char_span(46, 53, label="ORG")]
    out = LabelConsistency(frozenset({"judged", "left"}))(doc)
    assert ("Dorinel", "PERSON") in [(e.text, e.label_) for e in out.ents]


def test_the_organisers_are_the_organisation_the_story_names_most(nlp) -> None:
    text = ("The Harnlow Folk Festival was called off on Friday. Quorndon Events, which runs it, blamed the rain. "
            "Quorndon Events has run the festival since 2004.\n\n"
            "“Every ticket will be refunded,” the organisers said.")
    assert _speakers(nlp, text)["Every ticket will be refunded"][1:] == ("Quorndon Events", "organization")


@pytest.mark.parametrize("outlet", ["the Wendrich Lantern", "Corvid Press"])
def test_the_organisers_are_not_the_newspaper_the_story_quotes_to(nlp, outlet: str) -> None:
    # (quote sets G and Y: "told the Bote", "(Corvid Press)" were the organisers most named)
    text = (f"The Haselgau Classic ended in confusion. “We sent them the wrong way,” the marshal told {outlet}. "
            f"The rider also told {outlet} she was tired. {outlet[0].upper() + outlet[1:]} asked the Haselgau Cycling Club "
            "for comment.\n\n“Both riders will get a trophy,” the organisers said.")
    assert _speakers(nlp, text)["Both riders will get a trophy"][1].lower() == "the haselgau cycling club"


def test_a_headline_role_resolved_keeps_its_person_when_the_first_to_say_its_words_below_is_unnamed(nlp) -> None:
    # (found in the quote sets' speaker misses, not blind: a later quote by the winner that holds
    # the same words gave the headline his identity over the rival's)
    text = ("Champion grower loses rosette after rival says it was 'a different marrow'\n\n"
            "The show's winner was disqualified on Saturday after a rival entrant told the judge the champion was "
            "'a different marrow' from the one weighed in the morning.\n\n"
            "The rival, Ethelbert Snodgrove, 67, finished second. He said he had grown marrows for forty years.\n\n"
            "'It was the same marrow. I would know if it was a different marrow,' said Aldous Pettifer, 58, whose marrow won.")
    direct, _ = __import__("pipeline.extract.context_speakers", fromlist=["find_quotes"]).find_quotes(nlp(text))
    headline = min(direct, key=lambda a: a.start)
    assert text[headline.start : headline.end] == "a different marrow"
    assert text[headline.ref[0] : headline.ref[1]] == "Ethelbert Snodgrove"
