"""A speaker named by a definite description ("the mayor") resolves to the person or
organisation the article introduced with that noun. Our own sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.extract.stage import analyse_doc


def speaker_of(analyse, text: str) -> tuple[str | None, str, str | None]:
    analysis = analyse(text)
    [att] = analysis.direct
    return att.speaker_text, att.speaker_kind, text[att.ref[0]:att.ref[1]] if att.ref else None


@pytest.mark.parametrize(("text", "speaker", "kind", "who"), [
    ("Mayor Jane Okafor opened the new bridge on Monday.\n\n“It is a great day for the town,” the mayor said.",
     "the mayor", "person", "Jane Okafor"),  # a title before the name
    ("Council leader Tom Reid defended the budget.\n\n“There is no money left,” the council leader told reporters.",
     "the council leader", "person", "Tom Reid"),
    ("Bahtiyar Duysak, a former contractor, spoke to reporters on Friday.\n\n“I did nothing wrong,” the contractor said.",
     "the contractor", "person", "Bahtiyar Duysak"),  # apposition after the name
    ("The Harbour Board approved the plan on Tuesday.\n\n“We expect work to start in May,” the board said.",
     "the board", "organization", "The Harbour Board"),  # an organisation's own last word
])
def test_a_description_resolves_to_who_it_described(analyse, text, speaker, kind, who):
    assert speaker_of(analyse, text) == (speaker, kind, who)


def test_the_nearest_description_wins(analyse):
    text = ("Mayor Jane Okafor opened the bridge. Former mayor Bill Tan was there too.\n\n"
            "“I argued for it for ten years,” the mayor said.")
    assert speaker_of(analyse, text)[2] == "Bill Tan"


@pytest.mark.parametrize("text", [
    # nobody was introduced as a mayor: the description stays unresolved
    "Jane Okafor opened the new bridge on Monday.\n\n“It is a great day for the town,” the mayor said.",
    # an indefinite description is someone else
    "Mayor Jane Okafor opened the new bridge.\n\n“It is about time,” a mayor from the next town said.",
])
def test_no_description_no_resolution(analyse, text):
    assert speaker_of(analyse, text)[2] is None


@pytest.mark.parametrize("text", [
    # "vice" on one side only: another office
    "President Ana Ruiz opened the summit.\n\n“We will not wait,” the vice president said.",
    # the description's name is not in the introduction: another senator
    "Nell Ames, the senator from Ohio, voted against it.\n\n“It is a bad bill,” the Texas senator said.",
    # a plural is not the one person a lawyer was named
    "Defence lawyer Sam Ito filed the appeal on Friday.\n\n“We will fight on,” the lawyers said.",
])
def test_a_description_that_does_not_fit_resolves_to_no_one(analyse, text):
    assert speaker_of(analyse, text)[2] is None


def test_a_prepositions_object_in_apposition_does_not_describe_the_name(nlp):
    """"the author of the book, Ada Lund, …": the parser can hang the name on "book" (seen on
    news text); "the book" is then still not Ada Lund. A Doc built with that parse."""
    from spacy.tokens import Doc

    from pipeline.extract.cues import DocIndex
    from pipeline.extract.descriptions import described_entity
    from pipeline.extract.speaker_phrase import ORG_NOUNS

    words = ["The", "author", "of", "the", "book", ",", "Ada", "Lund", ",", "spoke", ".", "The", "book", "said", "so", "."]
    heads = [1, 9, 1, 4, 2, 4, 7, 4, 4, 9, 9, 12, 13, 13, 13, 13]
    deps = ["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct",
            "det", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT",
           "DET", "NOUN", "VERB", "ADV", "PUNCT"]
    tags = ["DT", "NN", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "VBD", ".", "DT", "NN", "VBD", "RB", "."]
    lemmas = ["the", "author", "of", "the", "book", ",", "Ada", "Lund", ",", "speak", ".", "the", "book", "say", "so", "."]
    spaces = [True, True, True, True, False, True, True, False, True, False, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              ents=["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 8, sent_starts=[True] + [False] * 10 + [True] + [False] * 4)
    assert doc[7].head.i == 4 and doc[7].dep_ == "appos"  # the parse the test is about
    assert described_entity(DocIndex(doc, []), doc[12], ORG_NOUNS) is None


@pytest.mark.parametrize(("text", "who"), [
    ("Sen. Ted Cruz spoke in Houston on Friday.\n\n“We will win this,” the senator said.", "Ted Cruz"),
    ("Rep. Jo Lin voted against the bill.\n\n“It is a bad bill,” the congresswoman said.", "Jo Lin"),
])
def test_an_abbreviated_title_introduces_the_description(analyse, text, who):
    assert speaker_of(analyse, text)[2] == who


def test_a_pronoun_finds_the_name_apposed_to_the_last_subject(analyse):
    # "he" is the chief executive named in apposition, not the passenger quoted before him
    text = ("“Nobody told us anything,” said Maria Okafor, a passenger.\n\n"
            "The operator’s chief executive, Daniel Brandt, said the strike was regrettable.\n\n"
            "“We have gone as far as we can,” he told the Island Gazette.")
    last = analyse(text).direct[-1]
    assert (last.speaker_text, text[last.ref[0]:last.ref[1]]) == ("he", "Daniel Brandt")


def test_a_pronoun_with_no_tagged_person_before_it_is_the_untagged_subject(analyse, nlp):
    # the small model tags no PERSON here: "she" is the name the parser made the subject of "said"
    # (the label-consistency component now tags the speaking name itself, so the model alone is
    # asked, through the rule that reads what it left)
    text = ("Asked whether she would resign, Mayor Ana Ruiz said: “No.”\n\n"
            "“We will finish the pier before the summer,” she said at a packed meeting on Wednesday.")
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        doc = nlp(text)
    assert not any(e.label_ == "PERSON" for e in doc.ents)
    last = analyse_doc(doc, "doc").direct[-1]
    assert (last.speaker_text, last.ref, last.ref_name) == ("she", None, "Mayor Ana Ruiz")
    # with it, "she" is the person entity it tagged
    last = analyse(text).direct[-1]
    assert (last.speaker_text, text[last.ref[0]:last.ref[1]]) == ("she", "Ana Ruiz")


@pytest.mark.parametrize(("text", "speaker", "kind", "who"), [
    ("The protest was led by Sam Okafor, who told reporters the pier was “the heart of the town.”",
     "who", "person", "Sam Okafor"),
    ("The bakery owner Jo Marsh, who said the rent had “doubled overnight,” closed the shop on Friday.",
     "who", "person", "Jo Marsh"),
])
def test_a_relative_pronoun_speaks_for_the_name_it_stands_for(analyse, text, speaker, kind, who):
    # speaker_text stays the mention at the cue; who that is comes from the noun "who" stands for
    assert speaker_of(analyse, text) == (speaker, kind, who)


def test_a_relative_pronoun_after_a_member_of_the_public_is_the_public(analyse):
    analysis = analyse("The club thanked a fan who tweeted “best day of my life” after the final whistle.")
    [att] = analysis.direct
    assert (att.speaker_text, att.speaker_kind, att.public) == ("who", "anonymous_public", True)


def test_an_organisation_named_by_its_kind_is_an_organisation_even_unresolved(analyse):
    text = ("Hexwick Rovers lost 3-0 at home after a defeat to Stanmoor Athletic left the side bottom.\n\n"
            "A replacement manager will be named “in due course and not before the summer,” the club said.\n")
    analysis = analyse(text)
    att = analysis.direct[-1]
    assert (att.speaker_text, att.speaker_kind, att.ref) == ("the club", "organization", None)


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    # no earlier sentence introduces them: one person by role or relation, left unresolved
    ("“We will win this county,” the candidate told supporters in Carlow.", "the candidate", "person"),
    ("“The figures do not add up,” the Ohio senator said on Tuesday.", "the Ohio senator", "person"),
    ("“He never missed a shift in thirty years,” his wife said.", "his wife", "person"),
    # an organisation by its kind or as someone's campaign
    ("“The report was wrong on every count,” the newspaper said in an editorial.", "the newspaper", "organization"),
    ("“We raised more than we spent,” her campaign said in a statement.", "her campaign", "organization"),
])
def test_a_role_or_relation_gives_the_kind_when_no_one_was_introduced(analyse, text, speaker, kind):
    assert speaker_of(analyse, text) == (speaker, kind, None)


def test_an_unnamed_man_or_woman_is_the_public(analyse):
    [att] = analyse("“I saw the whole thing from the bus stop,” the man said.").direct
    assert (att.speaker_text, att.speaker_kind, att.public) == ("the man", "anonymous_public", True)


def test_the_role_of_an_organisation_set_before_a_name_introduces_that_person(analyse) -> None:
    # the parser hangs the name on "Water", the organisation ending the "of" phrase
    text = ("The chief executive of Quorndon Water, Arabella Pellingham, faced MPs on Tuesday. "
            "The chief executive said the company had made mistakes.")
    found = analyse(text)
    [quote] = found.indirect
    assert quote.speaker_text == "The chief executive"
    assert quote.ref is not None and text[quote.ref[0] : quote.ref[1]] == "Arabella Pellingham"


def test_a_facility_named_for_what_it_is_speaks_as_its_operator(analyse) -> None:
    # the model tags "Skelwick Airport" FAC, not ORG
    text = ('About 9,000 suitcases missed their flights on Saturday, Skelwick Airport said. '
            '"We are sorry," the airport said in a statement.')
    [quote] = analyse(text).direct
    assert (quote.speaker_text, quote.speaker_kind) == ("the airport", "organization")
    assert text[quote.ref[0] : quote.ref[1]] == "Skelwick Airport"


def test_which_after_an_account_that_posts_as_a_handle_is_the_handle(analyse) -> None:
    # the parser hangs ", which wrote" on "account", whose own clause names the handle
    text = ("Study retracted\n\nThe problem was first flagged on Bluesky by an account that posts as "
            "@gelscanner.bsky.social, which wrote at the time: “These two panels are the same image, flipped. Happy to be wrong.”\n")
    [quote] = analyse(text).direct
    assert (quote.speaker_text, quote.speaker_kind) == ("which", "person")
    assert text[quote.ref[0] : quote.ref[1]] == "@gelscanner.bsky.social"
