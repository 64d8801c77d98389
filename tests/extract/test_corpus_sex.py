"""Which of two people sharing a surname a titled surname ("Mrs Lowrie") means, by the sex the
corpus's articles give each full name: the first titled surname after the only full name with
it, and the sex most articles give (``entities._genders_said``, ``entities._corpus_sex``). Our
sentences; each test fails on the code before these rules (638d3a0)."""

from __future__ import annotations

from .test_entities import entity_of, resolve

# two articles say Mrs Lowrie of Merritt Lowrie, one says Mr Lowrie beside her (her husband,
# never named in full): most say she is a woman
LOWRIE = {
    "a1": "Merritt Lowrie runs the island ferry. Mrs Lowrie said the timetable would change in May.",
    "a2": "Merritt Lowrie opened the harbour cafe in 2019. Mrs Lowrie said it would stay open all winter.",
    "a3": "Merritt Lowrie spoke at the meeting. Mr Lowrie, who sat beside her, said little.",
    "a4": "Sloane Lowrie and Merritt Lowrie run the harbour together. Mrs Lowrie said every berth was taken.",
}


def test_the_sex_most_articles_give_a_name_picks_between_two_who_share_its_surname(nlp) -> None:
    _, entities, mentions = resolve(nlp, LOWRIE)
    assert entity_of(entities, mentions, "a4", "Mrs Lowrie").name == "Merritt Lowrie"


def test_guard_articles_split_evenly_give_no_sex(nlp) -> None:
    texts = dict(LOWRIE)
    texts["a5"] = "Merritt Lowrie chaired the vote. Mr Lowrie, her brother, abstained."
    _, entities, mentions = resolve(nlp, texts)  # two say she, two he: no sex, and no pick
    names = {e.entity_id: e.name for e in entities}
    assert [names[m.entity_id] for m in mentions if m.doc_id == "a4" and "Lowrie" in m.text] == ["Sloane Lowrie", "Merritt Lowrie"]


# the first titled surname after the full name is the full name's; a later one of the other sex
# is a relative the article never names in full
ASHBY = {
    "b1": ("Kendall Ashby chairs the sailing club. Mr Ashby said the regatta would go ahead. "
           "Mrs Ashby, his wife, runs the bar."),
    "b2": "Kendall Ashby and Quill Ashby founded the club. Mr Ashby said the fees would rise.",
}


def test_only_the_first_titled_surname_after_a_full_name_gives_it_a_sex(nlp) -> None:
    _, entities, mentions = resolve(nlp, ASHBY)
    assert entity_of(entities, mentions, "b2", "Ashby").name == "Kendall Ashby"
