"""What a speaker is, read from the document when the small model gets it wrong (issue #4): a
name the document also calls "the <noun>" it ends in is that body, not a person; "the institute"
is the Institute for … the story named; an unnamed "he" or "she" stands for the indefinite
someone a "who" clause described in the sentence before; "his wife," says who "she" can be; a
headline's "Pellmark boss" is the person the story ties to Pellmark; where someone lives, their
family or "retired" make them a member of the public. Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes import find_quote_spans
from pipeline.extract.speakers import attribute_quotes


def _speakers(nlp, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """quoted words -> (speaker_text, the resolved mention's text, speaker_kind) of each direct quote."""
    out = {}
    for att in attribute_quotes(nlp(text), find_quote_spans(text)):
        words = " … ".join(text[s:e] for s, e in att.parts)
        out[words] = (att.speaker_text, text[att.ref[0] : att.ref[1]] if att.ref else None, att.speaker_kind)
    return out


OBSERVATORY = ("Dunmere Observatory said the telescope would reopen. The observatory said repairs took a week.\n\n"
               "“We are counting the days,” the observatory said.")


def test_a_name_the_document_also_calls_the_noun_it_ends_in_is_that_body(nlp) -> None:
    # the model tags "Dunmere Observatory" PERSON; "the observatory" says what it is
    assert ("Dunmere Observatory", "ORG") in [(e.text, e.label_) for e in nlp(OBSERVATORY).ents]
    assert _speakers(nlp, OBSERVATORY)["We are counting the days"] == ("the observatory", "Dunmere Observatory", "organization")


def test_a_person_whose_surname_is_also_a_noun_of_the_story_stays_a_person(nlp) -> None:
    # guard (passes before and after): a known first name opens the name
    text = "Ann Baker opened her shop at dawn. The baker said trade was slow."
    assert ("Ann Baker", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_the_institute_is_the_institute_for_what_the_story_named(nlp) -> None:
    text = ("Researchers at the Skerrow Institute for Marine Science counted 212 seals on the sandbank in June.\n\n"
            "“It is the highest count since records began,” the institute said.")
    assert _speakers(nlp, text)["It is the highest count since records began"][1].endswith("Skerrow Institute for Marine Science")


def test_a_company_form_after_the_noun_does_not_hide_it(nlp) -> None:
    text = ("Pellow Dairies Ltd recalled 4,000 tubs of yoghurt on Monday.\n\n"
            "“We are sorry for the worry this has caused,” the dairy said.")
    assert _speakers(nlp, text)["We are sorry for the worry this has caused"][1] == "Pellow Dairies Ltd"


def test_he_after_someone_a_who_clause_described_is_that_unnamed_someone(nlp) -> None:
    # no list holds "deckhand"; the "who" clause (which the parser hangs on the ferry service) says it is someone
    text = ("Talia Igwe, the ferry company's director, said crossings would resume. A deckhand from the "
            "Lower Quay Ferry Service, who had worked three double shifts, was less sure. "
            "‘The engines are older than I am,’ he said.")
    assert _speakers(nlp, text)["The engines are older than I am"] == ("he", None, "unnamed_source")


def test_he_after_another_set_beside_a_description_is_that_someone(nlp) -> None:
    text = ("Talia Igwe, the ferry company's director, said crossings would resume. Another, a retired bus "
            "driver in a yellow jacket, has crossed the river every day since 1981. \"I have seen worse storms,\" he said.")
    speaker_text, ref, kind = _speakers(nlp, text)["I have seen worse storms"]
    assert (speaker_text, ref) == ("he", None) and kind in {"anonymous_public", "unnamed_source"}


def test_he_passes_over_a_woman_the_story_calls_his_wife(nlp) -> None:
    # neither first name is in first_names.txt: "His wife," is what says Corinna is a woman
    text = ("Bartley Penhallow, 61, found the ticket in a coat pocket. His wife, Corinna Penhallow, checked the numbers.\n\n"
            "“I could not believe it,” he said.")
    assert _speakers(nlp, text)["I could not believe it"][1] == "Bartley Penhallow"


def test_a_headlines_role_with_a_name_is_the_person_the_story_ties_to_that_name(nlp) -> None:
    text = ("‘We got the timing wrong,’ says Pellmark boss as refund queue grows\n\n"
            "Ada Quist, the chief executive of Pellmark, apologised to customers on Monday.\n\n"
            "Jon Vere, a customer from Leeds, said he had waited nine days.")
    assert _speakers(nlp, text)["We got the timing wrong"][1] == "Ada Quist"


def test_a_headlines_role_with_a_name_no_one_below_is_tied_to_stays_unresolved(nlp) -> None:
    # guard (passes before and after): no sentence below holds "Pellmark" beside a person's name
    text = ("‘We got the timing wrong,’ says Pellmark boss as refund queue grows\n\n"
            "Jon Vere, a customer from Leeds, said he had waited nine days.")
    assert _speakers(nlp, text)["We got the timing wrong"][1] is None


VOX = ("The council closed Pilchard Row for resurfacing on Monday.\n\n"
       "{who} said the works had gone on for weeks. “We cannot even get the car out,” {pronoun} said.")


@pytest.mark.parametrize("who, pronoun", [
    ("Orla Fenwright, who lives on Pilchard Row,", "she"),
    ("Orla Fenwright, a retired postwoman,", "she"),
    ("Orla Fenwright, whose son walks to school along the row,", "she"),
])
def test_a_person_introduced_by_where_they_live_or_their_family_is_the_public(analyse, who: str, pronoun: str) -> None:
    # no age and no listed noun for ordinary people: the clause or "retired" says it is a vox pop
    [att] = analyse(VOX.format(who=who, pronoun=pronoun)).direct
    assert att.public


def test_a_titled_person_who_lives_on_the_street_is_not_the_public(analyse) -> None:
    # guard (passes before and after): a title says they speak for an office
    [att] = analyse(VOX.format(who="Councillor Orla Fenwright, who lives on Pilchard Row,", pronoun="she")).direct
    assert not att.public


def test_a_headlines_role_is_not_someone_a_clause_about_another_subject_names(nlp) -> None:
    # "Pendlebrook" is in the first clause, whose subject is the council, not its leader
    text = ("‘The nights are the worst,’ says Pendlebrook pensioner as heat record falls\n\n"
            "Pendlebrook Council kept three libraries open overnight, and its leader, Cllr Ros Quennell, said a fourth would open.\n\n"
            "Among the visitors was Edna Pilbeam, 82, who lives alone.")
    assert _speakers(nlp, text)["The nights are the worst"][1] != "Cllr Ros Quennell"


def test_a_word_for_what_someone_does_opening_their_name_is_not_part_of_it(nlp) -> None:
    # the NER misses the name; the run before ", 58," took the sentence's first word in with it
    text = "The ferry ran late again.\n\nFerryman Tomos Gwilt, 58, said the crossing was rough."
    people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert "Tomos Gwilt" in people and not any(p.startswith("Ferryman") for p in people)


@pytest.mark.parametrize("text", ["Comedian Clothwen Brisbourne apologized on Monday for a joke about nurses.",
                                  "Librarian Arabella Pellingham said the branch would reopen."])
def test_a_word_for_a_trade_ending_in_ian_is_not_part_of_the_name(nlp, text: str) -> None:
    people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert people and not any(p.split()[0].endswith("ian") for p in people)


def test_a_handle_set_beside_a_description_is_the_speaker_text(nlp) -> None:
    # as a name set beside a description is ("The union's leader, Maria Lopez, said")
    text = ("On X, commuters were split. Another user, @pilchard_pete, replied: \"The trams were late long before the strike.\"")
    assert _speakers(nlp, text)["The trams were late long before the strike."][0] == "@pilchard_pete"


def test_as_someone_put_it_after_the_words_is_their_cue(nlp) -> None:
    text = "The council had asked the Pendle Academy chess club to enter the tournament – ‘a long shot’, as their coach put it."
    assert _speakers(nlp, text)["a long shot"][0] == "their coach"


def test_an_organisation_beside_a_spokesman_for_it_is_not_the_speakers_name(nlp) -> None:
    # the parser hangs "the Harbour Drivers Association" on "spokesman"; it names the union
    text = "A spokesman for the drivers' union, the Harbour Drivers Association, said the report \"proves what our members have said for years\"."
    assert _speakers(nlp, text)["proves what our members have said for years"] == ("A spokesman for the drivers' union", None, "unnamed_source")


def test_a_first_name_before_an_initial_is_not_cut_as_a_role(nlp, before_consistency) -> None:
    # "Hunter" has an agent's ending, but an initial follows: a first name (the older rule cut it)
    from spacy.tokens import Span

    text = "The ferry was late again.\n\nHunter S. Tolley agreed."
    doc = before_consistency(text)
    start = next(t.i for t in doc if t.text == "Hunter")
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    doc = nlp.get_pipe("newsreact_label_consistency")(doc)
    assert "Hunter S. Tolley" in [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("who, kind", [
    ("Someone who was in the players' room", "unnamed_source"),
    ("Someone on the forum", "anonymous_public"),
])
def test_someone_described_by_where_they_were_is_a_source_not_the_public(nlp, who: str, kind: str) -> None:
    text = f"{who} said: “The request upset the team.”"
    assert _speakers(nlp, text)["The request upset the team."][2] == kind


def test_a_handle_the_tagger_read_as_punctuation_speaks_through_its_cue(nlp) -> None:
    text = ('Some investors were unimpressed.\n\n'
            '@pilchard_pete posted on X: "Nobody wins a price war except the freezer sellers."')
    assert _speakers(nlp, text)["Nobody wins a price war except the freezer sellers."][:2] == ("@pilchard_pete", "@pilchard_pete")


@pytest.mark.parametrize("who, speaker_text", [
    ("Two people who were at the meeting", "Two people who were at the meeting"),
    ("Two officials, who spoke on condition of anonymity,", "Two officials"),  # guard: a comma sets the clause off
])
def test_a_restrictive_relative_clause_is_part_of_an_unnamed_speakers_phrase(nlp, who: str, speaker_text: str) -> None:
    text = f"{who} said: “The vote was never close.”"
    assert _speakers(nlp, text)["The vote was never close."][0] == speaker_text


@pytest.mark.parametrize("name", ["Fennick", "Halloran"])  # tagged PERSON and GPE by the small model
def test_a_one_word_name_with_shares_and_a_chief_executive_is_a_company(nlp, name: str) -> None:
    text = (f"{name} cuts milk prices again\n\n{name} cut the price of a litre of milk to 59 cents on Monday. "
            f"“We will not be undersold,” {name}'s chief executive, Dan Marrable, told reporters.\n\n"
            f"A {name} store manager said shelves were full. Shares in {name} fell 3%.")
    assert {e.label_ for e in nlp(text).ents if e.text == name} == {"ORG"}


def test_a_titled_one_word_name_with_shares_stays_a_person(nlp) -> None:
    # guard (passes before and after): "Ms Fennick" is a person, whatever she holds
    text = "Ms Fennick sold her shares last year. Fennick shares were worth little, she said."
    assert {e.label_ for e in nlp(text).ents if e.text.endswith("Fennick")} == {"PERSON"}


@pytest.mark.parametrize("role", ["Farmer", "Shopkeeper", "Pensioner", "Florist"])
def test_a_role_word_opening_the_sentence_is_not_part_of_the_speaker_text(nlp, role: str) -> None:
    # the model tags the name alone; the parser hangs the capitalised role word on it
    text = f"The ferry has not sailed for four days.\n\n{role} Ena Tolland said: “The shelves are empty.”"
    assert _speakers(nlp, text)["The shelves are empty."][:2] == ("Ena Tolland", "Ena Tolland")


def test_a_name_inside_the_quote_is_not_whom_she_stands_for(nlp) -> None:
    text = ("His wife, Ailsa, and their daughter, Saffron, 19, flew out on Monday. Ailsa said the family had loved it.\n\n"
            "“Saffron learned French faster than any of us. She is staying,” she said.")
    said = {words.rstrip(","): who for words, who in _speakers(nlp, text).items()}
    assert said["Saffron learned French faster than any of us. She is staying"][1] == "Ailsa"


def test_the_club_is_the_club_the_story_names_most(nlp) -> None:
    # two clubs; "FC Ostrel" opens with FC and is named three times, the opponent once
    text = ("FC Ostrel sacked its coach on Sunday after a 4-0 defeat to Pellbridge Rovers. Ostrel had won once since "
            "August, and Ostrel fans had called for change.\n\n"
            "The club said in a statement that it had taken the decision “with a heavy heart”.")
    assert _speakers(nlp, text)["with a heavy heart"][1:] == ("FC Ostrel", "organization")


def test_the_club_between_two_clubs_named_as_often_is_unresolved(nlp) -> None:
    # guard (passes before and after): nothing says which club speaks
    text = ("Harrow Rovers beat Pellbridge Rovers 2-1 on Sunday.\n\n"
            "The club said in a statement that it was “delighted”.")
    assert _speakers(nlp, text)["delighted"][1] is None


@pytest.mark.parametrize("headline", ["Sacked boss Lowrie: “I found out from a text”", "Tearful coach Lowrie: “I found out from a text”"])
def test_a_headline_role_before_a_surname_and_a_colon_is_that_person(nlp, headline: str) -> None:
    text = f"{headline}\n\nDan Lowrie was sacked by Pellbridge Rovers on Sunday after two years in charge."
    assert _speakers(nlp, text)["I found out from a text"][:2] == ("Lowrie", "Lowrie")


def test_a_handle_read_as_punctuation_before_posted_is_the_speaker(nlp) -> None:
    text = ("The meeting was calm.\n\n"
            "@carrow_dad posted on X: 'Went to the meeting expecting a riot. Left thinking the head has a point.'")
    assert _speakers(nlp, text)["Went to the meeting expecting a riot. Left thinking the head has a point."][:2] == (
        "@carrow_dad", "@carrow_dad")


def test_it_after_the_club_said_is_that_club_not_the_last_organisation_named(nlp) -> None:
    # "It" went to the nearest organisation subject, Harrow Rovers; the club before it is unresolved
    text = ("Harrow Rovers beat Pellbridge Rovers 2-1 on Sunday.\n\n"
            "The club said in a statement that it was “delighted”. It said it would “keep building”.")
    assert _speakers(nlp, text)["keep building"][1:] == (None, "organization")


def test_an_answer_label_after_a_question_label_is_the_person_interviewed(nlp) -> None:
    text = ("We spoke to the head teacher, Dan Lowrie, after the meeting.\n\n"
            "Q: 'Why not just ban phones in lessons?'\n\nA: 'We tried that for three years. It did not work.'")
    assert _speakers(nlp, text)["We tried that for three years. It did not work."] == ("A", "Dan Lowrie", "person")


def test_an_answer_label_with_no_question_before_it_names_no_one(nlp) -> None:
    # guard: "A:" alone is no interview's answer
    text = "The list was long.\n\nA: 'We tried that for three years.'"
    assert _speakers(nlp, text).get("We tried that for three years.", (None, None, None))[1] is None


def _found(nlp, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """``_speakers`` through ``find_quotes``, the context speakers given too."""
    from pipeline.extract.context_speakers import find_quotes

    direct, _ = find_quotes(nlp(text))
    return {" … ".join(text[s:e] for s, e in a.parts).rstrip(","): (a.speaker_text, text[a.ref[0] : a.ref[1]] if a.ref else None,
                                                                     a.speaker_kind) for a in direct}


def test_a_headline_quote_by_a_role_is_said_by_whoever_says_it_below(nlp) -> None:
    text = ("“We scrub the floor every night,” says Carrow baker as inspectors shut sourdough shop\n\n"
            "Inspectors closed the shop on Tuesday.\n\n"
            "“We scrub the floor every night. I have the checklists,” Ena Tolland, who opened the bakery in 2019, told reporters.")
    assert _found(nlp, text)["We scrub the floor every night"] == ("Carrow baker", "Ena Tolland", "person")


def test_a_headline_role_read_by_its_place_gives_way_to_whoever_says_it_below(nlp) -> None:
    # "Westby man" would be the first person the story names beside "Westby", the cobbler
    text = ("“The sea gave it back,” says Westby man reunited with lost boot\n\n"
            "A Westby man has his boot back after it washed up on a beach in Brittany.\n\n"
            "The boot was mended by Innes Marrack, a cobbler in Westby's Church Street, who also dyed it. "
            "“The sea gave it back, and in better shape than I did,” said Piran Gullick, 44.")
    assert _found(nlp, text)["The sea gave it back"] == ("Westby man", "Piran Gullick", "person")


def test_a_headline_quote_no_one_repeats_stays_unresolved(nlp) -> None:
    # guard (passes before and after): nothing below says the headline's words
    text = ("“We scrub the floor every night,” says Carrow baker as inspectors shut sourdough shop\n\n"
            "Inspectors closed the shop on Tuesday.\n\n“It is a disaster,” Ena Tolland told reporters.")
    assert _found(nlp, text)["We scrub the floor every night"][1] is None


def test_a_one_word_headline_quote_is_said_by_the_one_speaker_who_says_it_below(nlp) -> None:
    text = ("Carrow baker says she is “gutted” as inspectors shut sourdough shop\n\n"
            "Inspectors closed the shop on Tuesday.\n\n"
            "“I am gutted, honestly,” Ena Tolland, who opened the bakery in 2019, told reporters. "
            "“Gutted for the staff,” she added.")
    assert _found(nlp, text)["gutted"] == ("Carrow baker", "Ena Tolland", "person")


@pytest.mark.parametrize("headline, below", [
    # two people say it: whose is the headline's?
    ("Carrow baker says she is “gutted”", "“I am gutted,” Ena Tolland told reporters. “Gutted is the word,” said Ossian Pryde, her neighbour."),
    # its words say nothing alone
    ("Carrow baker says “no”", "“No, it was not,” Ena Tolland told reporters."),
])
def test_a_short_headline_quote_two_say_or_that_says_nothing_stays_unresolved(nlp, headline: str, below: str) -> None:
    text = f"{headline} as inspectors shut sourdough shop\n\nInspectors closed the shop on Tuesday.\n\n{below}"
    quote = headline.split("“")[1].rstrip("”")
    assert _found(nlp, text)[quote][1] is None


def test_a_headlines_role_in_capitals_is_the_person_the_story_introduces_by_it(nlp) -> None:
    text = ("“A tax on the sick”: MP condemns Skelwick hospital parking rise\n\n"
            "Parking at Skelwick General Hospital will double from January.\n\n"
            "The town’s MP, Gadsden Anstruther, called the rise “a tax on the sick” and said he had written to the minister.")
    assert _speakers(nlp, text)["A tax on the sick"][1] == "Gadsden Anstruther"


# the grandson speaks, then a paragraph opens by introducing the van's owner, who speaks as "he"
VAN_OWNER = ("It was the keeper's son, Ruaridh Tolley, 15, who spotted the gap. “The fence was cut, not broken,” Ruaridh said.\n\n"
             "The van belonged to Osric Pennywhistle, who keeps goats on the hill. He said he had been "
             "“horrified” to see the footage.")


def _ref_of(analyse, text: str, words: str) -> str | None:
    [att] = [a for a in analyse(text).direct if words in text[a.start : a.end]]
    return text[att.ref[0] : att.ref[1]] if att.ref is not None else None


def test_he_is_the_man_the_paragraph_opens_by_introducing_not_the_last_speaker(analyse) -> None:
    assert _ref_of(analyse, VAN_OWNER, "horrified") == "Osric Pennywhistle"


# the ferry's dog is the subject before, "she" for the rest; the paragraph before the quote
# introduces the man who takes her in, by his role
BOSUN = ("Tansy Ravelock came aboard as a stray puppy in 2015. Nobody claimed her. Tansy Ravelock had grown slow on the "
         "gangway this winter, the crew said.\n\n"
         "She will retire to a cottage above the quay with the ferry's bosun, Dougal Ferrier, and his wife.\n\n"
         "‘She has guarded my ropes for ten years,’ he told the Gazette.")


def test_he_is_the_man_the_paragraph_before_introduces_by_his_role_not_the_earlier_subject(analyse) -> None:
    # (found in the quote sets' speaker misses, not blind: only a ", who …" introduction counted)
    assert _ref_of(analyse, BOSUN, "guarded my ropes") == "Dougal Ferrier"


def test_he_again_is_the_man_the_last_he_was_with_no_name_between(analyse) -> None:
    text = VAN_OWNER + "\n\n“I have offered to pay for the fence,” he said."
    assert _ref_of(analyse, text, "offered to pay") == "Osric Pennywhistle"


def test_she_passes_over_a_man_the_article_already_called_he(analyse) -> None:
    # neither first name is in first_names.txt: "…,” he said" is what says Anstruther is a man
    text = ("The town’s MP, Gadsden Anstruther, called the rise “a tax on the sick”. “I have constituents who visit "
            "every afternoon,” he said.\n\n"
            "A petition started by Clothwen Brisbourne, whose son is treated on the kidney unit, had 6,400 signatures "
            "by Wednesday evening. “It is £14 a visit before we have bought a sandwich,” she said.")
    [att] = [a for a in analyse(text).direct if "£14" in text[a.start : a.end]]
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Clothwen Brisbourne"


def test_her_mother_later_is_the_mother_the_article_named_in_apposition(analyse) -> None:
    text = ("Her mother, Clothwen Brisbourne, said the girl had learned to spell in Leeds. “She has always written it that way,” she said.\n\n"
            "Leontyne was not at the prize-giving. Her mother said she had gone home to bed.")
    analysis = analyse(text)
    [att] = [a for a in analysis.indirect if "gone home" in text[a.start : a.end]]
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Clothwen Brisbourne"


@pytest.mark.parametrize("clause", ["who runs the 40-room Hôtel Quarmby", "who owns a café on the harbour"])
def test_a_local_trader_introduced_by_the_business_they_run_is_the_public(analyse, clause: str) -> None:
    text = f"Leontyne Orrell, {clause}, sounded almost cheerful. “Honestly? Relief,” she said."
    [att] = analyse(text).direct
    assert att.speaker_kind == "person" and att.public


def test_guard_a_chief_executive_who_runs_a_company_is_not_the_public(analyse) -> None:
    text = "Leontyne Orrell, who runs Quorndon Aerospace, sounded almost cheerful. “Honestly? Relief,” she said."
    [att] = analyse(text).direct
    assert not att.public


def test_she_after_a_report_is_the_reporter_not_the_subject_of_what_she_reported(analyse) -> None:
    text = ("Her mother, Clothwen Brisbourne, said Leontyne Orrell had learned to read in Leeds, where the family lived until 2022. "
            "“She has written it that way since she was seven,” she said.")
    [att] = analyse(text).direct
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Clothwen Brisbourne"


@pytest.mark.parametrize(
    ("text", "words", "speaker_text"),
    [
        # no list holds these nouns: their ending says a person by their work, unnamed
        ("The cafe reopened on Friday. A glassblower from the arcade opposite watched the queue. "
         "“I have never seen so many umbrellas,” a glassblower said.", "I have never seen so many umbrellas",
         "a glassblower"),
        ("“Bring the ropes down to the lower deck,” the harbourmaster told the crew.", "Bring the ropes down to the lower deck",
         "the harbourmaster"),
    ],
)
def test_a_noun_for_someone_by_their_work_is_an_unnamed_source(nlp, text: str, words: str, speaker_text: str) -> None:
    assert _speakers(nlp, text)[words] == (speaker_text, None, "unnamed_source")


def test_guard_a_thing_whose_noun_ends_like_a_trade_is_no_unnamed_source(nlp) -> None:
    # guard: "the letter" is a document, not someone by their work
    text = "“We regret the delay to your parcel,” the letter said."
    assert _speakers(nlp, text)["We regret the delay to your parcel"][2] != "unnamed_source"


def test_a_person_apposed_to_a_noun_the_parser_took_for_the_subject_speaks(nlp) -> None:
    # the parser makes "court" the subject and hangs the chair and her name on it
    text = 'Outside court, the association\'s secretary, Ysolde Marrack, said: "This was never about bins."'
    assert _speakers(nlp, text)["This was never about bins."] == ("Ysolde Marrack", "Ysolde Marrack", "person")


def test_guard_a_spokesman_for_a_named_body_still_speaks_as_the_spokesman(nlp) -> None:
    # guard: the description is a source noun, so the name after it does not take the quote
    text = 'A spokesman for the ferry operator, Harnlow Marine, said: "The crossing is closed."'
    assert _speakers(nlp, text)["The crossing is closed."][2] != "person"


def test_a_handle_the_tagger_read_as_an_auxiliary_is_the_subject(nlp) -> None:
    # the tagger reads "@bargain_lad" as the auxiliary of a passive "posted"
    text = '@bargain_lad posted on X: "Three hours in the queue and no forks left."'
    assert _speakers(nlp, text)["Three hours in the queue and no forks left."][:2] == ("@bargain_lad", "@bargain_lad")


def _first(nlp, text: str) -> tuple[str | None, str | None, str | None]:
    """The speaker fields of the document's first direct quote (the headline's or subheading's)."""
    from pipeline.extract.context_speakers import find_quotes

    a = find_quotes(nlp(text))[0][0]
    return a.speaker_text, text[a.ref[0] : a.ref[1]] if a.ref else None, a.speaker_kind


@pytest.mark.parametrize("role", ["Ferryman", "Harbourmaster", "Glassblower"])
def test_a_headline_of_a_lone_role_and_a_colon_is_whoever_says_its_words_below(nlp, role: str) -> None:
    # the headline's first word, capitalised by its place, is a role, not a name
    text = (f"{role}: ‘The tide took the pier in one night’\n\nThe pier at Vellbrook collapsed on Sunday. Osric Pellow, 61, "
            "has worked on the harbour for 30 years. ‘The tide took the pier in one night,’ Mr Pellow said.")
    assert _first(nlp, text) == (role, "Pellow", "person")


def test_a_subheading_of_a_role_and_its_quote_is_whoever_says_its_words_below(nlp) -> None:
    # the model tags "Ferryman" PERSON in a subheading; no one below is called that
    text = ("Pier falls into the sea at Vellbrook\n\nThe pier at Vellbrook collapsed on Sunday night.\n\n"
            "Ferryman: ‘The tide took the pier in one night’\n\n"
            "Osric Pellow, 61, has worked on the harbour for 30 years. ‘The tide took the pier in one night,’ Mr Pellow said.")
    assert _first(nlp, text) == ("Ferryman", "Pellow", "person")


def test_guard_a_headline_name_the_story_writes_keeps_its_person(nlp) -> None:
    text = ("Pellow: ‘The tide took the pier in one night’\n\nThe pier collapsed on Sunday. Osric Pellow, 61, runs the ferry. "
            "Wenna Caddon, his neighbour, agreed: ‘The tide took the pier in one night.’")
    # the headline's "Pellow" is a mention of its own (tagged as the surname of the story's Osric
    # Pellow) or points at him; either way the quote is his, not his neighbour's
    assert _first(nlp, text)[:2] in {("Pellow", "Osric Pellow"), ("Pellow", "Pellow")}
    from pipeline.config import load_params
    from pipeline.runner import extract_texts

    found = extract_texts(load_params(), {"https://example.org/pier": text})
    names = {e.entity_id: e.name for e in found.entities}
    assert [names.get(q.speaker_entity_id) for q in found.quotes if q.speaker_text == "Pellow"] == ["Osric Pellow"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We scrub the floor every night,” says Carrow Baker as inspectors shut sourdough shop\n\nInspectors closed the shop "
         "on Tuesday.\n\n“We scrub the floor every night. I have the checklists,” Ena Tolland, who opened the bakery in 2019, "
         "told reporters.", "Ena Tolland"),
        ("Quorndon Librarian: „We will call it square“\n\nA book borrowed in 1961 came back to the library on Monday. Wenna "
         "Caddon has worked there for 20 years. „We will call it square“, Ms Caddon said.", "Ms Caddon"),
        ("Vellbrook Gran, 71: ‘They never cleaned the rails once’\n\nThe ship docked on Monday. Ysolde Marrack, 71, from "
         "Harnlow, was among the 300 guests taken ill. ‘They never cleaned the rails once,’ she said.", "Ysolde Marrack"),
    ],
)
def test_a_headline_role_the_model_tagged_as_a_name_no_one_below_has_is_whoever_says_its_words(nlp, text: str, who: str) -> None:
    # "Carrow Baker", "Quorndon Librarian", "Vellbrook Gran" are tagged PERSON; the story never writes "Baker" and the rest
    assert _first(nlp, text)[1:] == (who, "person")


def test_a_headline_role_with_an_age_before_the_colon_speaks(nlp) -> None:
    text = ("Pier collapse – harbour keeper, 61: ‘The tide took the pier in one night’\n\nThe pier at Vellbrook collapsed on "
            "Sunday. Osric Pellow, 61, has kept the harbour for 30 years. ‘The tide took the pier in one night,’ Mr Pellow said.")
    assert _first(nlp, text) == ("harbour keeper", "Pellow", "person")


def test_a_nickname_in_quotation_marks_of_its_own_is_no_one_a_later_he_stands_for(nlp) -> None:
    # (found in the quote sets' speaker misses, not blind: the model tagged the nickname a person,
    # the nearest one before "he"; the tagging is set so by hand)
    from spacy.tokens import Span

    from pipeline.extract.stage import analyse_doc

    text = ("Mathias Querrec founded the puppet theatre in 1968 and ran it for fifty years.\n\n"
            "‘A puppet is a liar who tells the truth,’ he told this newspaper in 1994.\n\n"
            "The critic Apolline Verdier called his first show ‘the most grown-up thing I have seen’.\n\n"
            "To the town's children he was ‘Monsieur Fadette’, and inside the theatre he answered to nothing else. "
            "Asked whether he would retire, he said: ‘Puppets never retire. They wait in the box.’")
    doc = nlp(text)
    nick = next(t.i for t in doc if t.text == "Fadette")
    doc.ents = [e for e in doc.ents if not e.start <= nick < e.end] + [Span(doc, nick, nick + 1, label="PERSON")]
    found = analyse_doc(doc, "d")
    [att] = [a for a in found.direct if "never retire" in text[a.start : a.end]]
    assert att.ref is not None and text[att.ref[0] : att.ref[1]] == "Mathias Querrec"


def test_she_is_the_woman_a_paragraph_opens_by_naming_for_the_first_time(analyse) -> None:
    # (found in the quote sets' speaker misses, not blind: the winner of the paragraph before, the
    # nearest person subject, took the quote)
    text = ("Album of the year went to Ingrid Vallance. “I recorded it in a caravan,” Vallance said.\n\n"
            "Song of the year went to Marisol Quenby for “Lanterns”. She thanked her grandmother, then switched to English: "
            "“She has never heard the song, but she likes the video.”")
    assert _ref_of(analyse, text, "never heard the song") == "Marisol Quenby"
