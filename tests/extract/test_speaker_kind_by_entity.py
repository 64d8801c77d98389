"""A speaker named at the cue takes its kind from its resolved entity's label, decided on the
whole corpus's evidence, not from the one sentence where the model may have misread the name; a
description or a pronoun keeps the kind its own words give (``stage.to_quote``). Our sentences."""

from __future__ import annotations

from pipeline.extract.entities import EntityResolver
from pipeline.extract.speaker_phrase import Attribution
from pipeline.extract.stage import analyse_doc, to_quote

TEXT = ("Clothwen Brisbourne founded the Tidy feeder company in Leeds. Quorndon Water supplies the town. "
        "“We scrub every bowl,” Clothwen Brisbourne said. “Our pipes are old,” the company said.")


def _quote(nlp, kind: str, speaker: str, ref: str):
    resolver = EntityResolver()
    resolver.add_document("a1", analyse_doc(nlp(TEXT), "a1", quotes=False).names)
    resolver.resolve()
    at = TEXT.rindex(speaker)
    ref_at = at if ref == speaker else TEXT.index(ref)
    att = Attribution(parts=[(1, 10)], speaker_text=speaker, speaker_start=at, speaker_end=at + len(speaker),
                      speaker_kind=kind, ref=(ref_at, ref_at + len(ref)))
    return to_quote("a1", TEXT, att, resolver)


def test_a_name_at_the_cue_takes_its_entitys_kind(nlp) -> None:
    # the sentence's reading said organisation; the entity, a person, decides
    quote = _quote(nlp, "organization", "Clothwen Brisbourne", "Clothwen Brisbourne")
    assert (quote.speaker, quote.speaker_kind) == ("Clothwen Brisbourne", "person")


def test_guard_a_description_keeps_its_own_kind(nlp) -> None:
    # "the company" resolved to a name written elsewhere: the description says what it is
    quote = _quote(nlp, "organization", "the company", "Clothwen Brisbourne")
    assert quote.speaker_kind == "organization"
