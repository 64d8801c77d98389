"""Rules found on the thirteenth held-out quote set's errors: two people sharing a surname after
"and" ("Clementine and Casimir Threadgould"), a quote reported "as saying" by whoever quoted it, and a
live blog's "time — Role Name, aside: “…”" lines (RELIABILITY 25). The sentences are ours;
each test fails on the code before these rules, and the guards (``test_guard_*``) pass on both."""

from __future__ import annotations

from .test_entities import entity_of, resolve

COUPLE = ("The bakery belongs to Clementine and Casimir Threadgould, a couple from Brackenmoor who opened it in 2019. "
          "Her husband, Casimir, bakes the bread. The oven failed on Tuesday, Mrs Threadgould told reporters.")


def test_a_first_name_joined_to_a_full_name_shares_its_surname(nlp) -> None:
    ents = [(e.text, e.label_) for e in nlp(COUPLE).ents]
    assert ("Clementine", "PERSON") in ents and ("Casimir Threadgould", "PERSON") in ents
    _, entities, mentions = resolve(nlp, {"a1": COUPLE})
    rosalind = entity_of(entities, mentions, "a1", "Clementine")
    assert rosalind.name == "Clementine Threadgould"
    assert entity_of(entities, mentions, "a1", "Casimir Threadgould").entity_id != rosalind.entity_id


def test_a_title_of_one_sex_goes_to_the_partner_of_that_sex(nlp) -> None:
    # "Her husband, Casimir" says Casimir Threadgould is a man, so "Mrs Threadgould" is Clementine
    _, entities, mentions = resolve(nlp, {"a1": COUPLE})
    assert entity_of(entities, mentions, "a1", "Mrs Threadgould").name == "Clementine Threadgould"


def test_guard_a_surname_before_and_is_not_a_first_name(nlp) -> None:
    text = ("Mr Quorley and Casimir Threadgould met on Monday. Quorley, a builder, said the talks went well. "
            "Eldon Quorley has run the firm since 1998.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Quorley").name == "Eldon Quorley"


def test_an_unlisted_first_name_is_the_familys_when_mr_and_mrs_both_name_it(nlp) -> None:
    # (found on quote set AM: "Hezekiah" is in no census; "Mr Pennyfeather" went to his wife)
    text = ("Among the regulars are Hezekiah and Sophronia Pennyfeather, both 71. "
            "“He does the edges,” said Mrs Pennyfeather. Mr Pennyfeather said he had done the sky.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Hezekiah").name == "Hezekiah Pennyfeather"
    assert entity_of(entities, mentions, "a1", "Mrs Pennyfeather").name == "Sophronia Pennyfeather"


def test_guard_an_unlisted_first_name_without_both_titles_keeps_its_own_name(nlp) -> None:
    text = ("Among the guests were Hezekiah and Sophronia Pennyfeather. Mrs Pennyfeather said the sky was the hardest part.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Hezekiah").name == "Hezekiah"


def _speaker(analyse, text: str, words: str) -> tuple[str | None, str]:
    found = analyse(text)
    quote = next(q for q in [*found.direct, *found.indirect] if words in text[q.parts[0][0] : q.parts[-1][1]])
    return quote.speaker_text, quote.speaker_kind


def test_who_a_statement_quoted_as_saying_is_the_speaker(analyse) -> None:
    text = ("The charity published its winter figures on Monday. The statement quoted its director, "
            "Dr Gwendolen Orr, as saying: \"We have never seen demand like this.\"")
    assert _speaker(analyse, text, "demand like this") == ("Dr Gwendolen Orr", "person")
    text = "The paper quoted a senior officer as saying that the ban would stay."
    assert _speaker(analyse, text, "the ban would stay") == ("a senior officer", "unnamed_source")


def test_guard_a_statement_saying_is_the_statement_s(analyse) -> None:
    text = "The council issued a statement saying that the bridge would reopen in May."
    assert _speaker(analyse, text, "the bridge would reopen")[0] == "The council"


def test_a_live_blog_line_names_its_speaker_before_an_aside(analyse) -> None:
    text = ("The count went on past midnight in Carrowby.\n\n"
            "01:05 — Party leader Thaddeus Dallimore, from the stage: \"We have won this town back. Thank you all.\"")
    assert _speaker(analyse, text, "won this town back") == ("Thaddeus Dallimore", "person")


def test_guard_a_round_up_line_still_names_its_speaker(analyse) -> None:
    text = "Voters queued all afternoon in Carrowby.\n\n• Gwendolen Vosburgh, 45: \"I waited three hours to vote.\""
    assert _speaker(analyse, text, "waited three hours") == ("Gwendolen Vosburgh", "person")
