"""How many spaCy processes extract uses (params ``extract.n_process``), and that the count does
not change a single annotation."""

from __future__ import annotations

import os
import signal

import pytest

from pipeline import config
from pipeline.errors import ConfigError, PipelineError
from pipeline.extract import nlp as nlp_module
from pipeline.extract.analysis import Analyser
from pipeline.extract.nlp import AUTO_MIN_TEXTS, process_texts, resolve_n_process


def test_auto_uses_the_cores_only_for_enough_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "usable_cores", lambda: 2)
    assert resolve_n_process("auto", AUTO_MIN_TEXTS - 1) == 1
    assert resolve_n_process("auto", AUTO_MIN_TEXTS) == 2
    assert resolve_n_process(None, 10_000) == 2
    assert resolve_n_process("auto", None) == 1  # a generator: count unknown
    monkeypatch.setattr(config, "usable_cores", lambda: 16)
    assert resolve_n_process("auto", 10_000) == nlp_module.AUTO_MAX_PROCESSES
    monkeypatch.setattr(config, "usable_cores", lambda: 1)
    assert resolve_n_process("auto", 10_000) == 1


def test_a_number_is_taken_as_given_and_nonsense_is_refused() -> None:
    assert resolve_n_process(3, 5) == 3
    assert resolve_n_process("2", 5) == 2
    with pytest.raises(ConfigError, match="extract.n_process must be a number or auto"):
        resolve_n_process("many", 5)
    with pytest.raises(ConfigError, match="at least 1"):
        resolve_n_process(0, 5)


def test_two_processes_give_the_same_annotations(nlp) -> None:
    sentences = [
        "Mayor Lena Okafor said the bridge would reopen on Monday, the council told reporters.",
        "“We were lucky,” one commuter wrote on Mastodon after Harbor Transit restored service.",
        "Dr. Samuel Reyes of Thornfield University joked that the outage gave everyone a day off.",
    ]
    texts = [f"{sentences[n % 3]} Item {n}." for n in range(AUTO_MIN_TEXTS)]

    def annotations(n_process: int) -> list[tuple]:
        params = {"extract": {"n_process": n_process, "batch_size": 16}}
        return [
            (tuple((t.text, t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc), tuple((e.text, e.label_) for e in doc.ents))
            for doc in process_texts(nlp, texts, params)
        ]

    assert annotations(2) == annotations(1)


def _analyses(nlp, params: dict, articles: list[tuple[str, str]], posts: list[tuple[str, str]]) -> list:
    with Analyser(nlp, params, n_texts=len(articles) + len(posts)) as analyser:
        analyser.submit(posts, quotes=False)
        analyser.submit(articles, quotes=True)
        return list(analyser.results())


def test_worker_processes_give_the_same_analyses_in_the_same_order(nlp) -> None:
    articles = [
        (f"a{n:03d}", f"“The bridge stays shut until Monday,” Mayor Lena Okafor said of item {n}. She added that crews worked overnight.")
        for n in range(40)
    ]
    posts = [(f"p{n:03d}", f"@harbortransit thanks Lena Okafor, route {n} is back #commute") for n in range(AUTO_MIN_TEXTS)]
    one = _analyses(nlp, {"extract": {"n_process": 1, "batch_size": 16}}, articles, posts)
    two = _analyses(nlp, {"extract": {"n_process": 2, "batch_size": 16}}, articles, posts)
    assert [doc_id for doc_id, _ in one] == [doc_id for doc_id, _ in posts + articles]
    assert two == one
    assert one[-1][1].direct and one[-1][1].names  # the articles were analysed for quotes, not just entities


def test_a_worker_that_dies_fails_the_stage_with_a_clear_error(nlp) -> None:
    posts = [(f"p{n:03d}", f"Route {n} is back, says Harbor Transit.") for n in range(3 * AUTO_MIN_TEXTS)]
    with Analyser(nlp, {"extract": {"n_process": 2}}, n_texts=len(posts)) as analyser:
        analyser.submit(posts, quotes=False)
        for process in list(analyser._pool._processes.values()):  # the pool's own worker handles
            os.kill(process.pid, signal.SIGKILL)
        with pytest.raises(PipelineError, match="worker process died.*n_process: 1"):
            list(analyser.results())


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_repeated_text_is_parsed_once_and_answered_under_each_id(nlp, monkeypatch: pytest.MonkeyPatch, n_process: int) -> None:
    from pipeline.extract import analysis

    parsed: list[str] = []
    real = analysis._analyse

    def counting(nlp_, ids, texts, quotes, batch_size):
        parsed.extend(ids)
        return real(nlp_, ids, texts, quotes, batch_size)

    monkeypatch.setattr(analysis, "_analyse", counting)  # forked workers inherit the patch
    repost = "Thanks Lena Okafor and Harbor Transit, the ferry is back"
    posts = [(f"p{n:03d}", repost if n % 3 == 0 else f"Route {n} is back, says Harbor Transit.") for n in range(AUTO_MIN_TEXTS)]
    article = "“The bridge stays shut until Monday,” Mayor Lena Okafor said. She added that crews worked overnight."
    articles = [("a1", article), ("a2", article), ("a3", article + " Lena Okafor spoke to reporters.")]
    found = _analyses(nlp, {"extract": {"n_process": n_process, "batch_size": 16, "posts_batch_size": 16}}, articles, posts)

    assert [doc_id for doc_id, _ in found] == [doc_id for doc_id, _ in posts + articles]
    by_id = dict(found)
    for doc_id, _ in posts + articles:
        assert {name.doc_id for name in by_id[doc_id].names} <= {doc_id}
    assert [(n.text, n.label, n.start_char) for n in by_id["p003"].names] == [(n.text, n.label, n.start_char) for n in by_id["p000"].names]
    assert by_id["p000"].names, "the repost names Lena Okafor and Harbor Transit"
    assert by_id["a2"].direct == by_id["a1"].direct and by_id["a1"].direct
    if n_process == 1:  # (workers count in their own processes)
        unique = {text for _, text in posts} | {text for _, text in articles}
        assert len(parsed) == len(unique) < len(posts) + len(articles)
    one = _analyses(nlp, {"extract": {"n_process": 1, "batch_size": 16, "posts_batch_size": 16}}, articles, posts)
    assert found == one
