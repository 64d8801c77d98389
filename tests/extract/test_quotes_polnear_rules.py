"""Quote-boundary rules found on PolNeAR train, each checked on our own sentences: split quotes,
mixed marks, cues in the next sentence, reported clauses, and the PolNeAR content mapping of
``polnear_spans.content_spans`` / ``polnear_content.newsreact_predictions``."""

from __future__ import annotations

import pytest

from pipeline.extract.polnear_content import newsreact_predictions
from pipeline.extract.quotes import find_quote_spans, join_parts
from pipeline.extract.speakers import attribute_quotes


@pytest.fixture(scope="module")
def attribute(nlp):
    def run(text: str):
        doc = nlp(text)
        return doc, attribute_quotes(doc, find_quote_spans(text))

    return run


def contents(nlp, text: str) -> list[str]:
    """The PolNeAR-style content of each prediction, fragments joined by " | "."""
    doc = nlp(text)
    return [" | ".join(text[s:e] for s, e in p.content) for p in newsreact_predictions(doc) if not p.joined]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“The bridge will reopen in May,\" the engineer said.", ["The bridge will reopen in May"]),
        ("\"The bridge will reopen in May,” the engineer said.", ["The bridge will reopen in May"]),
        ("“She said \"never\" to me twice,” he recalled.", ["She said \"never\" to me twice"]),
    ],
)
def test_mixed_curly_and_straight_marks_close(text: str, expected: list[str]) -> None:
    assert [join_parts(text, q.parts) for q in find_quote_spans(text)] == expected


def test_split_quote_across_a_speaker_relative_clause(attribute) -> None:
    text = ("“The ferry has never been this late,” said Mara Lind, a nurse who said she commutes daily. "
            "“We waited two hours in the rain.”")
    _, atts = attribute(text)
    assert len(atts) == 1 and len(atts[0].parts) == 2 and "split" in atts[0].notes


def test_split_quote_across_a_participle_of_its_cue(attribute) -> None:
    # "referring to …" hangs off "said": the second piece is the same quote, not the participle's
    text = ("“Each time you repeat that,” Tessa Ostby said, pointing to the chart, "
            "“you hand the critics another argument against the depot.”")
    _, atts = attribute(text)
    assert len(atts) == 1 and len(atts[0].parts) == 2 and "split" in atts[0].notes
    assert atts[0].speaker_text == "Tessa Ostby"


@pytest.mark.parametrize("participle", ["adding:", "adding,", "noting that"])
def test_guard_a_participle_that_speaks_itself_starts_a_second_quote(attribute, participle: str) -> None:
    # PolNeAR keeps "…, adding: “B”" as a second quote: the participle says B
    text = f"“The depot stays open,” Ostby said, {participle} “the trains will run as before.”"
    _, atts = attribute(text)
    assert len(atts) == 2


def test_split_quote_after_a_question(attribute) -> None:
    text = "“Who pays for the new road?” asked Tom Berg, a farmer. “Not the developers, that is certain.”"
    _, atts = attribute(text)
    assert len(atts) == 1 and len(atts[0].parts) == 2
    assert atts[0].speaker_text == "Tom Berg"


def test_cue_in_the_next_sentence_is_not_the_quote_cue(attribute) -> None:
    text = ("“We are pleased,” Ana Ruiz said. “The ruling is fair.” The appeal, she said, "
            "was “never going to succeed without new evidence.”")
    _, atts = attribute(text)
    first = atts[0]
    assert join_parts(text, first.parts) == "We are pleased … The ruling is fair."
    assert first.speaker_text == "Ana Ruiz"


def test_short_quote_in_a_reported_clause_takes_the_reporting_verb(attribute) -> None:
    text = "The minister said on Tuesday that the new rules had been applied in a \"reckless\" way."
    _, atts = attribute(text)
    assert [a.cue for a in atts] == ["said"] and atts[0].speaker_text == "The minister"


def test_content_of_a_quote_with_its_cue_after_takes_the_sentence_lead(nlp) -> None:
    text = "Nothing in the report \"changes the facts,\" the mayor said."
    assert contents(nlp, text) == ["Nothing in the report | changes the facts"]


def test_content_runs_on_to_the_cue_clause(nlp) -> None:
    text = "“We are delighted” with the verdict, the coach said."
    assert contents(nlp, text) == ["We are delighted | with the verdict"]


def test_called_object_is_content_but_told_recipient_is_not(nlp) -> None:
    called = "The senator called the budget “a disgrace to the state.”"
    told = "The senator told reporters that the budget was “a disgrace to the state.”"
    assert contents(nlp, called)[0].strip().startswith("the budget")
    assert contents(nlp, told)[0].strip().startswith("that the budget")


def test_colon_quote_is_its_own_content(nlp) -> None:
    text = "The captain replied firmly: “No ship leaves this harbour tonight.”"
    assert contents(nlp, text) == ["No ship leaves this harbour tonight."]


def test_floating_quote_in_the_same_paragraph_joins_the_content(nlp) -> None:
    text = ("“We will rebuild the pier,” the mayor said on Monday. The storm destroyed half of it. "
            "“It will take a year and cost more than we hoped.”")
    assert len(contents(nlp, text)) == 1


def test_speech_verb_forms_are_our_own() -> None:
    from pipeline.extract.cues import speech_verb_forms
    from pipeline.extract.inflect import inflections

    assert {"said", "says", "saying"} <= inflections("say")
    assert {"quipped", "noted", "noting", "replies", "replied", "told", "wrote"} <= set(speech_verb_forms())
    assert speech_verb_forms()["quipped"] == "quip"


def test_cues_found_without_the_lemmatizer(nlp) -> None:
    text = "“The tide turned at noon,” the harbour master told reporters."
    with nlp.select_pipes(disable=[name for name in ("lemmatizer",) if name in nlp.pipe_names]):
        doc = nlp(text)
    assert all(not t.lemma_ for t in doc) or "lemmatizer" not in nlp.pipe_names
    [att] = attribute_quotes(doc, find_quote_spans(text))
    assert att.cue == "told" and att.speaker_text == "the harbour master"


def test_parenthetical_cue_keeps_the_words_before_it_in_the_content(nlp) -> None:
    text = "The new dam, the engineer said, “will hold back the spring floods for decades.”"
    [content] = contents(nlp, text)
    assert content.startswith("The new dam") and "engineer" not in content


def test_an_abbreviation_does_not_end_the_sentence_before_the_quote(nlp) -> None:
    text = "The minister said that the letter from Dr. Alan Moss was “rude and unnecessary.”"
    [content] = contents(nlp, text)
    assert content.strip().startswith("that the letter from Dr. Alan Moss")


def test_name_and_colon_before_a_quote_is_the_speaker(attribute) -> None:
    text = "Council vote delayed - Mayor Helen Brooks: “We need another week to read the plan.”"
    _, [att] = attribute(text)
    assert att.speaker_text == "Helen Brooks" and att.cue == ":"


def test_name_after_from_and_before_a_colon_is_the_speaker(attribute) -> None:
    text = "A warning from Mayor Helen Brooks: “Stay off the causeway until the tide turns.”\n\nThe causeway flooded twice."
    _, [att] = attribute(text)
    assert att.speaker_text == "Helen Brooks" and att.cue == ":"


def test_title_inside_the_cue_clause_is_neither_joined_nor_kept(attribute) -> None:
    text = "“The harvest was the best in ten years,” the farmer told “Rural Hour” on Sunday."
    _, atts = attribute(text)
    assert len(atts) == 1 and len(atts[0].parts) == 1


def test_whole_sentence_quoted_after_a_comma_is_its_own_content(nlp) -> None:
    text = "Speaking to students in Leeds on Friday, the author said, “Nobody reads the footnotes.”"
    assert [c.strip() for c in contents(nlp, text)] == ["Nobody reads the footnotes."]


def test_content_stops_before_an_aside_after_the_quote(nlp) -> None:
    text = ("The coach said that the referee had been “completely fair” to both sides, "
            "a view that the visiting fans did not share.")
    [content] = contents(nlp, text)
    assert content.strip().endswith("to both sides") and "visiting" not in content


def test_quotes_sharing_one_cue_are_one_content(nlp) -> None:
    text = "The critic said that the film was “far too long for its story” and that its ending was “a complete mess.”"
    assert len(contents(nlp, text)) == 1


def test_doubled_apostrophes_are_double_quotes() -> None:
    text = "''The levee held,'' the engineer said. ''We were lucky.''"
    spans = find_quote_spans(text)
    assert [join_parts(text, q.parts) for q in spans] == ["The levee held", "We were lucky."]
    assert text[spans[0].parts[0][0]] == "T"


def test_gold_direct_quotes_include_straight_single_marks() -> None:
    from pipeline.extract.evaluation import is_direct

    assert is_direct("''The levee held,''") and is_direct("the river was 'rising fast'")
    assert is_direct("“The levee held”") and not is_direct("that the levee held")
    assert not is_direct("the plan was backed by the Smiths'")


def test_nested_cue_takes_the_outermost_attribution(nlp) -> None:
    text = "The mayor says she would tell the builders “no more delays” at the next meeting."
    doc = nlp(text)
    [pred] = [p for p in newsreact_predictions(doc) if not p.joined]
    content = " | ".join(text[s:e] for s, e in pred.content)
    assert content.startswith("she would tell the builders") and content.rstrip(".").endswith("next meeting")
    assert pred.speaker is not None and text[pred.speaker[0] : pred.speaker[1]] == "The mayor"


def test_nested_cue_after_the_quote_is_left_alone(nlp) -> None:
    text = "“No more delays,” the mayor said she told the builders."
    doc = nlp(text)
    [pred] = [p for p in newsreact_predictions(doc) if not p.joined]
    assert " | ".join(text[s:e] for s, e in pred.content).startswith("No more delays")


def test_colon_after_the_cue_object_keeps_the_object_in_the_content(nlp) -> None:
    text = "Arun Menon, the club's treasurer, offered this explanation: \"The grant arrived two months late.\""
    [content] = contents(nlp, text)
    assert content.strip().startswith("this explanation:") and "treasurer" not in content
    # an adverbial before the colon stays out, as does a recipient
    told = "The coach told reporters on Sunday: “We were not good enough today.”"
    assert contents(nlp, told) == ["We were not good enough today."]


def test_content_stops_before_the_speakers_next_predicate(nlp) -> None:
    called = "The inspector said the bridge was “structurally unsound” and called for its closure."
    [content] = contents(nlp, called)
    assert content.strip() == "the bridge was “structurally unsound"
    denied = "The minister called the proposal “reckless” and said it would never pass."
    [content] = contents(nlp, denied)
    assert "never pass" not in content
    # a coordinated verb of the reported clause itself stays in
    ignored = "The report said the council was “slow to act” and ignored three warnings from residents."
    [content] = contents(nlp, ignored)
    assert content.rstrip(".").endswith("three warnings from residents")


def test_programme_and_work_titles_are_not_quotes(attribute) -> None:
    _, atts = attribute("The senator said on ABC’s “Weekend Roundtable” that the vote would be close.")
    assert atts == []
    _, atts = attribute("He starred in the film “The Long Harbour” last year.")
    assert atts == []
    # the title inside a split quote's cue clause does not stop the join
    text = "“We will not back down,” the governor told NBC’s “Morning Report” on Sunday. “Not this time.”"
    _, [att] = attribute(text)
    assert join_parts(text, att.parts) == "We will not back down … Not this time."


def test_a_title_in_apposition_to_its_kind_is_not_a_quote(attribute) -> None:
    _, atts = attribute("Her parents never went back, the mayor wrote in her 2019 memoir, “Rising Water.” They stayed.")
    assert atts == []
    _, atts = attribute("The crew filmed the storm for a new documentary, “The Long Harbour,” which opens in Cardiff on Friday.")
    assert atts == []


def test_a_title_before_a_role_noun_is_not_a_quote(attribute) -> None:
    _, atts = attribute("“Harbour Lights” Star Asks Fans To Stay Home During The Storm")
    assert atts == []
    _, atts = attribute("The “Harbour Lights” co-creator spent two years writing the final series in a caravan.")
    assert atts == []
    # a spoken Title-Case line followed by its speaker's title is still a quote
    text = "“We Will Not Close,” presenter Jo Marsh told listeners at the end of the morning show on Friday."
    _, [att] = attribute(text)
    assert att.speaker_text == "Jo Marsh"


def test_title_case_headline_quote_is_kept(attribute) -> None:
    text = "Mayor Helen Brooks: Ferry Plan Is ‘Dead on Arrival’ Without Funding"
    _, [att] = attribute(text)
    assert att.speaker_text == "Helen Brooks" and att.cue == ":"


def test_headline_name_and_colon_content_runs_to_the_sentence_end(nlp) -> None:
    assert contents(nlp, "Mayor Helen Brooks: Ferry Plan Is ‘Dead on Arrival’ Without Funding") == [
        "Ferry Plan Is ‘Dead on Arrival’ Without Funding"
    ]
    [content] = contents(nlp, "Mayor Helen Brooks: Ferry Plan Is ‘Dead on Arrival.’ The council meets on Monday.")
    assert "council" not in content


def test_headline_semicolon_does_not_end_the_name_and_colon_content(nlp) -> None:
    # "Name: A; B ‘…’": both clauses after the headline's colon are the named speaker's
    headline = "Mayor Helen Brooks: Ferry Plan Late; Cost Is ‘Frankly Shocking.’"
    assert contents(nlp, headline + "\n\nThe council meets on Monday.") == ["Ferry Plan Late; Cost Is ‘Frankly Shocking."]


def test_the_cues_object_before_a_comma_and_a_whole_quoted_sentence_is_content(nlp) -> None:
    # "added the words, “…”": the object is what was said too; "said in May, “…”" has none
    assert contents(nlp, "At the end she added the words, “Thank you, Harnmoor.”") == ["the words | Thank you, Harnmoor."]
    assert contents(nlp, "The mayor said in May, “We will keep the library open.”") == ["We will keep the library open."]


def test_a_split_quote_whose_first_part_has_a_cue_before_it_too_is_two_attributions(nlp) -> None:
    # "Jo said “A,” she said. “B.”": A is Jo's (the cue before), B the second cue's own
    text = ("Asked about the budget, Senator Jo Quarmby said “I have never seen the two figures you called ‘final,’” "
            "she said. “If a number keeps changing, I cannot see how anyone can plan around it.”")
    doc = nlp(text)
    scored = [p for p in newsreact_predictions(doc) if not p.joined]
    assert [text[p.content[0][0] : p.content[-1][1]].strip("“”,.‘’ ") for p in scored] == [
        "I have never seen the two figures you called ‘final",
        "If a number keeps changing, I cannot see how anyone can plan around it",
    ]
    assert [text[p.speaker[0] : p.speaker[1]] for p in scored] == ["Senator Jo Quarmby", "she"]


@pytest.mark.parametrize("text", [
    "“The town has had enough,” she said. “If a number keeps changing, I cannot see how anyone can plan around it.”",
    "Her verdict: “The town has had enough,” she said. “If a number keeps changing, I cannot see how anyone can plan around it.”",
])
def test_guard_a_split_quote_with_one_cue_is_one_content(nlp, text: str) -> None:
    assert len([p for p in newsreact_predictions(nlp(text)) if not p.joined]) == 1


def test_quote_after_a_reported_clause_shares_its_content(nlp) -> None:
    text = ("Councillor Ama Osei said that the tender was rigged. "
            "“Nobody outside the cabinet saw the bids before the deadline.”")
    doc = nlp(text)
    [pred] = [p for p in newsreact_predictions(doc) if not p.joined]
    assert text[pred.content[0][0] : pred.content[0][1]] == "the tender was rigged"
    assert pred.speaker is not None and text[pred.speaker[0] : pred.speaker[1]] == "Councillor Ama Osei"


def test_chant_assure_and_refer_are_cues(attribute) -> None:
    _, [att] = attribute("Outside the town hall, the protesters chanted “Save our library!”")
    assert att.cue == "chanted" and att.speaker_text == "the protesters"
    _, [att] = attribute("The minister assured residents that the water was “perfectly safe to drink.”")
    assert att.cue == "assured"


def test_cue_in_a_relative_clause_of_a_reported_clause_is_nested(nlp) -> None:
    text = "The mayor says the town is tired of what she calls “endless consultations” on the bypass."
    [content] = contents(nlp, text)
    assert content.startswith("the town is tired of what she calls")
    # a relative clause set off by a comma is an aside: its own attribution
    aside = "The mayor backed the bypass, which she called “long overdue,” on Monday."
    [content] = contents(nlp, aside)
    assert "bypass" not in content


def test_capitalised_pronoun_after_a_full_stop_quote_starts_a_new_sentence(attribute) -> None:
    text = "“The bridge is safe,” she said. “We tested every cable twice.” She noted a further inspection in May."
    _, [att] = attribute(text)
    assert att.cue == "said" and join_parts(text, att.parts) == "The bridge is safe … We tested every cable twice."


def test_bare_title_case_name_is_dropped_unless_a_speech_verb_takes_it(attribute) -> None:
    _, atts = attribute("The exhibition, “Salt and Stone: Coastal Towns in Winter”, opens at the harbour gallery on Friday.")
    assert atts == []
    _, [att] = attribute("The fans chanted “Bring Back Our Manager” outside the ground.")
    assert att.cue == "chanted"
    _, [att] = attribute("“Brilliant,” one reader wrote under the article.")
    assert att.speaker_text == "one reader"


def test_parenthetical_cue_content_runs_to_the_sentence_end(nlp) -> None:
    text = "The new dam, the engineer said, “will hold back the spring floods” for at least forty years."
    [content] = contents(nlp, text)
    assert content.startswith("The new dam") and content.rstrip(".").endswith("forty years")


def test_quote_inside_the_previous_content_is_not_a_prediction_of_its_own(nlp) -> None:
    text = "The senator called the bill a “cynical stunt” that would “do nothing for working families.”"
    assert len(contents(nlp, text)) == 1


def test_quote_running_on_into_its_sentence_takes_the_cue_before(attribute) -> None:
    text = "The mayor said it was “totally unacceptable” for the council to criticize the plan."
    _, [att] = attribute(text)
    assert att.cue == "said" and att.speaker_text == "The mayor"
    # a quote handing over with a comma still takes the cue after it
    _, [att] = attribute("The mayor was blunt. “It was a fair result,” she said on Sunday.")
    assert att.cue == "said" and att.speaker_text == "she"


def test_parenthetical_cue_attributes_a_short_quote_later_in_its_sentence(attribute) -> None:
    text = "If the rain continues, the engineer said, the river could reach “a level not seen since 1947.”"
    _, [att] = attribute(text)
    assert att.cue == "said" and att.speaker_text == "the engineer"


def test_clause_before_a_parenthetical_cue_and_colon_is_content(nlp) -> None:
    text = "Councils are short of money, she said: “Every library in the county could close by spring.”"
    assert contents(nlp, text) == ["Councils are short of money | Every library in the county could close by spring."]
    adverbial = "In an interview with the Gazette, she said: “Every library in the county could close by spring.”"
    assert contents(nlp, adverbial) == ["Every library in the county could close by spring."]


def test_quote_continued_into_a_paragraph_with_its_own_cue_is_two_contents(nlp) -> None:
    text = ('The harbourmaster said: "The old pier cannot take another winter. It was built for rowing boats.\n\n'
            '"Nobody has inspected the pilings since 1990," the harbourmaster said. "We are waiting for a survey."')
    found = [c.strip() for c in contents(nlp, text)]
    assert found[0] == "The old pier cannot take another winter. It was built for rowing boats."
    assert len(found) == 2 and found[1].startswith("Nobody has inspected") and found[1].endswith("waiting for a survey.")


def test_quote_continued_without_a_new_cue_stays_one_content(nlp) -> None:
    text = ('The harbourmaster said: "The old pier cannot take another winter.\n\n'
            '"Nobody has inspected the pilings since 1990."')
    assert len(contents(nlp, text)) == 1


def test_whole_sentence_quoted_inside_a_that_clause_keeps_the_clause(nlp) -> None:
    text = "The farmer said that after three dry summers, “I would not plant barley again.”"
    [content] = contents(nlp, text)
    assert content.startswith("that after three dry summers")


def test_content_stops_before_a_contrasting_clause_with_its_own_subject(nlp) -> None:
    text = "The mayor accused the council of an “utterly reckless” budget while the opposition says the accounts are sound."
    [content] = contents(nlp, text)
    assert "budget" in content and "opposition" not in content


def test_outer_closing_mark_ends_an_inner_single_quote_left_open() -> None:
    text = ("“Come early,” the steward told them. “The worst is a fan who says, ‘I will get a ticket at the gate.” "
            "Then she left.")
    spans = find_quote_spans(text)
    assert [join_parts(text, q.parts) for q in spans] == [
        "Come early",
        "The worst is a fan who says, ‘I will get a ticket at the gate.",
    ]
    balanced = "“Fans say ‘maybe’ and stay home,” she said."
    assert [join_parts(balanced, q.parts) for q in find_quote_spans(balanced)] == ["Fans say ‘maybe’ and stay home"]


def test_an_adverbial_clause_before_a_colon_cue_is_not_content(nlp) -> None:
    text = "Growing angrier as she spoke, Dr. Hale said: “The ward has been short of nurses for a year.”"
    assert [c.strip() for c in contents(nlp, text)] == ["The ward has been short of nurses for a year."]


def test_participle_after_a_quote_cues_what_follows_it(attribute) -> None:
    _doc, atts = attribute("The mayor insisted that the ferry plan was “the only way to keep the harbour open,” "
                          "saying the boats would pay for themselves.")
    assert [a.cue for a in atts] == ["insisted"]


def test_content_stops_before_an_aside_after_the_comma_inside_the_marks(nlp) -> None:
    text = "The inspector said that the bridge was “perfectly sound,” adding that the railings needed paint."
    [content] = contents(nlp, text)
    assert content.startswith("that the bridge") and "railings" not in content


def test_relative_pronoun_object_of_the_cue_is_content(nlp) -> None:
    text = "The council passed the levy, which the chamber of commerce described as “a tax on every shopkeeper.”"
    [content] = contents(nlp, text)
    assert content.startswith("which | ") and "a tax on every shopkeeper" in content


def test_open_quote_after_a_split_cue_goes_with_the_quote_before_it(nlp) -> None:
    text = ("“The first kind is polite,” the steward said. “The second kind shouts at the gate.\n"
            "“The third kind never comes back,” the steward said. “We miss them.”")
    found = [c.strip() for c in contents(nlp, text)]
    assert len(found) == 2, found
    assert "The first kind is polite" in found[0] and "shouts at the gate" in found[0]
    assert "never comes back" in found[1] and "We miss them" in found[1]


def test_doubled_apostrophe_marks_count_as_marks_in_the_mapping(nlp) -> None:
    text = "The mayor said of the vote, ''I do not like it,'' adding that ''the anger out there is unbelievable.''"
    found = [c.strip() for c in contents(nlp, text)]
    assert len(found) == 2 and "anger" not in found[0], found
    colon = "Growing angrier as she spoke, Dr. Hale said: ''The ward has been short of nurses for a year.''"
    assert [c.strip() for c in contents(nlp, colon)] == ["The ward has been short of nurses for a year."]


def test_title_case_name_opening_a_sentence_before_a_lower_case_word_is_a_title(attribute) -> None:
    text = ("“Harbour Lights” star Ana Ruiz said the second series would be darker than the first.\n"
            "“Harbour Lights,” the producer said, “is coming back in May.”\n")
    _doc, atts = attribute(text)
    assert [join_parts(text, a.parts) for a in atts] == ["Harbour Lights … is coming back in May."]


def test_an_adverb_of_the_cue_before_the_content_is_not_content(nlp) -> None:
    text = "The senator said repeatedly “the next council” should pick the site."
    [content] = contents(nlp, text)
    assert "the next council" in content and "repeatedly" not in content


def test_whole_sentence_quote_after_a_comma_keeps_the_words_running_on_after_it(nlp) -> None:
    text = "Another farmer said, “We are finally free” to plant what we like, and the meeting ended."
    [content] = contents(nlp, text)
    assert content == "We are finally free | to plant what we like"


def test_speech_verb_of_a_relative_clause_after_the_quote_is_not_its_cue(attribute) -> None:
    _doc, atts = attribute("“If the agency finds more files, it will search them for records” that would answer "
                           "the requests, lawyers for the agency wrote in a filing.")
    assert [a.cue for a in atts] == ["wrote"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The governor called the levy “unfair” in a radio interview on Monday.", "interview"),
        ("The coach called the decision “a shame” after the final whistle.", "whistle"),
        ("The mayor described the harbour wall as “unsafe” before walking out of the meeting.", "walking"),
    ],
)
def test_when_and_where_the_cue_was_said_after_the_quote_is_not_content(nlp, text: str, absent: str) -> None:
    [content] = contents(nlp, text)
    assert content.rstrip(" .”").endswith(("unfair", "shame", "unsafe")) and absent not in content, content


def test_a_phrase_after_the_quote_that_is_part_of_what_was_said_stays_content(nlp) -> None:
    text = "The farmer called the plan “a disaster” for every family in the valley."
    [content] = contents(nlp, text)
    assert "valley" in content, content


@pytest.mark.parametrize(
    "text, named",
    [
        # with the one "by" whom it is said: without one, nobody is named and the name is dropped
        # (test_quotes_fragments: a passive cue's speaker)
        ("The mill owners opened a small museum called “The Weaving Shed” by its founders last spring.", "a small museum called"),
        ("Drivers avoid a narrow junction dubbed “the Knot” by locals at rush hour.", "a narrow junction dubbed"),
    ],
)
def test_the_thing_a_passive_cue_names_is_content(nlp, text: str, named: str) -> None:
    [content] = contents(nlp, text)
    assert content.startswith(named), content


def test_an_active_cue_with_its_object_before_the_quote_names_nothing_before_it(nlp) -> None:
    text = "One councillor has called the mayor “a man without a plan” for months."
    [content] = contents(nlp, text)
    assert content.lstrip().startswith("the mayor"), content


def test_a_reported_clause_before_the_colon_is_content_with_the_quote(nlp) -> None:
    text = "The nurse said that the board had ignored its staff: “The ward cannot stay open.”"
    [content] = contents(nlp, text)
    assert content.startswith("that the board had ignored its staff") and "cannot stay open" in content, content
    bare = "In a short speech, the nurse said: “The ward cannot stay open.”"
    assert [c.strip() for c in contents(nlp, bare)] == ["The ward cannot stay open."]


def test_according_to_attributes_the_rest_of_its_sentence_with_the_quote(nlp) -> None:
    text = ("According to the harbour master, the ferry was late again and the crew called it "
            "“the worst week in living memory.”")
    doc = nlp(text)
    [pred] = [p for p in newsreact_predictions(doc) if not p.joined]
    content = " | ".join(text[s:e] for s, e in pred.content)
    assert content.startswith("the ferry was late again") and content.endswith("memory."), content
    assert pred.speaker is not None and text[pred.speaker[0] : pred.speaker[1]] == "the harbour master"
    own = "According to the timetable, the ferry leaves at six. “We never leave on time,” the skipper said."
    assert [c.strip() for c in contents(nlp, own)] == ["We never leave on time"]


def test_a_named_conjunct_inside_a_reported_clause_is_nested_in_it(nlp) -> None:
    text = "The report noted that Sam Reyes had criticized the budget for months and called it “a fantasy.”"
    [content] = contents(nlp, text)
    assert content.startswith("that Sam Reyes had criticized"), content
    own = "Ms. Hale said she liked the plan and called it “a good start.”"
    [content] = contents(nlp, own)
    assert "liked" not in content and "a good start" in content, content


def test_quotes_coordinated_by_and_or_or_are_one_content(nlp) -> None:
    text = ("The debate swung between ''The harbour must stay open for the fishing boats'' and "
            "''The harbour must close before someone drowns.''")
    found = contents(nlp, text)
    assert len(found) == 1 and "stay open" in found[0] and "someone drowns" in found[0], found


def test_where_or_when_the_cue_was_said_before_the_quote_is_not_content(nlp) -> None:
    text = "The mayor called at a rally on Sunday for “a bridge that every family can afford.”"
    [content] = contents(nlp, text)
    assert content.lstrip().startswith("for “a bridge") and "rally" not in content, content


def test_a_parenthetical_cue_with_the_one_told_keeps_the_words_before_it(nlp) -> None:
    text = "Sooner or later, the engineer told reporters, “the river will rise over the old wall again.”"
    [content] = contents(nlp, text)
    assert content.startswith("Sooner or later") and "rise over" in content, content


def test_a_quote_introduced_by_another_clause_and_a_colon_is_not_a_continuation(nlp) -> None:
    text = ("“We will rebuild the pier by the summer,” the mayor said. The harbour master was less sure: "
            "“There is no money for a new pier this year or next.”")
    doc = nlp(text)
    preds = [p for p in newsreact_predictions(doc) if not p.joined]
    assert len(preds) == 2, [[text[s:e] for s, e in p.content] for p in preds]
    assert preds[1].speaker is not None and text[preds[1].speaker[0] : preds[1].speaker[1]] == "The harbour master"


def test_a_quote_introduced_by_its_own_sentence_and_a_colon_is_not_a_split_part(attribute) -> None:
    text = ("“We will rebuild the pier by the summer,” the mayor said. The harbour master was less sure: "
            "“There is no money for a new pier this year or next.”")
    _doc, atts = attribute(text)
    assert [len(a.parts) for a in atts] == [1, 1], [a.parts for a in atts]
    split = "“We will rebuild the pier,” the mayor said. “There is no money for anything else this year.”"
    _doc, atts = attribute(split)
    assert [len(a.parts) for a in atts] == [2]


def test_content_stops_before_a_coordinated_participle_of_the_cue(nlp) -> None:
    # "telling … and questioning …": the participle's second predicate is its own attribution
    text = "The mayor was seen telling reporters that the plan was “a mess” and questioning whether the council had read it."
    assert contents(nlp, text) == ["that the plan was “a mess"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an "as" clause with a subject of its own after the quote: when or why, not what was said
        ("The coach says he is “quietly confident” as his side prepares for the final in Cardiff.", ["he is “quietly confident"]),
        # an en dash opens an aside as an em dash does
        ("Reyes called the striker “the best finisher in the league” – a player the club signed for almost nothing.",
         [" the striker “the best finisher in the league"]),
    ],
)
def test_content_stops_before_an_as_clause_or_an_en_dash_aside(nlp, text: str, expected: list[str]) -> None:
    assert contents(nlp, text) == expected


def test_content_starts_at_that_when_the_parser_hangs_the_clause_on_a_phrase_of_the_cue(nlp) -> None:
    # the model reads "that the repairs were …" as a relative clause of "visit": the complementiser
    # still opens the reported clause, and the phrase of when and where before it is not content
    text = "The mayor was telling reporters during a visit to the harbour on Friday that the repairs were “long overdue.”"
    assert contents(nlp, text) == ["that the repairs were “long overdue."]


def test_content_stops_before_a_medium_right_after_the_quote_wherever_it_hangs(nlp) -> None:
    # the model hangs "in an interview" on "want", inside the reported clause: still where it was
    # said, not what (an event such as "at his rally" or "in the debate" stays content)
    text = ("Reyes has criticised the trolls, saying her campaign does not want “that kind of politics,” "
            "in an interview with the Gazette on Sunday.")
    assert contents(nlp, text) == ["her campaign does not want “that kind of politics,"]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("“Get off the pitch!” barked the steward at the two fans.", "barked"),
        ("“This is the best day of my life,” beamed Edna Quill, 81.", "beamed"),
        ("As the minister left, the crowd jeered: “Resign!”", "jeered"),
    ],
)
def test_manner_of_speaking_verbs_are_cues(attribute, text: str, cue: str) -> None:
    _, atts = attribute(text)
    assert [a.cue for a in atts] == [cue], [(a.cue, a.speaker_text) for a in atts]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase of place, time or manner opening the sentence is the writer's setting
        ("Behind the scenes, the coach is “quietly rebuilding the squad,” said one former player.",
         ["the coach is | quietly rebuilding the squad"]),
        # a condition is part of what was said
        ("If the rain holds off, the festival will be “the best in years,” the organiser said.",
         ["If the rain holds off, the festival will be | the best in years"]),
        # a participle opening the sentence round the quote is a cue of its own: its object is content
        ("Deploring the “shambolic timetable,” Mayor Okafor accused the operator of neglect.",
         ["the | shambolic timetable"]),
    ],
)
def test_lead_before_a_quote_leaves_out_an_opening_phrase_of_setting(nlp, text: str, expected: list[str]) -> None:
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, start",
    [
        # the parser reads "plan" as the cue's object and "is …" as a clause without subject
        ("Ms. Ortega argued her plan to rebuild the pier is “the only sensible choice left.”", "her plan to rebuild"),
        # … or the subject with its relative clause as a clause of its own
        ("He said that the levy, which some critics have argued was meant to punish renters, was “a tax on the poor.”",
         "that the levy"),
    ],
)
def test_subject_split_off_the_reported_clause_is_content(nlp, text: str, start: str) -> None:
    [content] = contents(nlp, text)
    assert content.strip().startswith(start)


@pytest.mark.parametrize(
    "text, start",
    [
        ("The union urged the council to “stop cutting the bus routes.”", "the council to"),
        ("The coach called on fans not to “boo the referee.”", "on fans not to"),
    ],
)
def test_the_one_asked_to_do_something_is_content(nlp, text: str, start: str) -> None:
    [content] = contents(nlp, text)
    assert content.strip().startswith(start)


def test_speech_verb_in_the_lead_holding_the_quote_is_a_nested_attribution(nlp) -> None:
    text = "Ana Lopes said the plan “would never pass the council,” a clerk recalled."
    assert contents(nlp, text) == ["Ana Lopes said the plan | would never pass the council"]


def test_the_one_reproached_for_what_they_said_is_content(nlp) -> None:
    text = "The senator mocked the mayor for calling the budget “a triumph of planning.”"
    [content] = contents(nlp, text)
    assert content.strip().startswith("the mayor for calling")


def test_reported_clause_before_a_colon_is_content_with_the_quote(nlp) -> None:
    text = "Jo said she replied: “The bridge will not open this year.”"
    [content] = contents(nlp, text)
    assert content.startswith("she replied:")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the repairs were “long overdue” on the coast road — and she thanked the crews for their work.",
        "The mayor said the repairs were “long overdue” on the coast road — including the old pier at the harbour.",
        "The mayor said the repairs were “long overdue” on the coast road — leaving the harbour closed until June.",
    ],
)
def test_content_stops_at_a_lone_dash_before_the_writers_addition(nlp, text: str) -> None:
    assert contents(nlp, text) == ["the repairs were “long overdue” on the coast road"]


@pytest.mark.parametrize(
    "text, ending",
    [
        ("The captain said the ferry was “far too slow,” because the engine was older than the crew.",
         "because the engine was older than the crew"),
        ("The captain said the ferry was “far too slow,” even though it sailed twice a day.",
         "even though it sailed twice a day"),
        ("The captain said the town needed “a faster boat,” rather than a second harbour.",
         "rather than a second harbour"),
        ("The captain said the crossing was “rough” for the crew, especially in the winter months.",
         "especially in the winter months"),
    ],
)
def test_content_keeps_the_reason_after_the_quotes_comma(nlp, text: str, ending: str) -> None:
    [content] = contents(nlp, text)
    assert content.rstrip(". ").endswith(ending)


def test_floating_quote_after_a_reported_clause_in_a_sentence_of_its_own_goes_with_that_clause(nlp) -> None:
    text = ("“The harbour will be dredged in spring,” Lena Ortiz said at the quay. Ortiz added that the work "
            "would cost less than planned. “Nobody on the council expects any further delays to the dredging.”")
    assert contents(nlp, text) == [
        "The harbour will be dredged in spring",
        "the work would cost less than planned | Nobody on the council expects any further delays to the dredging.",
    ]


def test_floating_quote_answered_by_a_clause_after_it_is_that_subjects_own(nlp) -> None:
    text = ("“You have ruined the orchard again,” said the farmer.\n\n"
            "“We only picked the ripe ones from the lowest branches,” the boy retaliated.")
    doc = nlp(text)
    preds = [p for p in newsreact_predictions(doc) if not p.joined]
    assert [" | ".join(text[s:e] for s, e in p.content) for p in preds] == [
        "You have ruined the orchard again",
        "We only picked the ripe ones from the lowest branches",
    ]
    assert preds[1].speaker is not None and text[preds[1].speaker[0] : preds[1].speaker[1]] == "the boy"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that the new tram line would open before the winter.\n\n“Every stop will have a shelter and a ticket machine.”",
        "The mayor said that the new tram line would open before the winter.\u00a0 “Every stop will have a shelter and a ticket machine.”",
    ],
)
def test_reported_clause_across_white_space_or_a_paragraph_break_joins_a_quote_of_its_own(nlp, text: str) -> None:
    assert contents(nlp, text) == ["the new tram line would open before the winter | Every stop will have a shelter and a ticket machine."]


def test_quote_without_a_cue_continues_the_one_before_unless_a_clause_introduces_it(nlp) -> None:
    text = "“The levy is fair and it is overdue,” the treasurer is quoted as saying. “Every district will pay the same rate from next year.”"
    doc = nlp(text)
    preds = [p for p in newsreact_predictions(doc) if not p.joined]
    assert [" | ".join(text[s:e] for s, e in p.content) for p in preds] == [
        "The levy is fair and it is overdue | Every district will pay the same rate from next year."
    ]
    assert preds[0].speaker is not None and text[preds[0].speaker[0] : preds[0].speaker[1]] == "the treasurer"
    text = "“The levy is fair and it is overdue,” the treasurer is quoted as saying. The mayor wants “a full review of every rate in every district.”"
    assert contents(nlp, text) == ["The levy is fair and it is overdue", "a full review of every rate in every district."]


def test_a_third_joined_quote_goes_to_the_first_ones_content(nlp) -> None:
    text = ("The harbour master spoke to the crews on Monday.\n\n“The pier is closed until the storm passes.”\n\n"
            "“Boats must wait offshore for the tide.”\n\n“Nobody will land before noon tomorrow.”")
    assert contents(nlp, text) == [
        "The pier is closed until the storm passes. | Boats must wait offshore for the tide. | Nobody will land before noon tomorrow."
    ]


def test_a_quote_continuing_the_one_before_in_its_sentence_takes_the_words_between(nlp) -> None:
    from pipeline.extract.polnear_content import _words_between_in_sentence

    text = "The mayor said the pier was “unsafe” because its planks were old and “nobody had checked them.” Crews agreed."
    doc = nlp(text)
    first_end, second_start = text.index("unsafe") + len("unsafe"), text.index("nobody")
    assert [text[s:e] for s, e in _words_between_in_sentence(doc, first_end, second_start)] == ["because its planks were old and"]
    assert _words_between_in_sentence(doc, text.index("them.") + 5, text.index("Crews")) == []


def test_cue_of_a_when_clause_inside_a_reported_clause_nests_under_the_outer_cue(nlp) -> None:
    text = ("Councillor Clothwen Brisbourne said the treasurer was “entirely correct” when she said on Monday "
            "that under the old scheme, “the reserves were spent twice over.”")
    doc = nlp(text)
    preds = [p for p in newsreact_predictions(doc) if not p.joined]
    assert len(preds) == 1  # one outer cue, one attribution holding both quotes
    content = " | ".join(text[s:e] for s, e in preds[0].content)
    assert "entirely correct" in content and "spent twice over" in content
    assert text[preds[0].speaker[0] : preds[0].speaker[1]].endswith("Clothwen Brisbourne")


@pytest.mark.parametrize("joiner, cue", [("while adding that", "adding"), ("after the treasurer told her", "told")])
def test_guard_cue_of_a_clause_of_time_or_contrast_is_an_attribution_of_its_own(nlp, joiner: str, cue: str) -> None:
    from pipeline.extract.context_speakers import outer_cue
    from pipeline.extract.cues import DocIndex

    text = f"Councillor Clothwen Brisbourne said the levy was “long overdue” {joiner} the reserves were “spent twice over.”"
    doc = nlp(text)
    spans = find_quote_spans(text)
    verb = next(t for t in doc if t.text == cue)
    assert outer_cue(DocIndex(doc, spans), verb, spans[1].parts[0][0]).i == verb.i


@pytest.mark.parametrize("after", ["during a visit to the depot in Marlow County", "Wednesday on his radio show", "after the vote was lost"])
def test_a_time_after_a_label_given_as_is_when_it_was_said(nlp, after: str) -> None:
    text = f"Former mayor Leopold Ockleford criticised the harbour levy as a “daylight robbery” {after}."
    [content] = contents(nlp, text)
    assert content.strip().rstrip("”") == "the harbour levy as a “daylight robbery"


def test_guard_a_time_after_a_quote_that_is_not_a_label_stays_in_the_content(nlp) -> None:
    text = "Leopold Ockleford said the harbour levy had “accelerated” after the vote was lost."
    [content] = contents(nlp, text)
    assert content.rstrip(".").endswith("after the vote was lost")


def test_an_as_clause_cue_attributes_its_sentence_and_its_content_runs_to_the_end(nlp, attribute) -> None:
    # "Yet, as Jo observed, …, “…”": the cue set off by "as" and commas, far from the quote
    text = ("Yet, as Mr. Okafor observed, in the first winter of the new timetable -- when nobody yet trusted "
            "the buses -- ''who would leave the car at home?''")
    _, atts = attribute(text)
    assert [a.speaker_text for a in atts] == ["Mr. Okafor"]
    [pred] = [p for p in newsreact_predictions(nlp(text)) if not p.joined]
    assert text[pred.content[0][0] : pred.content[-1][1]].strip(" ,'?").startswith("in the first winter")
    text = "As the Harbour Gazette reported, the new owner “paid twice the asking price” for the old mill."
    [pred] = [p for p in newsreact_predictions(nlp(text)) if not p.joined]
    assert text[pred.content[0][0] : pred.content[-1][1]].strip(" ,.") == "the new owner “paid twice the asking price” for the old mill"


@pytest.mark.parametrize("text", [
    "Such rules, as the report said, “cost more than they save.”",  # an "as" cue next to its quote, mid-sentence
    "The plan was, she said, “a mess from the start.”",
])
def test_guard_comma_cues_still_attribute(attribute, text: str) -> None:
    _, atts = attribute(text)
    assert len(atts) == 1 and atts[0].speaker_text in {"the report", "she"}


@pytest.mark.parametrize("text, speaker", [
    ("In her budget speech, Mayor Rhiannon Tull lauded the lifeboat crews for their “quiet and stubborn courage.”", "Mayor Rhiannon Tull"),
    ("At the hustings Osric Penhale exhorted his neighbours to “vote as if the river were listening.”", "Osric Penhale"),
])
def test_praising_and_urging_verbs_are_cues(attribute, text: str, speaker: str) -> None:
    # "laud", "exhort" (speech_verbs.txt): their object or complement holds the quoted words
    _, atts = attribute(text)
    assert [a.speaker_text for a in atts] == [speaker]


@pytest.mark.parametrize("verb", ["scolded", "chided", "rebuked", "berated", "admonished"])
def test_reproach_verbs_are_cues_and_their_colon_quote_is_a_second_cue_apart(nlp, attribute, verb: str) -> None:
    # "scolded him: “A,” she said. “B.”": A is the scolding's, B the second cue's own (PolNeAR)
    text = (f"Councillor Wenna Polglase {verb} the contractor: “Your crews left the bridge unlit for a week,” "
            "she said. “Nobody on this council will sign another invoice until it is fixed.”")
    _, atts = attribute(text)
    assert [a.speaker_text for a in atts] == ["she"] and len(atts[0].parts) == 2
    assert contents(nlp, text) == [
        "Your crews left the bridge unlit for a week",
        "Nobody on this council will sign another invoice until it is fixed.",
    ]
    alone = f"Councillor Wenna Polglase {verb} the contractor for leaving the bridge “unlit for a week.”"
    _, atts = attribute(alone)
    assert [a.speaker_text for a in atts] == ["Councillor Wenna Polglase"]
