"""Name variants resolve to one entity, two people sharing a surname stay two (RELIABILITY 25)."""

from __future__ import annotations

from pipeline import ids
from pipeline.extract.entities import EntityResolver, FoundName, clean_name, name_key
from pipeline.extract.stage import analyse_doc


def resolve(nlp, docs: dict[str, str]):
    resolver = EntityResolver()
    for doc_id, text in sorted(docs.items()):
        found = analyse_doc(nlp(text), doc_id, quotes=False)
        resolver.add_document(doc_id, found.names, found.candidates)
    entities, mentions = resolver.resolve()
    return resolver, entities, mentions


def entity_of(entities, mentions, doc_id: str, text: str):
    by_id = {e.entity_id: e for e in entities}
    for m in mentions:
        if m.doc_id == doc_id and m.text == text:
            return by_id[m.entity_id]
    raise AssertionError(f"no mention {text!r} in {doc_id}: {[(m.doc_id, m.text) for m in mentions]}")


def test_clean_name_and_key() -> None:
    assert clean_name("Mr Duysak’s") == "Duysak"
    assert clean_name("the Harbour Trust") == "Harbour Trust"
    assert name_key("President Grace  Holloway's") == "grace holloway"


def test_curly_possessive_does_not_fuse_two_names(nlp) -> None:
    doc = nlp("Visitors to Grace Holloway’s Twitter page saw an error on Tuesday.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Twitter", "ORG") in ents
    assert any(text == "Grace Holloway" for text, _ in ents)


def test_words_after_a_possessive_stay_a_name_of_their_own(nlp) -> None:
    # the small model tags "Twitter’s San Francisco" as one PERSON; the place must survive the cut
    doc = nlp("Engineers at Twitter’s San Francisco office walked out on Friday.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Twitter", "ORG") in ents and ("San Francisco", "GPE") in ents
    plural = nlp("Staff at Meridian Foods’ Leeds depot were told on Monday.")
    assert [(e.text, e.label_) for e in plural.ents][:2] == [("Meridian Foods", "ORG"), ("Leeds", "GPE")]
    trailing = nlp("Staff at Meridian Foods' depot were told on Monday.")  # a final possessive is dropped
    assert "Meridian Foods" in [e.text for e in trailing.ents]


def test_organisation_named_with_a_plural_possessive_stays_whole(nlp) -> None:
    doc = nlp("The Professional Footballers’ Guild said it had no concerns.")
    assert any(e.text.endswith("Footballers’ Guild") and e.label_ == "ORG" for e in doc.ents)


def test_a_plural_possessive_name_the_ner_called_a_work_is_one_organisation(nlp) -> None:
    # the small model tags "The Bus Drivers' Guild" WORK_OF_ART here; cut at the possessive, it
    # left a PERSON "Guild" for "she" to resolve to
    text = "Nobody answered.\n\nThe Bus Drivers' Guild replied within the hour."
    with nlp.select_pipes(disable=["newsreact_possessives", "newsreact_entity_ruler", "newsreact_label_consistency"]):
        assert ("The Bus Drivers' Guild", "WORK_OF_ART") in [(e.text, e.label_) for e in nlp(text).ents]  # the small model's mistake
    assert ("The Bus Drivers' Guild", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_paper_the_ner_took_with_its_the_is_an_organisation(nlp) -> None:
    # the small model tags "the Coast Gazette" FAC; "the Kestrel Institute of Technology" stays whole
    text = "‘It was my mistake and I take full responsibility,’ Mr Brandt told the Coast Gazette. ‘The server was off.’"
    with nlp.select_pipes(disable=["newsreact_entity_ruler"]):
        assert ("the Coast Gazette", "FAC") in [(e.text, e.label_) for e in nlp(text).ents]  # the small model's mistake
    assert ("the Coast Gazette", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]
    longer = nlp("She studied at the Kestrel Institute of Technology for three years.")
    assert not any(e.text == "Kestrel Institute" for e in longer.ents)


def test_name_variants_are_one_entity(nlp) -> None:
    text = (
        "Grace Holloway runs the ferry company. Holloway said the boats were safe. "
        "Ms Holloway’s staff agreed, and Holloway’s deputy nodded. "
        "Her account @GraceHolloway posted a photo of the harbour."
    )
    _, entities, mentions = resolve(nlp, {"a1": text})
    person = entity_of(entities, mentions, "a1", "Grace Holloway")
    assert person.label == "PERSON"
    assert person.entity_id == ids.entity_id("PERSON", "Grace Holloway")
    for variant in ("Holloway", "@GraceHolloway"):
        assert entity_of(entities, mentions, "a1", variant).entity_id == person.entity_id
    assert {"Holloway", "@GraceHolloway"} <= set(person.aliases)
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text


def test_surname_attaches_across_documents(nlp) -> None:
    _, entities, mentions = resolve(
        nlp,
        {
            "a1": "Grace Holloway runs the ferry company in Dover.",
            "a2": "Holloway said on Monday that the boats were safe.",
        },
    )
    assert entity_of(entities, mentions, "a2", "Holloway").name == "Grace Holloway"


def test_two_people_sharing_a_surname_are_not_merged(nlp) -> None:
    _, entities, mentions = resolve(
        nlp,
        {
            "a1": "Daniel Weber teaches law in Boston. Weber said the ruling was fair.",
            "a2": "Anna Weber coaches rowing in Seattle. Weber said the team was ready.",
        },
    )
    daniel = entity_of(entities, mentions, "a1", "Daniel Weber")
    anna = entity_of(entities, mentions, "a2", "Anna Weber")
    assert daniel.entity_id != anna.entity_id
    assert entity_of(entities, mentions, "a1", "Weber").entity_id == daniel.entity_id
    assert entity_of(entities, mentions, "a2", "Weber").entity_id == anna.entity_id


def test_bare_surname_is_ambiguous_when_two_share_it_in_a_document(nlp) -> None:
    text = "Daniel Weber and Anna Weber met in Boston. Weber said it went well."
    resolver, entities, mentions = resolve(nlp, {"a1": text})
    assert resolver.ambiguous >= 1
    linked = [m.text for m in mentions if m.doc_id == "a1"]
    assert "Weber" not in linked
    assert len({e.entity_id for e in entities if e.label == "PERSON"}) == 2


COUPLE = ("Bartley Penhallow and his wife, Corinna Penhallow, found the winning ticket in a coat pocket on Sunday.\n\n"
          "Mr Penhallow said he had checked the numbers twice.\n\n"
          "Mrs Penhallow was calmer. She made him sit down.")


def test_mr_of_a_couple_sharing_a_surname_is_not_the_wife(nlp) -> None:
    # "his wife," says Corinna is a woman; neither first name is in first_names.txt
    _, entities, mentions = resolve(nlp, {"a1": COUPLE})
    bartley = entity_of(entities, mentions, "a1", "Bartley Penhallow")
    corinna = entity_of(entities, mentions, "a1", "Corinna Penhallow")
    assert bartley.entity_id != corinna.entity_id
    assert entity_of(entities, mentions, "a1", "Penhallow").entity_id == bartley.entity_id  # "Mr Penhallow"
    # nothing says Bartley is a man, so "Mrs Penhallow" may be either: left unlinked, never Bartley
    assert all(m.entity_id != bartley.entity_id for m in mentions if m.text == "Mrs Penhallow")


def test_a_bare_surname_with_no_sex_said_still_goes_to_the_first_named(nlp) -> None:
    # guard (passes before and after): with nothing to tell them apart, the story's subject, named
    # first (the wife named as an agent: as the subject's relative, "His wife, Corinna Penhallow,
    # checked it.", a bare name right after is hers since session 49, entities._just_named)
    text = "Bartley Penhallow, 61, found the ticket. It was checked by his wife, Corinna Penhallow. Penhallow said it was real."
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Penhallow").entity_id == entity_of(entities, mentions, "a1", "Bartley Penhallow").entity_id


# "Mr" of a surname whose one full name is a woman (found on quote set AI after its blind run:
# "Mr. Stührwoldt" went to his wife, the only one the article names in full)

def test_mr_of_a_surname_whose_one_full_name_is_a_woman_is_not_her(nlp) -> None:
    text = ("Jorika Penhallow bought the mill in March.\n\n"  # a woman's name by its ending
            "Her husband greases the gears every Sunday. “It likes the attention,” said Mr Penhallow.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    jorika = entity_of(entities, mentions, "a1", "Jorika Penhallow")
    assert all(m.entity_id != jorika.entity_id for m in mentions if m.text == "Mr Penhallow")  # unresolved, not hers


def test_guard_mr_of_a_surname_whose_one_full_name_is_a_man_is_him(nlp) -> None:
    text = "Bartley Penhallow bought the mill in March.\n\n“It likes the attention,” said Mr Penhallow."
    _, entities, mentions = resolve(nlp, {"a1": text})
    assert entity_of(entities, mentions, "a1", "Mr Penhallow").entity_id == entity_of(entities, mentions, "a1", "Bartley Penhallow").entity_id


def test_letters_after_a_name_are_not_its_surname(nlp) -> None:
    # "KC" is no surname: "Mr Brannagh" is the barrister, named "Martin Brannagh"
    text = ("Martin Brannagh KC, defending, told the jury the log had been misread.\n\n"
            "“Nobody hid anything,” Mr Brannagh said.")
    _, entities, mentions = resolve(nlp, {"a1": text})
    full = entity_of(entities, mentions, "a1", "Martin Brannagh KC")
    assert full.name == "Martin Brannagh"
    assert entity_of(entities, mentions, "a1", "Brannagh").entity_id == full.entity_id


def test_handle_with_first_and_last_name_joins_the_person() -> None:
    resolver = EntityResolver()
    resolver.add_document(
        "a1",
        [
            FoundName("a1", "Julian Norrstedt", "PERSON", 0, 16),
            FoundName("a1", "@realJulianNorrstedt", "HANDLE", 30, 50),
            FoundName("a1", "@norrstedtfan", "HANDLE", 60, 73),
        ],
    )
    _, mentions = resolver.resolve()
    by_text = {m.text: m.entity_id for m in mentions}
    assert by_text["@realJulianNorrstedt"] == by_text["Julian Norrstedt"]
    assert by_text["@norrstedtfan"] != by_text["Julian Norrstedt"]  # surname alone is not enough


def test_near_identical_spellings_merge_across_documents() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Christopher Akintola", "PERSON", 0, 20)])
    resolver.add_document("a2", [FoundName("a2", "Christopher Akintolla", "PERSON", 0, 21)])
    resolver.add_document("a3", [FoundName("a3", "Christopher Okafor", "PERSON", 0, 18)])
    _, mentions = resolver.resolve()
    ids_by_doc = {m.doc_id: m.entity_id for m in mentions}
    assert ids_by_doc["a1"] == ids_by_doc["a2"] != ids_by_doc["a3"]


def test_label_consistency_within_a_document(nlp) -> None:
    text = "Mr Pellegrino spoke first. Later Pellegrino left, and Pellegrino said nothing more."
    doc = nlp(text)
    labels = {e.label_ for e in doc.ents if "Pellegrino" in e.text}
    assert labels == {"PERSON"}


def test_resolution_is_deterministic(nlp) -> None:
    docs = {"a1": "Grace Holloway met Daniel Weber in Dover.", "a2": "Weber and Holloway spoke to Reuters."}
    first = resolve(nlp, docs)[1:]
    second = resolve(nlp, dict(reversed(list(docs.items()))))[1:]
    assert first == second


def test_two_chens_in_two_articles_stay_two_and_a_bare_chen_elsewhere_joins_neither(nlp) -> None:
    _, entities, mentions = resolve(
        nlp,
        {
            "a1": "Wei Chen repairs ferries in Dover. Chen said the hulls were sound.",
            "a2": "Lin Chen teaches piano in Leeds. Chen’s pupils played on Sunday.",
            "p1": "Chen is right about this, honestly.",
        },
    )
    wei = entity_of(entities, mentions, "a1", "Wei Chen")
    lin = entity_of(entities, mentions, "a2", "Lin Chen")
    assert wei.entity_id != lin.entity_id
    assert entity_of(entities, mentions, "a1", "Chen").entity_id == wei.entity_id
    assert entity_of(entities, mentions, "a2", "Chen").entity_id == lin.entity_id
    bare = [m for m in mentions if m.doc_id == "p1"]
    assert all(m.entity_id not in {wei.entity_id, lin.entity_id} for m in bare)


def test_possessives_straight_and_curly_and_titles_are_one_person(nlp) -> None:
    text = (
        "Dr. Ruth Abara runs the harbour clinic. Abara’s nurses work nights, Dr Abara's deputy said, "
        "and Ms Abara’s Facebook page lists the hours."
    )
    _, entities, mentions = resolve(nlp, {"a1": text})
    ruth = entity_of(entities, mentions, "a1", "Ruth Abara")
    assert ruth.name == "Ruth Abara" and ruth.label == "PERSON"
    abara = [m for m in mentions if "Abara" in m.text]
    assert len(abara) == 4 and {m.entity_id for m in abara} == {ruth.entity_id}
    assert entity_of(entities, mentions, "a1", "Facebook").label == "ORG"  # "Abara’s Facebook" is two names
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text


def test_senator_title_with_a_full_stop(nlp) -> None:
    text = "Sen. Maria Lopez chaired the hearing. Sen. Lopez said the ferry rules would change."
    _, entities, mentions = resolve(nlp, {"a1": text})
    lopez = [m for m in mentions if "Lopez" in m.text]
    assert len(lopez) == 2 and len({m.entity_id for m in lopez}) == 1
    assert {e.name for e in entities if e.label == "PERSON"} == {"Maria Lopez"}


def test_handle_written_beside_the_name_is_the_person_in_every_document() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Wei Chen", "PERSON", 0, 8), FoundName("a1", "@chen_lab", "HANDLE", 10, 19),
                                 FoundName("a1", "Anna Roth", "PERSON", 40, 49), FoundName("a1", "@ferrywatch", "HANDLE", 51, 62)])
    resolver.add_document("p1", [FoundName("p1", "@chen_lab", "HANDLE", 0, 9)])
    _, mentions = resolver.resolve()
    ids_of = {(m.doc_id, m.text): m.entity_id for m in mentions}
    assert ids_of[("a1", "@chen_lab")] == ids_of[("a1", "Wei Chen")] == ids_of[("p1", "@chen_lab")]
    assert ids_of[("a1", "@ferrywatch")] != ids_of[("a1", "Anna Roth")]  # beside her, but nothing of her name


def test_handle_of_initial_and_surname_joins_the_person_of_that_document() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Wei Chen", "PERSON", 0, 8), FoundName("a1", "@wchen", "HANDLE", 60, 66),
                                 FoundName("a1", "@chenfan", "HANDLE", 80, 88)])
    _, mentions = resolver.resolve()
    ids_of = {m.text: m.entity_id for m in mentions}
    assert ids_of["@wchen"] == ids_of["Wei Chen"]
    assert ids_of["@chenfan"] != ids_of["Wei Chen"]


def test_full_name_tagged_org_in_one_article_follows_the_corpus_majority() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Grace Holloway", "PERSON", 0, 14), FoundName("a1", "Grace Holloway", "PERSON", 30, 44)])
    resolver.add_document("a2", [FoundName("a2", "Grace Holloway", "ORG", 0, 14)])
    entities, mentions = resolver.resolve()
    assert {m.entity_id for m in mentions} == {ids.entity_id("PERSON", "Grace Holloway")}
    assert [e.label for e in entities] == ["PERSON"]


def test_short_organisation_name_joins_the_long_one_in_its_document() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "the Harbour Gazette", "ORG", 0, 19), FoundName("a1", "Gazette", "ORG", 40, 47)])
    resolver.add_document("a2", [FoundName("a2", "Gazette", "ORG", 0, 7)])  # no long form here: the corpus's one Gazette
    resolver.add_document("b1", [FoundName("b1", "the Quay Herald", "ORG", 0, 15), FoundName("b1", "Herald", "ORG", 40, 46)])
    resolver.add_document("b2", [FoundName("b2", "the Skelwick Herald", "ORG", 0, 19)])
    resolver.add_document("b3", [FoundName("b3", "Herald", "ORG", 0, 6)])  # two Heralds in the corpus: left alone
    _, mentions = resolver.resolve()
    ids_of = {(m.doc_id, m.text): m.entity_id for m in mentions}
    assert ids_of[("a1", "Gazette")] == ids_of[("a1", "the Harbour Gazette")] == ids.entity_id("ORG", "Harbour Gazette")
    assert ids_of[("a2", "Gazette")] == ids_of[("a1", "Gazette")]
    assert ids_of[("b1", "Herald")] == ids_of[("b1", "the Quay Herald")]
    assert ids_of[("b3", "Herald")] not in {ids_of[("b1", "the Quay Herald")], ids_of[("b2", "the Skelwick Herald")]}


def test_an_organisation_s_last_two_words_are_its_short_form() -> None:
    # "the Arts Board" after "the Lowfield Arts Board" (and "the Board" with it);
    # "the County Council" in a story naming the council in full elsewhere
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "the Lowfield Arts Board", "ORG", 0, 23), FoundName("a1", "the Arts Board", "ORG", 40, 54),
                                 FoundName("a1", "the Board", "ORG", 70, 79)])
    resolver.add_document("b1", [FoundName("b1", "Harnby County Council", "ORG", 0, 21)])
    resolver.add_document("b2", [FoundName("b2", "the County Council", "ORG", 0, 18)])
    # a nation's own court is no short form of a state's
    resolver.add_document("c1", [FoundName("c1", "the Ohio Supreme Court", "ORG", 0, 22), FoundName("c1", "the Supreme Court", "ORG", 40, 57)])
    _, mentions = resolver.resolve()
    ids_of = {(m.doc_id, m.text): m.entity_id for m in mentions}
    board = ids.entity_id("ORG", "Lowfield Arts Board")
    assert ids_of[("a1", "the Arts Board")] == ids_of[("a1", "the Board")] == ids_of[("a1", "the Lowfield Arts Board")] == board
    assert ids_of[("b2", "the County Council")] == ids_of[("b1", "Harnby County Council")]
    assert ids_of[("c1", "the Supreme Court")] != ids_of[("c1", "the Ohio Supreme Court")]


def test_a_name_tagged_a_place_opening_a_company_s_name_in_another_article_is_the_company(nlp) -> None:
    docs = {"a": "Wickerlight Theatre Company, the city's oldest professional troupe, is to lose its grant.",
            "b": "Last month the Arts Board told them that Wickerlight's grant would end in March. They renamed it "
                 "Wickerlight in 2004."}
    assert {e.label_ for e in nlp(docs["b"]).ents if e.text == "Wickerlight"} == {"GPE"}  # the article alone
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Wickerlight") == entity_of(entities, mentions, "a", "Wickerlight Theatre Company")
    # guard: an article that writes it as a place's keeps it a place everywhere
    docs["c"] = "Tickets for shows in Wickerlight have sold out."
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Wickerlight").label == "GPE"


def test_a_name_tagged_a_place_opening_a_company_s_and_a_council_s_name_stays_a_place() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Harnby Systems", "ORG", 0, 14)])
    resolver.add_document("a2", [FoundName("a2", "Harnby Town Council", "ORG", 0, 19)])
    resolver.add_document("b1", [FoundName("b1", "Harnby", "GPE", 0, 6)])
    _, mentions = resolver.resolve()
    assert {m.label for m in mentions if m.text == "Harnby"} == {"GPE"}


def test_a_bare_name_beside_a_company_and_its_parent_group_is_the_company() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Skerrivane Ferries", "ORG", 0, 18), FoundName("a1", "the Skerrivane Group", "ORG", 30, 50),
                                 FoundName("a1", "Skerrivane", "ORG", 60, 70)])
    # guard: two companies open with the name, neither a parent: no link
    resolver.add_document("b1", [FoundName("b1", "Harnby Ferries", "ORG", 0, 14), FoundName("b1", "Harnby Buses", "ORG", 30, 42),
                                 FoundName("b1", "Harnby", "ORG", 60, 66)])
    _, mentions = resolver.resolve()
    ids_of = {(m.doc_id, m.text): m.entity_id for m in mentions}
    assert ids_of[("a1", "Skerrivane")] == ids_of[("a1", "Skerrivane Ferries")] != ids_of[("a1", "the Skerrivane Group")]
    assert ids_of[("b1", "Harnby")] not in {ids_of[("b1", "Harnby Ferries")], ids_of[("b1", "Harnby Buses")]}


def test_a_name_one_article_calls_an_organisation_is_one_where_another_tags_it_a_place(nlp) -> None:
    docs = {"a": "Villagers packed the hall to hear that Marvonia, the telecoms giant, had started digging. Marvonia crews "
                 "arrived on Monday.",
            "b": "A Marvonia spokesperson said the work was legal. Nobody at Marvonia would say more."}
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        assert {e.label_ for e in nlp(docs["b"]).ents if e.text == "Marvonia"} == {"GPE"}  # the small model, alone
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Marvonia") == entity_of(entities, mentions, "a", "Marvonia")
    assert entity_of(entities, mentions, "b", "Marvonia").label == "ORG"
    # guard: without the article that says what it is, the place stays a place
    _, entities, mentions = resolve(nlp, {"b": docs["b"]})
    assert entity_of(entities, mentions, "b", "Marvonia").label == "GPE"


def test_a_name_one_article_calls_an_organisation_is_one_where_another_tags_it_a_person(nlp) -> None:
    docs = {"a": "The app was built for the council by Civiqo, a software firm in Harlowmere.",
            "b": "Councillor Ames said the council was in talks with Civiqo about a refund. Civiqo said on Friday that it "
                 "stood by the product."}
    assert {e.label_ for e in nlp(docs["b"]).ents if e.text == "Civiqo"} == {"PERSON"}  # the article alone
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Civiqo") == entity_of(entities, mentions, "a", "Civiqo")
    assert entity_of(entities, mentions, "b", "Civiqo").label == "ORG"
    # guard: a mention the article gives a sex stays its person
    docs["b"] = "Councillor Ames said the council was in talks with Mr Civiqo about a refund. Civiqo said on Friday he was sorry."
    _, entities, mentions = resolve(nlp, docs)
    assert entity_of(entities, mentions, "b", "Civiqo").label == "PERSON"


def test_a_town_named_alone_in_one_article_and_opening_its_council_s_name_in_another_is_the_town() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Quillerton City Council", "ORG", 0, 23)])
    resolver.add_document("a2", [FoundName("a2", "Quillerton", "ORG", 0, 10)])  # the model's mistake
    resolver.add_document("b1", [FoundName("b1", "Harnby Angling Society", "ORG", 0, 22), FoundName("b1", "Harnby Tackle", "ORG", 30, 43)])
    resolver.add_document("b2", [FoundName("b2", "Harnby", "ORG", 0, 6)])  # a firm opens with it too: its short form, perhaps
    resolver.add_document("c1", [FoundName("c1", "Tarnby Parish Council", "ORG", 0, 21)])
    resolver.add_document("c2", [FoundName("c2", "Tarnby", "ORG", 0, 6, firm=True)])  # written as a firm's there
    _, mentions = resolver.resolve()
    labels = {(m.doc_id, m.text): m.label for m in mentions}
    assert labels[("a2", "Quillerton")] == "GPE"
    assert labels[("b2", "Harnby")] == "ORG"
    assert labels[("c2", "Tarnby")] == "ORG"


def test_first_names_one_letter_apart_are_two_people() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Daniel Weber", "PERSON", 0, 12)])
    resolver.add_document("a2", [FoundName("a2", "Daniela Weber", "PERSON", 0, 13)])
    _, mentions = resolver.resolve()
    assert len({m.entity_id for m in mentions}) == 2


def _found(doc_id: str, text: str, names: list[tuple[str, str]]) -> list[FoundName]:
    """FoundNames at each name's first occurrence after the previous one."""
    out, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        out.append(FoundName(doc_id, name, label, start, start + len(name)))
        pos = start + len(name)
    return out


def _resolved(docs: dict[str, tuple[str, list[tuple[str, str]]]]):
    resolver = EntityResolver()
    for doc_id, (text, names) in docs.items():
        resolver.add_document(doc_id, _found(doc_id, text, names))
    entities, mentions = resolver.resolve()
    name_of = {e.entity_id: e.name for e in entities}
    return {(m.doc_id, m.start_char): name_of[m.entity_id] for m in mentions}, entities


def test_short_forms_acronyms_and_company_suffixes_are_the_organisation() -> None:
    text = ("Harrow Vale Water Services Ltd raised bills. The Regional Water Pricing Board (RWPB) objected. "
            "Harrow Vale Water Services said RWPB was wrong, and Harrow Vale would appeal.")
    names = [("Harrow Vale Water Services Ltd", "ORG"), ("Regional Water Pricing Board", "ORG"), ("RWPB", "ORG"),
             ("Harrow Vale Water Services", "ORG"), ("RWPB", "ORG"), ("Harrow Vale", "ORG")]
    # a later story names the firm only by its first word
    later = "Harrow fined again. Harrow said nothing."
    by_span, entities = _resolved({"a1": (text, names), "a2": (later, [("Harrow", "ORG"), ("Harrow", "ORG")])})
    # one firm (named by its longest most frequent form), one board: "Ltd", "Harrow Vale", "RWPB" joined them
    assert {e.name for e in entities} == {"Harrow Vale Water Services Ltd", "Regional Water Pricing Board"}
    assert by_span[("a2", 0)] == "Harrow Vale Water Services Ltd"


def test_short_form_is_not_linked_when_another_name_starts_the_same() -> None:
    text = "Castlemoor Rovers lost. The Castlemoor Rotary Club met. Castlemoor fans sang."
    names = [("Castlemoor Rovers", "GPE"), ("Castlemoor Rotary Club", "ORG"), ("Castlemoor", "ORG")]
    by_span, _ = _resolved({"a1": (text, names)})
    assert by_span[("a1", text.index("Castlemoor fans"))] == "Castlemoor"


def test_an_organisation_is_named_by_its_longest_form_not_a_shortening() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [
        FoundName("a1", "Harlow Ridge Capital", "ORG", 0, 20),
        FoundName("a1", "Harlow Ridge", "ORG", 40, 52),
        FoundName("a1", "Harlow Ridge", "ORG", 70, 82),
        FoundName("a1", "Harlow Ridge", "ORG", 90, 102),
    ])
    entities, mentions = resolver.resolve()
    assert [e.name for e in entities] == ["Harlow Ridge Capital"]
    assert len({m.entity_id for m in mentions}) == 1


def _bare_surname_links(names: list[tuple[str, str, int]]) -> dict[int, str]:
    """The canonical name each mention of one document resolves to, by its start offset."""
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", text, label, start, start + len(text)) for text, label, start in names])
    entities, mentions = resolver.resolve()
    name_of = {e.entity_id: e.name for e in entities}
    return {m.start_char: name_of[m.entity_id] for m in mentions}


def test_a_bare_surname_two_full_names_share_is_the_one_named_first() -> None:
    # the story's subject first, a relative later: "Okafor" is the subject, not left unlinked
    links = _bare_surname_links([("Gustav Okafor", "PERSON", 0), ("Chika Okafor", "PERSON", 100), ("Okafor", "PERSON", 200)])
    assert links[200] == "Gustav Okafor"
    assert links[0] != links[100]  # two people who share a surname are not merged


def test_a_bare_surname_tagged_org_beside_the_person_and_their_firm_is_the_person() -> None:
    links = _bare_surname_links([
        ("Gustav Okafor", "PERSON", 0), ("Okafor Capital Partners", "ORG", 40), ("Okafor", "ORG", 200),
        ("Okafor Capital", "ORG", 300),
    ])
    assert links[200] == "Gustav Okafor"
    assert links[300] == "Okafor Capital Partners"  # the firm is still called by more of its name


def test_a_firms_one_word_name_without_a_person_of_that_surname_stays_the_firm() -> None:
    links = _bare_surname_links([("Okafor Capital Partners", "ORG", 0), ("Okafor", "ORG", 200)])
    assert links[200] == "Okafor Capital Partners"


def test_two_full_names_first_written_in_one_sentence_leave_the_surname_ambiguous() -> None:
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Gustav Okafor", "PERSON", 0, 13, sentence=0),
                                 FoundName("a1", "Chika Okafor", "PERSON", 18, 30, sentence=0),
                                 FoundName("a1", "Okafor", "PERSON", 60, 66, sentence=9)])
    _, mentions = resolver.resolve()
    assert resolver.ambiguous == 1 and [m.start_char for m in mentions] == [0, 18]


def test_a_surname_with_a_particle_written_alone_is_the_full_name() -> None:
    links = _bare_surname_links([("Gerrit van Zyl", "PERSON", 0), ("Mr. van Zyl", "PERSON", 100), ("de Souza", "PERSON", 200),
                                 ("Ana de Souza", "PERSON", 300)])
    assert links[100] == "Gerrit van Zyl" and links[200] == "Ana de Souza"


def test_an_organisation_word_after_a_plural_possessive_joins_the_name(nlp) -> None:
    # the small model makes two names of it: ORG "The Harbour Pilots'" and PERSON "Guild"
    text = "Port director Witold Elwood said the offer stood.\n\nThe Harbour Pilots' Guild replied within the hour."
    with nlp.select_pipes(disable=["newsreact_possessives", "newsreact_entity_ruler", "newsreact_label_consistency"]):
        assert ("Guild", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]  # the small model's mistake
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("The Harbour Pilots' Guild", "ORG") in ents and ("Guild", "PERSON") not in ents


def test_a_handle_holding_more_than_a_name_is_not_that_person() -> None:
    # "Lucky Dip" (a game the NER took for a person) is in "@LuckyDipLinda", with "Linda" besides
    resolver = EntityResolver()
    resolver.add_document("a1", [FoundName("a1", "Lucky Dip", "PERSON", 0, 9), FoundName("a1", "@LuckyDipLinda", "HANDLE", 40, 54),
                                 FoundName("a1", "Donna Vale", "PERSON", 60, 70), FoundName("a1", "@realDonnaVale", "HANDLE", 80, 94)])
    _, mentions = resolver.resolve()
    ids_of = {m.text: m.entity_id for m in mentions}
    assert ids_of["@LuckyDipLinda"] != ids_of["Lucky Dip"]
    assert ids_of["@realDonnaVale"] == ids_of["Donna Vale"]  # 9 of 13 letters: hers


def test_a_first_name_joined_to_a_couples_surname_is_a_person(nlp) -> None:
    text = "The lottery firm has rejected a claim by Ignatius and Lowenna Carne, the couple whose ticket went through the wash."
    with nlp.select_pipes(disable=["newsreact_label_consistency"]):
        raw = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("Ignatius", "ORG") in raw  # the small model's
    assert ("Ignatius", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_place_before_and_a_persons_name_stays_a_place(nlp) -> None:
    # PolNeAR train: "Texas and Marco Rubio", "Wisconsin and Pat Toomey" were made people
    text = "Cruz won Texas and Marco Rubio won Minnesota on Tuesday night."
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("Texas", "GPE") in ents, ents


def test_an_organisation_named_by_its_last_words_is_the_one_named_in_full() -> None:
    text = "The Pellmark Court of Appeal ruled on Monday. The Court of Appeal said the fine stood."
    names, _ = _resolved({"a1": (text, [("Pellmark Court of Appeal", "ORG"), ("Court of Appeal", "ORG")])})
    assert set(names.values()) == {"Pellmark Court of Appeal"}


def test_a_court_case_named_after_an_organisation_is_not_it() -> None:
    # guard (passes before and after): "v." is no qualifier
    text = "In Garber v. University of Pellmark the court ruled. The University of Pellmark said it would appeal."
    names, _ = _resolved({"a1": (text, [("Garber v. University of Pellmark", "ORG"), ("University of Pellmark", "ORG")])})
    assert len(set(names.values())) == 2
