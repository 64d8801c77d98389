"""Names an article declares someone's (nicknames, handles), and the entity rules found on the
second held-out entity set's errors: platform X, "Guild of …" names, kin words opening a name,
sex from a name's own description, local bodies' short forms (RELIABILITY 25). The sentences are
ours; each test fails on the code before these rules."""

from __future__ import annotations

import pytest

from pipeline.extract.cues import mention_gender
from pipeline.extract.entities import EntityResolver, FoundName

from .test_entities import entity_of, resolve


def ents_of(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_a_nickname_in_quotation_marks_inside_a_name_is_one_person(nlp) -> None:
    text = ('Lowenna "Tam" Velloway, who founded the bakery in 2015, apologised on Monday. '
            "Velloway said the recall was her decision. Tam Velloway later told staff the same.")
    assert ('Lowenna "Tam" Velloway', "PERSON") in ents_of(nlp, text)
    _, entities, mentions = resolve(nlp, {"a1": text})
    lowenna = entity_of(entities, mentions, "a1", 'Lowenna "Tam" Velloway')
    assert lowenna.name == "Lowenna Velloway"
    assert entity_of(entities, mentions, "a1", "Velloway").entity_id == lowenna.entity_id
    assert entity_of(entities, mentions, "a1", "Tam Velloway").entity_id == lowenna.entity_id


def test_a_nickname_across_articles_joins_the_person_its_article_named() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", 'Lowenna "Tam" Velloway', "PERSON", 0, 21)])
    resolver.add_document("a2", [FoundName("a2", "Tam Velloway", "PERSON", 0, 12)])
    resolver.add_document("a3", [FoundName("a3", "Tom Velloway", "PERSON", 0, 12)])
    _, mentions = resolver.resolve()
    ids_of = {m.doc_id: m.entity_id for m in mentions}
    assert ids_of["a1"] == ids_of["a2"] != ids_of["a3"]


@pytest.mark.parametrize("declaration", ["known to the whole crew as Skipper", "who goes by Skipper", "nicknamed ‘Skipper’"])
def test_a_nickname_declared_after_a_name_is_that_person(nlp, declaration: str) -> None:
    text = (f"Ruarc Penhallow, {declaration}, has led the lifeboat crew for 20 years. "
            "Skipper, a retired fisherman, said the new boat was overdue.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    ruarc = entity_of(entities, mentions, "a1", "Ruarc Penhallow")
    assert entity_of(entities, mentions, "a1", "Skipper").entity_id == ruarc.entity_id
    assert ruarc.label == "PERSON"


def test_guard_a_capitalised_description_is_no_nickname(nlp) -> None:
    text = "Ruarc Penhallow, known to the crew as Coxswain Penhallow Senior, said the boat was overdue."
    assert all(e.text != "Coxswain Penhallow" for e in nlp(text).ents if e.label_ == "PERSON" and e.text != "Ruarc Penhallow")


def test_a_handle_the_article_says_someone_posts_as_is_theirs(nlp) -> None:
    text = ("The leak was found by Oren Waterfield, a security researcher. Waterfield, who posts as @gullwing, "
            "published a sample. Bettany Crole, who posts about sailing on X as @saltyskiff, was not affected.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "@gullwing").entity_id == entity_of(entities, mentions, "a1", "Oren Waterfield").entity_id
    assert entity_of(entities, mentions, "a1", "@saltyskiff").entity_id == entity_of(entities, mentions, "a1", "Bettany Crole").entity_id


@pytest.mark.parametrize(
    "text, handle, owner",
    [
        ("Bellamira Quarmby keeps bees on the farm. Bellamira posts pictures of the hives on Instagram as @bq_hives, "
         "and her audience has doubled.", "@bq_hives", "Bellamira Quarmby"),  # the subject of "posts … as"
        ("Harnmoor Surveying Ltd, which posts on Bluesky as harnmoorsurvey.bsky.social, confirmed "
         "the delay on Friday.", "harnmoorsurvey.bsky.social", "Harnmoor Surveying Ltd"),  # "which"
        ("Gadsden Skelwick runs the bakery. Ms. Skelwick, who posted the recipe under the handle @skelbakes, "
         "says the loaves sold out by nine.", "@skelbakes", "Gadsden Skelwick"),  # "under the handle"
        ("Harnmoor Ltd's account on X, @TheSiteDesk, posted a photograph.", "@TheSiteDesk", "Harnmoor Ltd"),  # "X's account, @x"
        ("The campaign, the Quorndon Allotment Tenants Association, posts as @qata@plots.example and has been "
         "gathering signatures.", "@qata@plots.example", "Quorndon Allotment Tenants Association"),  # a name beside the subject
    ],
)
def test_a_handle_the_sentence_says_its_subject_posts_as_is_theirs(nlp, text: str, handle: str, owner: str) -> None:
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", handle).name == owner


def test_guard_a_handle_posted_by_an_unnamed_relative_has_no_owner(nlp) -> None:
    text = "Bellamira Quarmby keeps bees on the farm. Her nephew, who posts on Mastodon as @bq@hives.example, was furious."
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "@bq@hives.example").name != "Bellamira Quarmby"


def test_a_handle_with_a_title_and_an_organisations_initialled_handle() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Cllr Ysella Marrow", "PERSON", 0, 18),
                                 FoundName("a1", "@CllrMarrow", "HANDLE", 30, 41),
                                 FoundName("a1", "@CllrTrevaskis", "HANDLE", 50, 63),
                                 FoundName("a1", "@SenatorMarrow", "HANDLE", 64, 78),
                                 FoundName("a1", "Dunlow Valley Lifeboat Crew", "ORG", 70, 97),
                                 FoundName("a1", "@DunlowVLC", "HANDLE", 110, 120),
                                 FoundName("a1", "Dunlow VLC", "ORG", 130, 140)])
    _, mentions = resolver.resolve()
    ids_of = {m.text: m.entity_id for m in mentions}
    assert ids_of["@CllrMarrow"] == ids_of["@SenatorMarrow"] == ids_of["Cllr Ysella Marrow"]
    assert ids_of["@CllrTrevaskis"] != ids_of["Cllr Ysella Marrow"]
    assert ids_of["@DunlowVLC"] == ids_of["Dunlow Valley Lifeboat Crew"] == ids_of["Dunlow VLC"]


def test_platform_x_is_an_organisation_where_posts_go(nlp) -> None:
    assert ("X", "ORG") in ents_of(nlp, "The mayor posted on X that the road would reopen.")
    assert ("X", "ORG") in ents_of(nlp, "Her apology was posted to X.")
    assert ("X", "ORG") not in ents_of(nlp, "The clinic relied on X-rays taken in May.")
    assert ("X", "ORG") not in ents_of(nlp, "The shop on X Street closed.")
    # before "account", "post" … after a possessive or an article (2026-12-02)
    assert ("X", "ORG") in ents_of(nlp, "Wenna Skelwick apologised on her X account, @wennask, on Friday.")
    assert ("X", "ORG") in ents_of(nlp, "The ferry company's X account said every sailing was cancelled.")
    assert ("X", "ORG") not in ents_of(nlp, "Generation X users were asked too.")


def test_an_organisation_word_of_a_name_is_an_organisation(nlp) -> None:
    assert ("Guild of Tidewater Pilots", "ORG") in [(e.text.removeprefix("The "), e.label_) for e in nlp(
        "The Guild of Tidewater Pilots said the new quay was unsafe.").ents]
    assert ("Farnley Chamber of Commerce", "ORG") in [(e.text.removeprefix("The "), e.label_) for e in nlp(
        "The Farnley Chamber of Commerce said the strike would cost shops millions.").ents]


def test_a_chamber_of_commerce_is_not_the_company(nlp, analyse) -> None:
    text = ("Pellow Logistics said the strike would end on Monday. The Farnley Chamber of Commerce said the strike cost "
            "shops millions. The company said it would refund every customer.")
    analysis = analyse(text)
    refund = next(q for q in analysis.indirect if "refund" in text[q.parts[0][0] : q.parts[-1][1]])
    assert text[refund.ref[0] : refund.ref[1]] == "Pellow Logistics"


def test_a_word_of_kin_opening_a_sentence_is_not_the_name(nlp) -> None:
    found = ents_of(nlp, "Grandad Ebenezer Quarrie, 80, signed the papers. Daughter Jessamine, 31, is staying on.")
    assert ("Ebenezer Quarrie", "PERSON") in found
    assert ("Jessamine", "PERSON") in found
    assert not any(text.startswith(("Grandad", "Daughter")) for text, _ in found)


def test_sex_from_a_noun_of_kin_before_the_name_and_from_its_own_description(nlp) -> None:
    doc = nlp("Orrin Taskell, 74, the third generation of his family to run the mill, signed with his wife Meriel. "
              "Tegwen Taskell, who posts as @tegbakes, told her followers nothing would change.")
    genders = {e.text: mention_gender(e) for e in doc.ents if e.label_ == "PERSON"}
    assert genders["Orrin Taskell"] == "m"
    assert genders["Meriel"] == "f"
    assert genders["Tegwen Taskell"] == "f"


def test_sex_from_a_possessive_in_a_phrase_of_the_names_own_verb(nlp) -> None:
    # (found on quote set AK: the founder's first name is in no census, her granddaughter's is,
    # and "Mrs" went to the granddaughter; as there, the granddaughter is named as the agent:
    # as the subject's relative, a bare name right after would be hers, entities._just_named)
    text = ("Senara Pardoe, 71, has nursed injured owls in the shed of her cottage since 2011. "
            "The release was filmed by her granddaughter, Kayla Pardoe, 20. "
            "Mrs Pardoe said the owls always come back.")
    doc = nlp(text)
    assert {mention_gender(e) for e in doc.ents if e.text == "Senara Pardoe"} == {"f"}
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Mrs Pardoe").name == "Senara Pardoe"


def test_guard_a_possessive_in_a_phrase_naming_someone_else_says_nothing(nlp) -> None:
    doc = nlp("Senara Pardoe, 71, has nursed owls in the barn of Ivor Tamblyn and his son since 2011.")
    assert {mention_gender(e) for e in doc.ents if e.text == "Senara Pardoe"} == {None}


def test_guard_a_description_about_someone_else_says_nothing_of_the_name(nlp) -> None:
    doc = nlp("Rowan Brace, whose husband sold his shares last year, said the bid was too low.")
    assert {mention_gender(e) for e in doc.ents if e.text == "Rowan Brace"} == {None}


def test_mrs_goes_to_the_woman_of_a_family_where_the_man_is_known_by_his_own_words(nlp) -> None:
    text = ("Orrin Taskell, 74, the third generation of his family to run the mill, said the sale was hard. "
            "His wife, Meriel Taskell, kept the books. “We said no twice,” Mrs Taskell said.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Mrs Taskell").name == "Meriel Taskell"


def test_a_local_bodys_short_form_and_a_clubs_supporters_trust() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Wexley County Council", "ORG", 0, 21, True),
                                 FoundName("a1", "The County Council", "ORG", 40, 58, True),
                                 FoundName("a1", "Tollbury Rovers", "ORG", 70, 85, True),
                                 FoundName("a1", "Tollbury Rovers Supporters' Trust", "ORG", 90, 123, True)])
    resolver.add_document("a2", [FoundName("a2", "Florida Supreme Court", "ORG", 0, 21),
                                 FoundName("a2", "Supreme Court", "ORG", 40, 53)])
    _, mentions = resolver.resolve()
    ids_of = {(m.doc_id, m.text): m.entity_id for m in mentions}
    assert ids_of[("a1", "The County Council")] == ids_of[("a1", "Wexley County Council")]
    assert ids_of[("a1", "Tollbury Rovers")] != ids_of[("a1", "Tollbury Rovers Supporters' Trust")]
    assert ids_of[("a2", "Supreme Court")] != ids_of[("a2", "Florida Supreme Court")]


def test_a_title_word_opening_a_bodys_name_is_the_bodys() -> None:
    from pipeline.extract.entities import clean_name

    assert clean_name("the Justice Department") == "Justice Department"
    assert clean_name("Justice Marrow") == "Marrow"  # a judge: the title goes


def test_guard_no_organisation_of_a_title_case_headline(nlp) -> None:
    from pipeline.extract.components import EntityRuler, _title_case_line

    headline = nlp("Board Of Tidewater Pilots Finds Quay Unsafe After Storm Damage")
    assert _title_case_line(headline, 0)
    assert EntityRuler._organisation_of(headline, 0, 6) is None  # capitals mark no name in Title Case
    assert not _title_case_line(nlp("The Board of Tidewater Pilots finds the quay unsafe after storm damage."), 1)


def test_letters_after_a_name_and_an_abbreviated_title_make_a_person(nlp) -> None:
    # the small model tags both names ORG
    assert ents_of(nlp, "The council argued otherwise. Ignatius Pennock KC, for the council, said the lane met every duty.") == [
        ("Ignatius Pennock KC", "PERSON")]
    assert ents_of(nlp, "Cllr Ignatius Pennock, the council's cabinet member, said letters would follow.") == [
        ("Cllr Ignatius Pennock", "PERSON")]


def test_guard_letters_before_a_name_stay_out_of_it(nlp) -> None:
    found = ents_of(nlp, "The Wyvern Party MP Bernard Pennock said the lane was a mistake.")
    assert not any(text.startswith("Wyvern Party") and label == "PERSON" for text, label in found)


def test_the_former_and_the_latter_are_the_pair_named_before(analyse) -> None:
    text = ("Two riders at the lights, Miriam Castell and Bernard Pennock, saw the ruling differently. The former called it "
            "“a win for common sense”; the latter said the judge had “never ridden in the rain”.")
    quotes = analyse(text).direct
    who = {text[q.parts[0][0] : q.parts[0][1]]: text[q.ref[0] : q.ref[1]] for q in quotes if q.ref}
    assert who == {"a win for common sense": "Miriam Castell", "never ridden in the rain": "Bernard Pennock"}


def _tagged(nlp, before_consistency, text: str, tags: dict[str, str]) -> list[tuple[str, str]]:
    """The real label-consistency component on a real parse whose entities are set by hand
    (each name in ``tags`` at every occurrence, with the label the small model gave it)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    doc = before_consistency(text)
    spans = []
    for name, label in tags.items():
        words = name.split()
        spans += [Span(doc, t.i, t.i + len(words), label=label) for t in doc
                  if [x.text for x in doc[t.i : t.i + len(words)]] == words]
    doc.ents = filter_spans(spans)  # the longest name wins where two overlap
    doc = nlp.get_pipe("newsreact_label_consistency")(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_company_in_apposition_outweighs_an_owner(nlp, before_consistency) -> None:
    text = "The team is named for its owner, Quillon Foods, a frozen-food company that has paid for it since 2016."
    assert ("Quillon Foods", "ORG") in _tagged(nlp, before_consistency, text, {"Quillon Foods": "PERSON"})


def test_a_first_name_alone_is_the_person_the_article_names_in_full(nlp, before_consistency) -> None:
    text = "Esmerelda Tolliver founded the company in 1993. Esmerelda says she is not worried."
    found = _tagged(nlp, before_consistency, text, {"Esmerelda Tolliver": "PERSON", "Esmerelda": "NORP"})
    assert found == [("Esmerelda Tolliver", "PERSON"), ("Esmerelda", "PERSON")]


def test_sir_or_dame_with_a_first_name_is_the_one_person_of_the_corpus_so_named() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Dame Esmerelda Tolliver", "PERSON", 0, 23)])
    resolver.add_document("a2", [FoundName("a2", "Dame Esmerelda", "PERSON", 0, 14), FoundName("a2", "Esmerelda", "PERSON", 30, 39)])
    _, mentions = resolver.resolve()
    ids_of = {(m.doc_id, m.text): m.entity_id for m in mentions}
    assert ids_of[("a2", "Dame Esmerelda")] == ids_of[("a1", "Dame Esmerelda Tolliver")]
    # a first name alone too, since 2026-12-02, when one corpus person has it (test_entities_kin_and_outlets.py)
    assert ids_of[("a2", "Esmerelda")] == ids_of[("a1", "Dame Esmerelda Tolliver")]


def test_a_name_beside_a_spokesman_for_an_organisation_noun_is_the_organisations(nlp) -> None:
    from spacy.tokens import Span

    from pipeline.extract.stage import analyse_doc

    text = ("22:40 — A spokesman for the grid operator, Quillon Power, told us that a cable fault had cut supply. "
            "“Our crews are on the way,” he said.")
    doc = nlp(text)
    name = next(t.i for t in doc if t.text == "Quillon")
    doc.ents = [Span(doc, name, name + 2, label="PERSON")]  # as the small model tagged a held-out grid operator
    found = analyse_doc(doc, "d")
    [first, second] = sorted(found.direct + found.indirect, key=lambda q: q.parts[0][0])
    assert first.speaker_kind == second.speaker_kind == "unnamed_source"


def test_a_proper_noun_set_after_an_organisation_noun_is_the_organisation(nlp, before_consistency) -> None:
    # the small model left a held-out airline's name untagged here; the tagging is set so by hand
    text = "That airline, Quillair, said on Friday that it would fly the dog home at no charge."
    assert ("Quillair", "ORG") in _tagged(nlp, before_consistency, text, {"Friday": "DATE"})


def test_she_after_a_name_set_beside_a_root_noun_is_that_name(analyse) -> None:
    # the small model parses "director" as the sentence's root and "spent" as a clause on it
    text = ("Mayor Wenda Osgrove went further. “Somebody handed my contractor an old map,” she said.\n\n"
            "The museum's director, Miriam Castell, spent Sunday morning answering emails from angry visitors. "
            "She said every ticket holder would get a refund by the end of the month.")
    found = analyse(text)
    refund = next(q for q in found.indirect if "refund" in text[q.parts[0][0] : q.parts[-1][1]])
    assert text[refund.ref[0] : refund.ref[1]] == "Miriam Castell"


@pytest.mark.parametrize(
    "text, owner, nickname",
    [
        ("Jorunn Oakhurst has organised the county chess league since 2004. She is known in the league, if not at "
         "home, as Gambit. Gambit lost only twice last season.", "Jorunn Oakhurst", "Gambit"),  # "she is known …, as"
        ("The league's treasurer is Jorunn Oakhurst, who plays on board one and is known in every club of the county "
         "as Gambit. Gambit lost only twice last season.", "Jorunn Oakhurst", "Gambit"),  # "who … and is known … as"
        ("Lennart Pennick plays on board two for the town. His team-mates call him Stalemate. Stalemate has not "
         "lost a game since March.", "Lennart Pennick", "Stalemate"),  # "call him X"
        ("Lennart Pennick took up chess at sixty, and his nickname, Stalemate, came a year later. Stalemate has "
         "not lost a game since March.", "Lennart Pennick", "Stalemate"),  # "his nickname, X,"
    ],
)
def test_a_nickname_declared_through_a_pronoun_or_who_is_that_person(nlp, text: str, owner: str, nickname: str) -> None:
    _, entities, mentions = resolve(nlp, {"a1": text})
    person = entity_of(entities, mentions, "a1", owner)
    assert entity_of(entities, mentions, "a1", nickname).entity_id == person.entity_id
    assert person.name == owner


def test_guard_a_pronoun_two_people_could_be_gives_no_nickname(nlp) -> None:
    # two people before "him", nothing saying which is a man: the nickname is nobody's
    text = ("Lennart Pennick and Ebbe Oakhurst share board one for the town. Their team-mates call him Stalemate. "
            "Stalemate has not lost a game since March.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    people = {entity_of(entities, mentions, "a1", n).entity_id for n in ("Lennart Pennick", "Ebbe Oakhurst")}
    assert not [m for m in mentions if m.text == "Stalemate" and m.entity_id in people]


def test_guard_a_pronoun_of_the_other_sex_gives_no_nickname(nlp) -> None:
    text = ("The club's chairwoman, Jorunn Oakhurst, plays on board one for the town. Her team-mates call him "
            "Stalemate. Stalemate has not lost a game since March.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    jorunn = entity_of(entities, mentions, "a1", "Jorunn Oakhurst").entity_id
    assert not [m for m in mentions if m.text == "Stalemate" and m.entity_id == jorunn]


SNAIL = ("The rosette belongs to Orlando Quickthorn, 10, who found the snail under a bucket in June. "
         "'He was the same snail all along,' said Orlando. Orlando's mother, Serena Quickthorn, 41, said he had kept it in a shoebox. "
         "A letter from Orlando to the committee reads: 'I did not swap him.'")


def test_a_first_name_the_model_took_for_a_city_before_an_aged_surname_is_the_persons(nlp, before_consistency) -> None:
    # (found in the quote sets' speaker misses, not blind: the small model tagged a boy's first
    # name as the city and left his surname out; the tagging is set so by hand)
    found = _tagged(nlp, before_consistency, SNAIL, {"Orlando": "GPE", "Serena Quickthorn": "PERSON", "10": "DATE", "41": "DATE"})
    assert found[0] == ("Orlando Quickthorn", "PERSON")
    # and the name alone is his wherever "Orlando's mother" says it is someone's
    assert [label for text, label in found if text == "Orlando"] == ["PERSON", "PERSON", "PERSON"]


def test_guard_the_city_a_first_name_is_stays_a_city_without_a_person_s_evidence(nlp, before_consistency) -> None:
    text = "The rosette belongs to Orlando Quickthorn, 10, who found the snail. His family flew to Orlando in June and came back with the snail."
    found = _tagged(nlp, before_consistency, text, {"Orlando": "GPE", "10": "DATE"})
    assert found[0] == ("Orlando Quickthorn", "PERSON")
    assert ("Orlando", "GPE") in found


def test_the_surname_of_a_full_name_the_evidence_made_a_person_is_found_alone(nlp, before_consistency) -> None:
    # (found in the quote sets' speaker misses, not blind: the small model tagged the swimmer a
    # place and his surname alone nothing, so "he" went to the last person it had tagged)
    text = ("One of them, Denzel Quarrie, 38, said the group had chosen the bay because it was open water. "
            "Quarrie plans to be there on Sunday.")
    found = _tagged(nlp, before_consistency, text, {"Denzel Quarrie": "GPE", "38": "DATE"})
    assert ("Denzel Quarrie", "PERSON") in found and ("Quarrie", "PERSON") in found
