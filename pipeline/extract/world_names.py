"""First names beyond the US census: the names of many countries whose sex the public record
says clearly, for the names newsrooms outside the US print ("Rhydian", "Arnulf", "Gideon").

The data is the name table of the ``nomquamgender`` package (MIT; Van Buskirk, Clauset and
Larremore, 2023): for each name, how many of its sources list it, how many people they count
and the share of them who are women. We read the table itself, not the package's module (which
would load pandas), and keep a name when:

- it is one word of letters, three at least;
- ``MIN_SOURCES`` sources list it and they count ``MIN_PEOPLE`` people (the rare and the
  misspelt go);
- one sex has it ``SEX_SHARE`` of the time at least (Jordan, Robin go: no sex is assumed);
- it is not an English word of the spaCy model's lemmatizer tables (their ``lemma_index``,
  WordNet's nouns, verbs, adjectives and adverbs): sources that parse names out of free text
  count "said", "may" and "june" as first names, and a word of the language is never read as one
  here. Names that are also words ("Tristram", "Hezekiah" are WordNet nouns) go with them.

``cues.first_name_gender`` reads these after the census and the package's first_names.txt,
which win where they say something. The names the last two rules drop but whose sources agree
on them (8 sources, one sex) are kept apart (``names_also_words``): a first name before a
surname the model tagged alone ("Osmund Quarrington"), never one alone. Both come from one
scan of the table. Nothing is downloaded: the table ships in the package's wheel, the
lemmatizer tables in the spaCy model's."""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

MIN_SOURCES = 8  # of the table's sources that list a name
MIN_PEOPLE = 200  # people those sources count with it
SEX_SHARE = 0.9  # the share of one sex among them for the name to be that sex's
SHORTEST = 3  # letters
WORD_CLASSES = ("noun", "verb", "adj", "adv")  # the lemmatizer index's parts of speech
# one entry of the table, "name": [sources, people, share of women, ...], for a name of lower-case
# letters: the table folds its names to ASCII ("jose", "bjorn"), so a name is [a-z]; what else it
# holds ("jos-antonio", "sa`ad", escapes) is no one word of letters
_ENTRY = re.compile(r'"([a-z]{%d,})": \[(\d+), (\d+), ([0-9.e-]+)' % SHORTEST)


def _package_dir(name: str) -> Path | None:
    """Where an installed package's files are, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def english_words() -> frozenset[str]:
    """The lower-case words of the stock spaCy English model's lemmatizer index (the first of
    ``nlp._model_candidates(DEFAULT_MODEL)`` installed): a list of English words, used whichever
    model ``extract.spacy_model`` names, so a name is the same name under any model. Empty when
    no stock model is installed. Not kept: it is read once, for ``world_first_names``, and held
    it would take 23 MB of each extract process."""
    from spacy.lookups import Lookups

    from pipeline.extract.nlp import DEFAULT_MODEL, _model_candidates  # here: nlp imports the components, which import cues

    for model in _model_candidates(DEFAULT_MODEL):
        folder = _package_dir(model)
        for tables in sorted(folder.glob("*/lemmatizer/lookups")) if folder else ():
            index = Lookups().from_disk(tables).get_table("lemma_index")
            return frozenset(word for cls in WORD_CLASSES for word in index.get(cls, ()))
    return frozenset()


def world_first_names() -> dict[str, str]:
    """first name (lower case) -> "f" or "m", by the rules of the module docstring; empty (with
    a warning) when the table or the model's word list cannot be read, so a name is then only
    what the census and first_names.txt say."""
    return _read_table()[0]


def names_also_words() -> frozenset[str]:
    """First names the table's sources agree on (``MIN_SOURCES`` of them, one sex
    ``SEX_SHARE`` of the time) that ``world_first_names`` leaves out for being English words or
    rare ("osmund", "tristram", "mark", "rose"): never a first name alone, but one before a
    surname the model tagged (``components._first_names_missed``). A word of office is in few
    sources ("leader", "chief": 3)."""
    return _read_table()[1]


@lru_cache(maxsize=1)
def _read_table() -> tuple[dict[str, str], frozenset[str]]:
    folder = _package_dir("nomquamgender")
    words = english_words()
    if folder is None or not (folder / "name_data.json").is_file() or not words:
        log.warning("nomquamgender's name table or the spaCy model's word list is missing; first names are the census's only")
        return {}, frozenset()
    text = (folder / "name_data.json").read_text(encoding="utf-8")
    out, also = {}, set()
    for match in _ENTRY.finditer(text):  # a scan, not json.loads: a quarter of the time, none of the 250 MB
        name, sources, people, women = match.groups()
        share = float(women)
        sex = "f" if share >= SEX_SHARE else "m" if 1 - share >= SEX_SHARE else None
        if int(sources) < MIN_SOURCES or sex is None:
            continue
        if int(people) < MIN_PEOPLE or name in words:
            also.add(name)
        else:
            out[name] = sex
    return out, frozenset(also)
