"""Which quotes are public reactions, and reactions from posts (reactions.py)."""

from __future__ import annotations

from pipeline import ids
from pipeline.extract.reactions import build_reactions
from pipeline.records import Post, Quote


def quote(qid: str, text: str, kind: str, speaker: str | None, cue: str, article: str = "a1", quote_kind: str = "direct") -> Quote:
    return Quote(qid, article, text, 0, len(text), speaker, speaker or "one", 0, 3, None, kind, cue, quote_kind)


def test_public_reaction_rules() -> None:
    quotes = [
        quote("q1", "Best eleven minutes of the year", "anonymous_public", None, "joked"),
        quote("q2", "We have reviewed the incident", "organization", "Tidewater Lines", "said"),
        quote("q3", "I never meant to do it", "person", "Helen Marsh", "said"),
        quote("q4", "I did it on purpose", "person", "Helen Marsh", "tweeted"),  # the protagonist
        quote("q5", "Pencils forever", "person", "Jo Bloggs", "tweeted"),  # a named member of the public
        quote("q6", "the app was broken", "anonymous_public", None, "said", quote_kind="indirect"),
        quote("q7", "Paper tickets are back", "person", "Sam Reed", "said"),
    ]
    reactions = build_reactions(quotes, [], public_phrases={"q7"})
    assert sorted(r.quote_id for r in reactions) == ["q1", "q5", "q7"]
    for r in reactions:
        assert r.reaction_id == ids.reaction_id("quote", r.quote_id) and r.origin == "quote"


def test_posts_and_embeds_become_reactions_and_empty_posts_do_not() -> None:
    posts = [
        Post("mastodon:1", "mastodon", None, "pier", None, "What a day", None, "a1", "post"),
        Post("twitter:9", "twitter", None, "someone", None, "Still down?", None, "a1", "embed"),
        Post("reddit:3", "reddit", None, "x", None, "   ", None, None, "post"),
    ]
    reactions = build_reactions([], posts)
    assert {(r.origin, r.post_id) for r in reactions} == {("post", "mastodon:1"), ("embed", "twitter:9")}
    assert [r.reaction_id for r in reactions] == sorted(r.reaction_id for r in reactions)


def test_a_handle_quoted_twice_is_still_the_public_not_the_storys_protagonist() -> None:
    quotes = [
        quote("q1", "the stage had flickered twice", "person", "u/gridwatch_gus", "wrote", quote_kind="indirect"),
        quote("q2", "Two warnings and still one cable?", "person", "u/gridwatch_gus", "adding"),
        quote("q3", "Nobody is in danger", "person", "Ada Quist", "said"),
    ]
    assert [r.quote_id for r in build_reactions(quotes, [])] == ["q2"]


def test_one_named_with_their_neighbour_is_of_the_public_too(nlp) -> None:
    text = ("On Cedar Street, Elroy Quarmby and his neighbor Thurman Skelwick spent the morning dragging a sofa "
            "out of what used to be Quarmby’s living room.\n\n"
            "Quarmby laughed at that. “Next one that knocks, I’m charging him for parking,” he said.")
    from pipeline.extract.quotes import find_quote_spans
    from pipeline.extract.speakers import attribute_quotes

    [att] = attribute_quotes(nlp(text), find_quote_spans(text))
    assert (att.speaker_text, att.public) == ("he", True)  # named three times, but with his neighbour
