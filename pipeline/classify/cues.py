"""The reporter's cue verb as evidence of a quoted reaction's tone ("joked one user").

When an article quotes a member of the public with "quipped", "joked" or "fumed", the verb is
the journalist's own reading of the tone. ``classify`` looks up the cue of a ``quote``
reaction (``Reaction.quote_id`` -> ``Quote.cue`` in ``quotes.jsonl.gz``) in ``CUE_TONES`` and,
when the verb has a tone, multiplies the model's (calibrated) probability of that tone by
``classify.cue_factor`` and renormalises: a likelihood ratio in Bayes' rule, so the label is
always the top score and the scores stay probabilities. With factor 3, a joke the model gave
0.25 becomes 0.5 (against three tones sharing 0.75), one it gave 0.10 becomes 0.25: the verb
decides close calls, never overrides a confident reading. The verb is recorded with the
label (``ReactionLabel.tone_cue``) whenever it moved the scores.

The table lists lemmas; every form the extractor may store (``joked``, ``quips``,
``teasing``) is matched. Neutral verbs (said, wrote, asked, replied) carry no tone. No relief
verb is listed: "sighed" is as often weary or exasperated as relieved, and "rejoiced" is joy.
Reads and writes nothing.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from pipeline.extract.inflect import inflections
from pipeline.records import LABELS

CUE_FACTOR_DEFAULT = 3.0

# lemma -> tone. Only verbs whose everyday use names the tone outright.
CUE_TONES: dict[str, str] = {
    # joke: the writer is being funny or mocking
    "joke": "joke",
    "quip": "joke",
    "jest": "joke",
    "wisecrack": "joke",
    "deadpan": "joke",
    "laugh": "joke",
    "chuckle": "joke",
    "tease": "joke",
    "mock": "joke",
    # criticism: anger, blame, complaint
    "complain": "criticism",
    "fume": "criticism",
    "seethe": "criticism",
    "rage": "criticism",
    "rant": "criticism",
    "slam": "criticism",
    "blast": "criticism",
    "gripe": "criticism",
    "grumble": "criticism",
    "moan": "criticism",
    "protest": "criticism",
    "criticise": "criticism",
    "criticize": "criticism",
    "condemn": "criticism",
    "denounce": "criticism",
    "berate": "criticism",
    "scoff": "criticism",
    "sneer": "criticism",
}


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, str]:
    """Every form of a verb of ``CUE_TONES`` -> its tone."""
    return {form: tone for lemma, tone in CUE_TONES.items() for form in inflections(lemma)}


def cue_tone(cue: str | None) -> str | None:
    """The tone a cue verb names (``"quipped"`` -> ``"joke"``), None for neutral or unknown verbs."""
    if not cue:
        return None
    return cue_forms().get(cue.strip().lower())


def weigh_cue(scores: np.ndarray, tone: str, factor: float) -> np.ndarray:
    """``scores`` (LABELS order, summing to 1) with ``tone``'s multiplied by ``factor``, renormalised."""
    out = np.asarray(scores, dtype=np.float64).copy()
    out[LABELS.index(tone)] *= factor
    return out / out.sum()
