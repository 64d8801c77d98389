"""Names the small model misses or mislabels, found by what only a person fits (issue #4): a run
of capitalised words before ", who" or ", whose son", or speaking; a title cut to its consonants
("Cllr"); a woman's first name by its ending, for "he"/"she"; words of office the parser hung on
a name. Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.extract.cues import first_name_gender
from pipeline.extract.entities import clean_name
from pipeline.extract.quotes import find_quote_spans
from pipeline.extract.speakers import attribute_quotes


def _speakers(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """quoted words -> (speaker_text, the resolved mention's text) of each direct quote."""
    doc = nlp(text)
    out = {}
    for att in attribute_quotes(doc, find_quote_spans(text)):
        words = " … ".join(text[s:e] for s, e in att.parts)
        out[words] = (att.speaker_text, text[att.ref[0] : att.ref[1]] if att.ref else None)
    return out


def test_a_name_before_who_is_a_person_he_can_stand_for(nlp) -> None:
    # the model tags no entity in "Cllr Owain Blackwood", so "he" went to Oskar Brandl
    text = ("Oskar Brandl, the managing director of Fennick Buses, said the offer stood.\n\n"
            "Cllr Owain Blackwood, who chairs the county's transport committee, said he would write to both sides on Tuesday.\n\n"
            "‘Passengers are not pawns,’ he said.")
    doc = nlp(text)
    assert any(e.label_ == "PERSON" and e.text.endswith("Owain Blackwood") for e in doc.ents)
    assert _speakers(nlp, text)["Passengers are not pawns"][1].endswith("Owain Blackwood")


def test_a_name_before_whose_daughter_is_a_person(nlp) -> None:
    text = ("The recall covers 240,000 lamps.\n\n"
            "Caoimhe Dunleavy, whose six-year-old daughter has slept with one since she was a baby, "
            "found it hot to the touch in March.")
    assert ("Caoimhe Dunleavy", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("name, canonical", [
    ("Cllr Jerzy Wolanski", "Jerzy Wolanski"),
    ("Sgt Ada Price", "Ada Price"),  # a listed title
    ("Bdr Tom Lane", "Tom Lane"),  # any title cut to its consonants
    ("Lynn Parry", "Lynn Parry"),  # "y" counts as a vowel: a name
])
def test_a_title_cut_to_its_consonants_is_dropped_from_the_name(name, canonical) -> None:
    assert clean_name(name) == canonical


@pytest.mark.parametrize("first, sex", [
    ("Vorlacie", None), ("Rosina", "f"), ("Arabella", "f"), ("Odette", "f"), ("Belinda", "f"),
    ("Kathleen", "f"), ("Jorika", "f"), ("Wibrika", "f"),
    ("Luca", "m"),  # the list first
    ("Akira", None), ("Zembruta", None),  # a bare "-a" says nothing
    ("Leocadie", "f"), ("Mustafa", "m"),  # nomquamgender's table (world_names.py)
])
def test_a_womans_first_name_by_its_ending(first, sex) -> None:
    assert first_name_gender(first) == sex


@pytest.mark.parametrize("first, sex", [
    ("Swanhild", "f"), ("Hiltgund", "f"), ("Irmtrud", "f"), ("Eustacia", "f"),  # Germanic and Latin women's endings
    ("Eckbert", "m"), ("Hildebrand", "m"), ("Arnulf", "m"), ("Godric", "m"),  # and men's
    ("Cuthred", None), ("Sorley", None),  # "-red" is Winifred's too; no ending says anything
])
def test_a_first_name_no_table_holds_by_a_germanic_or_latin_ending(first, sex) -> None:
    assert first_name_gender(first) == sex


def test_monsieur_before_a_surname_is_a_man_where_the_article_writes_madame_too(nlp) -> None:
    from pipeline.extract.cues import mention_gender

    french = nlp("Mme Vaudrillac found the card. M. Vaudrillac took it to the town hall.")
    english = nlp("The card was signed M. Vaudrillac and posted in 1966.")
    assert [mention_gender(e) for e in french.ents] == ["f", "m"]
    # guard: without "Mme" or "Mlle" in the article, "M." may be an initial
    assert [(e.text, mention_gender(e)) for e in english.ents if e.label_ == "PERSON"] == [("M. Vaudrillac", None)]


@pytest.mark.parametrize("first, sex", [
    ("Genevieve", "f"), ("Cornelia", "f"), ("Gavin", "m"), ("Otis", "m"),  # the census tables
    ("Robin", None), ("Jean", None), ("Andrea", None), ("Nikita", None),  # either sex somewhere: the list's "u:"
    ("Charlie", "m"),  # the list wins over the census
])
def test_census_first_names_give_a_sex_the_list_overrides(first, sex) -> None:
    assert first_name_gender(first) == sex


def test_she_passes_over_a_first_name_alone_of_the_other_sex(nlp) -> None:
    # the only name before "she" is a man's first name alone, inside the quote: not her
    text = ("Quarmby Trust's director, Edwina Skelwick, gave evidence on Monday. The court heard Gavin Harnmoor "
            "had taken the money over six years.\n\n"
            "“Gavin sat in our meetings and ate our biscuits,” she said.")
    assert _speakers(nlp, text)["Gavin sat in our meetings and ate our biscuits"] == ("she", "Edwina Skelwick")


def test_he_passes_over_a_woman_known_by_her_names_ending(nlp) -> None:
    # a photo caption has no verb, so its person is no subject: "he" took the director
    text = ("The museum’s director, Professor Rosina Holloway, said the figures would travel in March.\n\n"
            "PHOTO: Ansel Kiprop, the museum’s senior conservator, in the packing room. “Each one gets its own crate,” he said.")
    assert _speakers(nlp, text)["Each one gets its own crate"] == ("he", "Ansel Kiprop")


def test_words_of_office_stay_in_the_speaker_text_and_out_of_the_name(nlp) -> None:
    text = "Chief Executive Jurgita Vaitkute said the firm would appeal. “We did nothing wrong,” Chief Executive Jurgita Vaitkute told reporters."
    doc = nlp(text)
    names = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert names and all(n == "Jurgita Vaitkute" for n in names), names
    assert _speakers(nlp, text)["We did nothing wrong"] == ("Chief Executive Jurgita Vaitkute", "Jurgita Vaitkute")


def test_a_named_speaker_is_the_subject_for_the_pronouns_after_it(nlp) -> None:
    # the parser hangs "its general secretary, Rosina Achebe," on "Bluesky", so she was no
    # subject and "she" went back to the port director; the quote before named her as its speaker
    text = ("Port director Marek Elwood said the offer stood.\n\n"
            "The Harbour Pilots' Guild replied within the hour. In a post on Bluesky, its general secretary, "
            "Rosina Achebe, wrote: \"Marek has our number. He's had it for six months.\"\n\n"
            "Speaking later at the dock, she said the guild would look at \"any offer made in writing\".")
    assert _speakers(nlp, text)["any offer made in writing"] == ("she", "Rosina Achebe")


@pytest.mark.parametrize("text", [
    # the union is the subject nearest before "the company"; it is no company
    ("Drivers at Fennick Buses will walk out on Thursday, the Bus Workers' Union has said.\n\n"
    "“Services will be cut by half,” the company said."),
    # nor are the towns the NER ran into one organisation
    ("Drivers at Fennick Buses will walk out on Thursday, the Bus Workers' Union has said.\n\n"
    "No buses will run between Cranmere, Dunholt and Fenby on either day, according to the company, which carries about 60,000 passengers on a weekday."),
])
def test_the_company_is_the_business_not_the_union(nlp, text) -> None:
    from pipeline.extract.stage import analyse_doc

    doc = nlp(text)
    found = analyse_doc(doc, "doc")
    quotes = [q for q in found.direct + found.indirect if q.speaker_text.lower() == "the company"]
    assert quotes and all(text[q.ref[0]:q.ref[1]] == "Fennick Buses" for q in quotes), [(q.speaker_text, q.ref) for q in quotes]


def test_the_company_is_the_one_the_article_introduced_as_a_company(nlp) -> None:
    # the nearest organisation before "The company" is the paper the manager spoke to
    from pipeline.extract.stage import analyse_doc

    text = ("The ferry company Quellfähre-Nord has brought back the harbour's old bell, a month after it was removed.\n\n"
            "“Nobody minded it at noon,” Ortrun Wiesecke, who runs the kiosk, told Kleinfeld Post.\n\n"
            "The company said in a statement that the bell would stay “as long as it is rung politely.”")
    found = analyse_doc(nlp(text), "doc")
    [att] = [a for a in found.direct if "rung politely" in text[a.start : a.end]]
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Quellfähre-Nord"


@pytest.mark.parametrize("text, words, speaker_text, who", [
    # a role before the colon of a headline's quote, named in the story below
    (("Toy shares slide as recall widens; chief executive: “We will pay for every one”\n\n"
     "Brindle Toys widened its recall on Thursday. Its chief executive, Odile Marchand, said the cost was not yet known."),
     "We will pay for every one", "chief executive", "Odile Marchand"),
    (("Ferry strike – minister: „We failed these passengers“\n\n"
     "The minister, Petra Norrstedt, told parliament the talks would resume."),
     "We failed these passengers", "minister", "Petra Norrstedt"),
    # a headline's inverted cue with a role: "says museum director"
    (("“They were never ours,” says museum director as figures go home\n\n"
     "The museum will return 37 figures. “Now they go home,” the museum’s director, Professor Ida Brandt, said."),
     "They were never ours", "museum director", "Ida Brandt"),
])
def test_a_headlines_role_is_the_person_the_story_names(nlp, text, words, speaker_text, who) -> None:
    assert _speakers(nlp, text)[words] == (speaker_text, who)


@pytest.mark.parametrize("handle", ["@railfan@toot.example.social", "ana-reads.bsky.social", "@ana.bsky.social", "@harbourlass",
                                    "u/quay_watcher"])
def test_a_handle_on_any_platform_speaks_and_is_the_public(nlp, handle) -> None:
    from pipeline.extract.reactions import is_public_reaction
    from pipeline.records import Quote

    text = f"Most replies were warm. “Took them long enough. Now fix the ferry,” wrote {handle}."
    assert (handle, "HANDLE") in [(e.text, e.label_) for e in nlp(text).ents]
    speaker_text, who = _speakers(nlp, text)["Took them long enough. Now fix the ferry"]
    assert speaker_text == who == handle
    quote = Quote("q1", "a1", "Took them long enough.", 0, 1, handle, handle, 0, 1, None, "person", "wrote", "direct")
    assert is_public_reaction(quote, protagonists=set())
    assert not is_public_reaction(quote, protagonists={("a1", handle)})  # the story's own subject posting is news


@pytest.mark.parametrize("text, words, who", [
    # a document's possessor, resolved as a speaker is
    (("The Harbour Museum will return 12 masks, its trustees announced.\n\n"
     "The museum’s own provenance review said the masks had been taken “without anyone’s consent.”"),
     "without anyone’s consent.", "The Harbour Museum"),
    # "the filing": the organisation in focus
    ("Brindle Toys Ltd widened its recall on Thursday.\n\nThe filing said costs “could exceed 9 million euros.”",
     "could exceed 9 million euros.", "Brindle Toys Ltd"),
])
def test_a_document_speaks_for_whoever_issued_it(nlp, text, words, who) -> None:
    speaker_text, resolved = _speakers(nlp, text)[words]
    assert resolved == who, (speaker_text, resolved)


def test_a_person_a_relative_clause_describes_is_a_subject_for_she(nlp) -> None:
    # the parser hangs "Demelza Lund" on the place before it, so she was no subject and "she"
    # went back to the grower named as a subject before her
    text = ("Ishbel Varley, whose 588kg entry drops to second place, said she was pleased.\n\n"
            "In Little Harwood, Demelza Lund, who runs the village shop, has been selling orange bunting. "
            "‘I’ve sold out twice,’ she said.")
    assert _speakers(nlp, text)["I’ve sold out twice"] == ("she", "Demelza Lund")


def test_a_relative_clause_after_of_describes_the_person_before(nlp) -> None:
    text = ("Detective Inspector Neil Ainsley of Wexby Police, who led the investigation, called the case shameful. "
            "\"He hid it in plain sight,\" he said.")
    assert _speakers(nlp, text)["He hid it in plain sight"][1] != "Wexby Police"


def test_a_passives_agent_is_no_subject_for_he(nlp) -> None:
    # the moderator speaks the question, but the sentence is about the one asked
    text = ("Ashok Verma was asked by Fox Business moderator Tiernan Oduya whether the plan would “cost too much.”\n\n"
            "But he had a slip. “The most important job I will ever have is being a parent,” he said.")
    assert _speakers(nlp, text)["The most important job I will ever have is being a parent"] == ("he", "Ashok Verma")


def test_a_press_conference_question_is_the_unnamed_questioners(nlp) -> None:
    from pipeline.extract.stage import analyse_doc

    text = ("Part of the exchange with reporters went like this:\n\n"
            "Q: \"Have you spoken to the union since Monday?\"\n\n"
            "Brandl: \"I've texted them. They haven't texted back.\"")
    first = analyse_doc(nlp(text), "doc").direct[0]
    assert (first.speaker_text, first.speaker_kind, first.cue) == ("Q", "unknown", ":")


def test_a_first_name_the_ner_left_out_joins_the_name(nlp) -> None:
    text = ("Passengers were split. Remedios Ahlberg, a nurse who had paid £46 for a taxi to her shift, "
            "said she was “with the drivers, mostly”.")
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert ("Ahlberg", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]  # the small model's
    assert ("Remedios Ahlberg", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]
    assert _speakers(nlp, text)["with the drivers, mostly"] == ("Remedios Ahlberg", "Remedios Ahlberg")


def test_a_rank_before_a_name_stays_out_of_it(nlp) -> None:
    text = "Chief Inspector Morten Walsh said the painting had been found. “We have a name,” he said."
    assert all(not e.text.startswith(("Chief", "Inspector")) for e in nlp(text).ents if e.label_ == "PERSON")


@pytest.mark.parametrize("text, name", [
    ("House Majority Leader Kevan Dorsett said the bill would pass.", "Leader"),
])
def test_an_english_word_before_a_name_stays_out_of_it(nlp, text, name) -> None:
    assert all(not e.text.startswith(name) for e in nlp(text).ents), [(e.text, e.label_) for e in nlp(text).ents]


def test_a_missed_name_that_no_first_name_opens_is_an_organisation(nlp) -> None:
    text = "Western Journalism reported on Saturday that the mayor was considering a run."
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("Western Journalism", "PERSON") not in ents


@pytest.mark.parametrize("text, words, speaker_text", [
    ("On Bluesky, growers celebrated. “JUSTICE FOR THE GROWERS,” posted veg-fan.bsky.social.", "JUSTICE FOR THE GROWERS", "veg-fan.bsky.social"),
])
def test_words_in_capitals_handed_to_a_cue_are_said_not_a_title(nlp, text, words, speaker_text) -> None:
    assert _speakers(nlp, text)[words][0] == speaker_text


def test_a_title_handed_to_a_cue_stays_a_title(nlp) -> None:
    text = "She spent the morning on “The Daily Round,” said a producer who asked not to be named."
    assert "The Daily Round" not in _speakers(nlp, text)


def test_a_plural_word_before_a_name_stays_out_of_it(nlp) -> None:
    text = "Celebrities Julianne Moore, Kerry Washington and Amy Schumer signed the letter on Friday."
    assert all(not e.text.startswith("Celebrities") for e in nlp(text).ents)


def test_a_participle_in_the_cues_phrase_is_not_the_cue(nlp) -> None:
    # "posted" hangs on "video": the cue is "said", the speaker its subject
    text = ("Brindle Toys Ltd said it was “deeply sorry.” Its chief executive, Odile Marchand, said in a video "
            "posted on the company’s website: “A child’s bedroom should be the safest place in the world.”")
    assert _speakers(nlp, text)["A child’s bedroom should be the safest place in the world."] == ("Odile Marchand", "Odile Marchand")


def test_a_message_read_out_is_its_senders(nlp) -> None:
    text = "She then read a message from her predecessor, Sir Ambrose Pryor: ‘Forgive us for being slow.’"
    assert _speakers(nlp, text)["Forgive us for being slow."][1] == "Ambrose Pryor"


def test_a_second_partial_after_and_that_takes_the_same_cue(nlp) -> None:
    # up from the second quote, the walk passes through the first quote's verb ("pay")
    text = "Odile Marchand told analysts that the company would “pay for every one” and that the recall had been “a decision of conscience”."
    found = _speakers(nlp, text)
    assert found["pay for every one"][0] == found["a decision of conscience"][0] == "Odile Marchand"


def test_a_place_read_as_a_verb_does_not_stop_the_cue_search(nlp) -> None:
    # the small model tagged "Tulsa" VB after a quote on PolNeAR dev, and the search for the cue
    # after the quote stopped at it, as at the verb of another clause; a parse built with that
    # tag reproduces it whatever the model does with our sentence
    from spacy.tokens import Doc

    from pipeline.extract.cues import DocIndex, find_cue_after

    words = ["“", "We", "will", "win", ",", "”", "Tulsa", "police", "Chief", "Dale", "Harmon", "said", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, True, False, False]
    tags = ["``", "PRP", "MD", "VB", ",", "''", "VB", "NN", "NNP", "NNP", "NNP", "VBD", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [3, 3, 3, 11, 3, 3, 11, 8, 6, 10, 8, 11, 11]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "dep", "compound", "dobj", "compound", "appos", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps)
    idx = DocIndex(doc, find_quote_spans(doc.text))
    cue = find_cue_after(idx, 5)
    assert cue is not None and cue.text == "said"


def test_a_round_up_of_voices_in_bullets(nlp) -> None:
    text = ("We asked swimmers at the pier what they made of it:\n\n"
            "• Agnes Pell, 45: “I’m keeping the medal anyway.”\n\n"
            "• Witold Rudd, 29, who swam his first mile: “Honestly, I’m relieved.”\n\n"
            "• One swimmer, still in her wetsuit: “Every club in the county is laughing at us.”\n\n"
            "Agnes Pell, however, said later: “We will be back.”")
    found = _speakers(nlp, text)
    assert found["I’m keeping the medal anyway."] == ("Agnes Pell", "Agnes Pell")
    assert found["Honestly, I’m relieved."] == ("Witold Rudd", "Witold Rudd")
    assert found["Every club in the county is laughing at us."][0] == "One swimmer"
    assert found["We will be back."][0] == "Agnes Pell"  # "said" is the cue there, through the usual search


def test_a_titled_surname_the_ner_missed_is_the_full_name_tagged_before(nlp) -> None:
    # the small model left a titled surname untagged in set H; here its tag is taken away
    from pipeline.extract.cues import DocIndex
    from pipeline.extract.speaker_phrase import tagged_elsewhere

    text = ("The race director, Ailsa Penhallow, said a cone had been moved.\n\n"
            "Ms Penhallow said every finisher would be offered a free place next year.")
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.text != "Ms Penhallow"]
    idx = DocIndex(doc, find_quote_spans(text))
    ms = next(t for t in doc if t.text == "Ms")
    found = tagged_elsewhere(idx, doc[ms.i + 1], doc[ms.i : ms.i + 2])
    assert found is not None and found.text == "Ailsa Penhallow"


def test_a_headlines_lone_title_as_subject_is_whom_the_story_names(nlp) -> None:
    text = ("Sheriff tells Farcombe: “Do not wait for a knock on the door”\n\n"
            "“If you are in the red zone, go now,” Sheriff Orrin Blackstock said at a briefing.")
    assert _speakers(nlp, text)["Do not wait for a knock on the door"] == ("Sheriff", "Orrin Blackstock")


def test_a_full_name_the_model_missed_is_found_from_a_titled_surname(nlp) -> None:
    # the model tags no part of "Yewande Brannagh"; "Ms Brannagh, 41," says Brannagh is a person
    text = ("The first count put Labour’s Yewande Brannagh just nine votes ahead of the Liberal Democrats.\n\n"
            "Ms Brannagh, 41, a former paramedic, said she was “ready for a long night”.")
    assert ("Yewande Brannagh", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_title_of_office_opening_a_name_the_model_called_an_organisation_makes_it_a_person(nlp) -> None:
    text = "Ms Harkin sat on the board of the tram company for four years, said Councillor Lubna Pellow."
    assert ("Councillor Lubna Pellow", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_an_organisation_named_after_an_office_stays_an_organisation(nlp) -> None:
    # guard (passes before and after): "… Department" ends an organisation's name
    text = "The Sheriff Patrol Department said the road would reopen."
    assert all(e.label_ != "PERSON" for e in nlp(text).ents)


def test_a_surname_the_votes_make_a_person_takes_in_the_first_name_before_it(nlp, before_consistency) -> None:
    # on a held-out text the small model tagged the surname alone, twice, as a place; here that
    # tagging is set by hand after the real parse, and the real component decides
    from spacy.tokens import Span

    text = ("The student who wrote the flight software, Kwesi Mweru, had spent 60 hours on it.\n\n"
            "“I was sure I had killed it,” Mweru, 24, told reporters.")
    doc = before_consistency(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Mweru"]
    doc = nlp.get_pipe("newsreact_label_consistency")(doc)
    assert ("Kwesi Mweru", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_with_a_mother_is_a_person_and_so_is_her_full_name(nlp, before_consistency) -> None:
    # on a held-out text the small model tagged a girl's first name as a place; here that tagging
    # is set by hand after the real parse, and the real component decides by "’s mother"
    from spacy.tokens import Span

    text = ("When Morwen Quillet heard a faint chirp on Sunday, she assumed it was the radiator.\n\n"
            "Morwen’s mother, Kensa Quillet, said her daughter had barely slept.\n\n"
            "Asked what she would photograph, Morwen did not hesitate.")
    doc = before_consistency(text)
    first = [t.i for t in doc if t.text == "Morwen"]
    doc.ents = [Span(doc, first[0], first[0] + 2, label="GPE")] + [Span(doc, i, i + 1, label="GPE") for i in first[1:]]
    doc = nlp.get_pipe("newsreact_label_consistency")(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.text.startswith("Morwen")] == [
        ("Morwen Quillet", "PERSON"), ("Morwen", "PERSON"), ("Morwen", "PERSON")]


def test_a_first_name_made_a_person_joins_the_surname_right_after_it(nlp, before_consistency) -> None:
    # the tagging of a PolNeAR text ("German" ORG beside "Ortega"), set by hand after the real parse
    from spacy.tokens import Span

    text = "“It is satire,” said Freddie Pardoe, Ansel’s brother.\n\nAnsel Pardoe says the play will tour in May."
    doc = before_consistency(text)
    ansel = [t.i for t in doc if t.text == "Ansel"]
    doc.ents = [Span(doc, ansel[0], ansel[0] + 1, label="ORG"), Span(doc, ansel[1], ansel[1] + 1, label="ORG"),
                Span(doc, ansel[1] + 1, ansel[1] + 2, label="PERSON")]
    doc = nlp.get_pipe("newsreact_label_consistency")(doc)
    assert ("Ansel Pardoe", "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("first, last", [("Femi", "Tamblyn"), ("Solveig", "Pellow")])
def test_a_two_word_name_whose_surname_speaks_alone_is_a_person(nlp, first: str, last: str) -> None:
    # the model tags neither "Femi Tamblyn" line; "Tamblyn said" says the run is a person
    text = (f"{first} {last} wins Carrow by nine votes\n\n{first} {last} was declared Carrow's first elected mayor "
            f"at 7 a.m. on Friday.\n\n“I did not know the night would include breakfast,” {last} said in her victory speech.")
    assert f"{first} {last}" in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    said = {words.rstrip(","): who for words, who in _speakers(nlp, text).items()}
    assert said["I did not know the night would include breakfast"][1] == last


@pytest.mark.parametrize("first, last", [("Femi", "Tamblyn"), ("Solveig", "Pellow")])
def test_a_two_word_name_beside_a_role_is_a_person(nlp, first: str, last: str) -> None:
    text = f"{first} {last}, the airline's chief executive, apologised again at a press conference at the airport."
    assert f"{first} {last}" in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]



@pytest.mark.parametrize("written", ["Supt Ada Lowrie", "Insp. Ada Lowrie", "Det Ada Lowrie"])
def test_an_abbreviated_title_is_not_part_of_the_canonical_name(written: str) -> None:
    assert clean_name(written) == "Ada Lowrie"


@pytest.mark.parametrize("text, name", [
    ("Elroy Harnmoor said the roof had gone in seconds.", "Elroy Harnmoor"),
    (("On Cedar Street, Elroy Quarmby and his neighbor Thurman Skelwick spent the morning dragging a sofa "
      "out of what used to be Quarmby’s living room."), "Quarmby"),
])
def test_a_first_name_of_one_sex_before_a_surname_makes_a_person(nlp, text, name) -> None:
    # the small model tags "Elroy Harnmoor" ORG: a first name no English word, then a surname
    assert (name, "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, evidence", [
    ("Elroy Harnmoor said it.", True),
    ("Grant Harnmoor said it.", False),  # "grant" is an English word
    ("Elroy Street said it.", False),  # "street": a place's head word
    ("Anne-Marie Guillerm said it.", True),  # a first name of two, joined by a hyphen
    ("Anne-Grant Harnmoor said it.", False),  # "Grant" no first name here: an English word
    ("Saint-Marie Harnmoor said it.", False),  # "Saint" no first name
])
def test_first_and_last_name_evidence(nlp, text, evidence) -> None:
    from spacy.tokens import Span

    from pipeline.extract.components import _first_and_last_name, dictionary_words

    doc = nlp.make_doc(text)
    end = next(t.i for t in doc if t.text == "said")
    assert _first_and_last_name(Span(doc, 0, end, label="ORG"), dictionary_words(nlp)) is evidence


def test_a_hyphenated_first_name_before_a_surname_makes_a_person(nlp) -> None:
    # the small model tags "Anne-Marie Guillerm" ORG
    text = "Her customer, Anne-Marie Guillerm, said: «I only came for bread.»"
    assert ("Anne-Marie Guillerm", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_first_name_alone_the_model_took_for_an_organisation(nlp) -> None:
    # "Tegwyn" alone is tagged ORG: no English word, no word of an organisation's name here, and
    # the first word of the article's one full name that starts with it
    text = "Mr Tegwyn Harnmoor, 15, said the marks had been changed. Tegwyn kept a copy of every draft."
    assert [(e.text, e.label_) for e in nlp(text).ents if "Tegwyn" in e.text] == [("Tegwyn Harnmoor", "PERSON"), ("Tegwyn", "PERSON")]


@pytest.mark.parametrize("surname", ["Harnmoor", "Vellbrook"])
def test_a_surname_after_mr_the_model_left_untagged_is_a_person(nlp, surname) -> None:
    text = f"“Permission was for the top field. Not that one,” Mr {surname} said outside the hall."
    assert [(e.text, e.label_) for e in nlp(text).ents] == [(surname, "PERSON")]
    assert _speakers(nlp, text)["Permission was for the top field. Not that one"] == (f"Mr {surname}", surname)


def test_a_name_after_an_opening_role_word_the_model_left_untagged(nlp) -> None:
    # "Skipper Veit Quarmby, who …": the model tags nothing; the role word is no first name, the
    # word after it is
    text = ("The board chose another name.\n\nSkipper Veit Quarmby, who will command the new ferry, is openly relieved. "
            "“It was a terrible word for a boat,” he said.")
    assert [(e.text, e.label_) for e in nlp(text).ents] == [("Veit Quarmby", "PERSON")]
    assert _speakers(nlp, text)["It was a terrible word for a boat"] == ("he", "Veit Quarmby")


@pytest.mark.parametrize(("name", "sex"), [("Hywel", "m"), ("Wendelin", "m"), ("Fionnuala", "f"), ("Bronwen", "f"), ("Dafydd", "m")])
def test_first_names_of_other_countries_have_their_sex(name: str, sex: str) -> None:
    # none is in the US census tables or first_names.txt: nomquamgender's table (world_names.py)
    assert first_name_gender(name) == sex


@pytest.mark.parametrize("word", ["said", "Said", "thanks", "harbour"])
def test_a_word_of_the_language_is_no_first_name_whatever_the_table_counts(word: str) -> None:
    # the name table counts "said" as a man's name 28 sources over; the model's word list removes it
    assert first_name_gender(word) is None


def test_a_first_name_of_another_country_makes_the_person_a_pronoun_stands_for(nlp) -> None:
    # the small model read the name as a nationality; the first name says a person, so "she" is her
    text = ("Oskar Brandl, who runs the ferry, said the timetable would stay.\n\n"
            "The petition was started by Fionnuala Drennick, who lives on the quay. “Nobody asked the island,” she said.")
    assert _speakers(nlp, text)["Nobody asked the island"][1] == "Fionnuala Drennick"


def test_a_titled_surname_is_the_one_of_its_sex_a_first_name_of_another_country_says() -> None:
    # two Pellowes named in one sentence; without the first names' sex, "Mr Pellowes" was no one
    from pipeline.config import load_params
    from pipeline.runner import extract_texts

    text = ("Café owners keep the oven going\n\nGwenllian Pellowes, 52, and Dafydd Pellowes, 49, have run the Harbour Café "
            "together since 1998. The oven came with the building.\n\n‘It is older than both of us,’ said Mr Pellowes.")
    found = extract_texts(load_params(), {"file:///cafe/articles/a.txt": text})
    names = {e.entity_id: e.name for e in found.entities}
    assert [(q.speaker_text, names.get(q.speaker_entity_id)) for q in found.quotes] == [("Mr Pellowes", "Dafydd Pellowes")]


def test_a_name_a_known_first_name_opens_before_whose_is_a_person(nlp) -> None:
    # the model tags nothing; ", whose" after a first name says a person (held-out quote set H)
    text = ("The fire started on Sunday.\n\n"
            "Delphine Thornbury, whose call was the first report of the fire, has moved her four horses into the rodeo stalls.")
    assert ("Delphine Thornbury", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_guard_a_firm_before_whose_is_no_person(nlp) -> None:
    # guard, passing with the rule or without it: with no known first name opening it,
    # ", whose" says nothing of a person, so the rule must leave the firm alone
    text = "The fire started on Sunday.\n\nHarnwick Haulage, whose lorries carried the hay, has lent its yard to the rodeo."
    assert not any(e.label_ == "PERSON" and "Harnwick" in e.text for e in nlp(text).ents)


def test_a_first_name_the_model_reads_as_a_people_opens_the_name_a_who_clause_makes_a_person(nlp) -> None:
    # "Rhydian" tagged NORP and "Ambledale" nothing: _names_missed saw a lone surname
    text = ("The quiz league said on Monday it had received a complaint. The objection came from "
            "Rhydian Ambledale, who captains the Quizzical Owls.")
    assert [(e.text, e.label_) for e in nlp(text).ents if "Ambledale" in e.text or "Rhydian" in e.text] == [
        ("Rhydian Ambledale", "PERSON")]

