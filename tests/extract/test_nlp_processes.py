"""How many spaCy processes extract uses (params ``extract.n_process``), and that the count does
not change a single annotation."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.extract import nlp as nlp_module
from pipeline.extract.nlp import AUTO_MIN_TEXTS, process_texts, resolve_n_process


def test_auto_uses_the_cores_only_for_enough_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "usable_cores", lambda: 2)
    assert resolve_n_process("auto", AUTO_MIN_TEXTS - 1) == 1
    assert resolve_n_process("auto", AUTO_MIN_TEXTS) == 2
    assert resolve_n_process(None, 10_000) == 2
    assert resolve_n_process("auto", None) == 1  # a generator: count unknown
    monkeypatch.setattr(nlp_module, "usable_cores", lambda: 16)
    assert resolve_n_process("auto", 10_000) == nlp_module.AUTO_MAX_PROCESSES
    monkeypatch.setattr(nlp_module, "usable_cores", lambda: 1)
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
        "Dr. Samuel Reyes of Northfield University joked that the outage gave everyone a day off.",
    ]
    texts = [f"{sentences[n % 3]} Item {n}." for n in range(AUTO_MIN_TEXTS)]

    def annotations(n_process: int) -> list[tuple]:
        params = {"extract": {"n_process": n_process, "batch_size": 16}}
        return [
            (tuple((t.text, t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc), tuple((e.text, e.label_) for e in doc.ents))
            for doc in process_texts(nlp, texts, params)
        ]

    assert annotations(2) == annotations(1)
