"""Direct quotes in every mark style (RELIABILITY 24), offsets, unbalanced marks, determinism."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.quotes import find_quote_spans, join_parts


def words(text: str) -> list[str]:
    return [join_parts(text, q.parts) for q in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The ferry was late again," the captain said.', ["The ferry was late again"]),
        ("“The ferry was late again,” the captain said.", ["The ferry was late again"]),
        ("‘The ferry was late again,’ the captain said.", ["The ferry was late again"]),
        ("„Die Fähre war spät“, sagte der Kapitän.", ["Die Fähre war spät"]),
        ("«The ferry was late», the captain said.", ["The ferry was late"]),
        ("« Le ferry était en retard », a dit le capitaine.", ["Le ferry était en retard"]),  # French spacing
        ("«\u202fLe ferry était en retard\u202f», a dit le capitaine.", ["Le ferry était en retard"]),  # narrow no-break
        ("„Die Fähre war spät”, sagte er.", ["Die Fähre war spät"]),
    ],
)
def test_every_mark_style(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_british_apostrophes_inside_single_quotes() -> None:
    text = "‘I didn’t think the pilots’ union would mind,’ she said. ‘It’s the owners’ call.’"
    assert words(text) == ["I didn’t think the pilots’ union would mind", "It’s the owners’ call."]


def test_plural_possessive_closing_before_a_cue() -> None:
    text = "‘Nobody listens to the Beatles’ she laughed, ‘these days.’"
    assert words(text)[0] == "Nobody listens to the Beatles"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural possessive before a comma and "not …", then another before the closing mark
        ("‘If it’s anybody’s fault, it’s the owners’, not the waiters’,’ he said.",
         ["If it’s anybody’s fault, it’s the owners’, not the waiters’"]),
        ("‘Ask the owners’, not me,’ she said.", ["Ask the owners’, not me"]),
        # guard: a ’ before a comma and a cue still closes the quote
        ("‘We want our homes’, residents said. ‘It’s ours.’", ["We want our homes", "It’s ours."]),
    ],
)
def test_a_plural_possessive_before_a_comma_inside_single_quotes(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_apostrophes_outside_quotes_do_not_open_quotes() -> None:
    text = "The band’s ’90s records and rock ‘n’ roll were the caretakers’ favourites."
    assert words(text) == []


def test_an_elision_opens_no_quote_but_a_word_it_begins_does() -> None:
    # "‘em", "‘til" and "‘cause" are whole words: ‘embarrassing’ and ‘tilted’ open quotes
    assert words("Fans sang ‘em all until dawn, ‘til the ‘90s band left.") == []
    assert words("The council called the error ‘embarrassing for the town’ and the towers ‘tilted’.") == [
        "embarrassing for the town", "tilted"]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "“She told me ‘never again’ and left,” the neighbour said."
    assert words(text) == ["She told me ‘never again’ and left"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a British quote holding a double-quoted phrase right after a plural possessive: that
        # ’ is the apostrophe, the quote's own ’ comes later
        ("‘The landlords’ “fair rent” scheme doubled our bills,’ said the tenant.",
         ["The landlords’ “fair rent” scheme doubled our bills"]),
        ("Mo Dowell said: ‘Our members’ „loyalty bonus“ was cut in half.’",
         ["Our members’ „loyalty bonus“ was cut in half."]),
        # and the reverse nesting, with apostrophes in both quotes
        ("“The landlords’ ‘fair rent’ scheme didn’t help Dowell’s tenants,” said the tenant.",
         ["The landlords’ ‘fair rent’ scheme didn’t help Dowell’s tenants"]),
        ("‘They called it “the workers’ charter” and it wasn’t,’ said the tenant.",
         ["They called it “the workers’ charter” and it wasn’t"]),
        # with no later ’ to close the quote, "s’" before a double mark still closes it
        ("‘Ask the landlords’ “Not our problem” was all the tenants heard.",
         ["Ask the landlords", "Not our problem"]),
    ],
)
def test_nested_quotes_mixing_single_and_double_marks(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mayor calls closure 'a betrayal' of commuters", ["a betrayal"]),
        ("'We were never told', say residents", ["We were never told"]),
        ("Harbour 'safe', says 'expert'", ["safe", "expert"]),
        ("Ferry boss says 'it's over' for the crossing; tenants' group says 'not yet'", ["it's over", "not yet"]),
        # a plural possessive inside: a later ' closes the quote
        ("'The Smiths' van was never insured', says owner", ["The Smiths' van was never insured"]),
        # apostrophes only: no quote
        ("The Smiths' shop reopens after the '90s flood, and it's rock 'n' roll again", []),
        ("Don't blame the Vances' dog, says vet", []),
        # an elision is a whole word: "'em" does not stop 'embarrassing', nor "'til" 'tilted towers'
        ("Rock 'em, sock 'em robots are back", []),
        ("Mayor calls closure 'embarrassing for the town'", ["embarrassing for the town"]),
        ("Fans wait 'til dawn for the 'tilted towers' show", ["tilted towers"]),
        # a headline quoting a sentence: the full stop is the quote's own
        ("Residents' verdict on the ferry: 'We were never told.'", ["We were never told."]),
        ("Okafor: 'Not before March!'", ["Not before March!"]),
        # a sentence, a whole line in marks, or a line with other marks keeps ' an apostrophe
        ("Residents called the ferry 'a betrayal', the mayor's office said.", []),
        ("'We were never told.'", []),
        ("Mayor calls closure 'a betrayal' of “ordinary commuters”", ["ordinary commuters"]),
    ],
)
def test_straight_single_marks_quote_in_a_headline(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a letters page in straight singles throughout: apostrophes and plural possessives stay
        (("'I have walked the towpath every Sunday since the '90s, and it's never smelt like this,' writes a reader.\n\n"
         "Another says the tenants' group 'won't let the council forget'. 'Fine them,' writes a third."),
         ["I have walked the towpath every Sunday since the '90s, and it's never smelt like this",
          "won't let the council forget", "Fine them"]),
        # one opener only: too little to read the document's ' as quotation marks
        ("Residents called the ferry 'a betrayal', the mayor's office said.", []),
        # a double mark anywhere: the document quotes in doubles, its ' are apostrophes
        ("The tenants' group said 'no' twice. “We will fight,” its chair said. It's 'over', said one.", ["We will fight"]),
        # a title cited in straight doubles inside the single quotes keeps the house style
        (("'We'll open at seven,' said the ferryman. 'I'll grant the \"Morning Gull\" is the better boat.'\n\n"
          "The harbourmaster called it 'a fair swap' and 'long overdue' in his report."),
         ["We'll open at seven", "I'll grant the \"Morning Gull\" is the better boat.", "a fair swap", "long overdue"]),
        # straight doubles quoting throughout, with singles nested inside: the ' stay apostrophes
        ('"The sign said \'closed\', and that\'s that," she said. "We\'re done."', ["The sign said 'closed', and that's that", "We're done."]),
    ],
)
def test_straight_single_marks_quote_throughout_a_document_without_double_marks(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_a_nested_quote_typed_with_the_outer_marks_stays_inside() -> None:
    text = "“I would rather queue all night than call it “progress” the way he does,” one reader said."
    assert words(text) == ["I would rather queue all night than call it “progress” the way he does"]


def test_an_opener_never_closed_gives_way_to_the_next_quote() -> None:
    # the first “ has no closing mark of its own: the second quote is the quote
    text = "The sign read “Closed for repairs and the clerk said “back on Monday,” before leaving."
    assert words(text) == ["back on Monday"]


def test_quote_across_paragraphs_is_one_quote() -> None:
    text = "The mayor said: ‘We will rebuild the pier.\n‘We will do it before summer.’\nThen she left."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert join_parts(text, spans[0].parts) == "We will rebuild the pier.\nWe will do it before summer."
    assert len(spans[0].parts) == 2


def test_offsets_index_the_quoted_words() -> None:
    text = "Intro line.\n“Tides are rising,” warned the harbour master. ‘Boats must move.’\n«Enough», one sailor replied."
    for q in find_quote_spans(text):
        for start, end in q.parts:
            assert text[start:end].strip() == text[start:end]
            assert text[start - 1] in "“‘«" or text[start - 1] == "\n" or start == 0
        assert join_parts(text, q.parts) == text[q.start : q.end] or len(q.parts) > 1


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes",
        "Closing only” here and ’ there and » there.",
        "“One “two “three",
        "‘’‘’“”“„«»",
        '"',
        "",
        "\n\n‘\n’\n",
        "He said: ‘the paragraph ends open\nand the next does not reopen.",
        "”a,“”",  # a paragraph opened by a mistyped ”, then a second opener (hypothesis found it raising KeyError)
    ],
)
def test_unbalanced_marks_never_raise(text: str) -> None:
    for q in find_quote_spans(text):
        assert 0 <= q.start <= q.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.\n’‘“”\"„«»'s", max_size=80))
def test_any_text_gives_valid_spans(text: str) -> None:
    first = find_quote_spans(text)
    for q in first:
        for start, end in q.parts:
            assert 0 <= start < end <= len(text)
    assert [q.parts for q in find_quote_spans(text)] == [q.parts for q in first]  # deterministic


def test_colon_introduced_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "The notice read: ‘Closed until further notice\nNext paragraph."
    assert words(text) == ["Closed until further notice"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an opening mark typed straight after the cue's comma, no space
        ("The mayor said,“The ferry runs again on Monday.”", ["The ferry runs again on Monday."]),
        ("The mayor said,‘The ferry runs again on Monday.’", ["The ferry runs again on Monday."]),
        # a straight " after a comma closes: the quote before it ends there
        ('"The ferry runs again," the mayor said,"on Monday."', ["The ferry runs again"]),
        # a direction mark pasted before a paragraph's mistyped opening ”
        ("Intro.\n\n\u202a\u201dWe lost the whole harvest in one night.\u201d \u2015 Pat Doyle\n", ["We lost the whole harvest in one night."]),
        ("\u200bThe mayor said: \u200b\u201cThe ferry runs again.\u201d", ["The ferry runs again."]),
    ],
)
def test_marks_after_a_comma_or_an_invisible_character(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("As the council minutes put it, “ … if the tide rises again, the pier will close.”",
         ["… if the tide rises again, the pier will close."]),
        ("” … and nobody told the riders,” Rosa Calder said.", ["… and nobody told the riders"]),
        ("The ferry left at six. “ Late again,” she said.", []),
    ],
)
def test_a_mark_followed_by_a_space_and_an_ellipsis_opens(text: str, expected: list[str]) -> None:
    assert words(text) == expected
