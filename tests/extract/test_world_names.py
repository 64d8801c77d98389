"""The first names of other countries (pipeline/extract/world_names.py), read from the installed
nomquamgender table and the spaCy model's word list: real files, no fixtures."""

import json

import pytest

from pipeline.extract import world_names
from pipeline.extract.cues import first_name_gender, load_first_names
from pipeline.extract.world_names import (
    MIN_PEOPLE,
    MIN_SOURCES,
    SEX_SHARE,
    SHORTEST,
    english_words,
    names_also_words,
    world_first_names,
)


def test_names_the_census_lacks_have_their_sex() -> None:
    names = world_first_names()
    assert (names.get("rhydian"), names.get("arnulf"), names.get("gideon")) == ("m", "m", "m")
    assert first_name_gender("Rhydian") == "m"  # and reach the one lookup the rules use


def test_words_of_the_language_and_names_of_either_sex_are_no_names() -> None:
    names = world_first_names()
    assert not {"said", "june", "may", "jordan", "robin"} & names.keys()


def test_the_model_word_list_is_english_words() -> None:
    words = english_words()
    assert {"said", "june", "house"} <= words and "rhydian" not in words


def test_the_scan_keeps_what_the_rules_keep_from_the_parsed_table() -> None:
    # the regex scan stands in for json.loads; it must keep exactly what parsing the table would
    folder = world_names._package_dir("nomquamgender")
    if folder is None:
        pytest.fail("nomquamgender is a dependency of newsreact and must be installed")
    table = json.loads((folder / "name_data.json").read_text(encoding="utf-8"))
    words = english_words()
    expected = {}
    for name, (sources, people, women, *_) in table.items():
        if sources < MIN_SOURCES or people < MIN_PEOPLE or len(name) < SHORTEST:
            continue
        if not (name.isalpha() and name.islower()) or name in words:
            continue
        if women >= SEX_SHARE:
            expected[name] = "f"
        elif 1 - women >= SEX_SHARE:
            expected[name] = "m"
    assert world_first_names() == expected
    also = {
        name for name, (sources, people, women, *_) in table.items()
        if sources >= MIN_SOURCES and len(name) >= SHORTEST and name.isalpha() and name.islower()
        and (people < MIN_PEOPLE or name in words) and (women >= SEX_SHARE or 1 - women >= SEX_SHARE)
    }
    assert names_also_words() == also


def test_names_that_are_also_words_are_kept_apart_and_words_of_office_are_not_among_them() -> None:
    # "Osmund" (a fern) and "Tristram" (a WordNet noun): names before a surname, never alone
    also = names_also_words()
    assert {"osmund", "tristram", "mark"} <= also and not also & world_first_names().keys()
    assert not {"leader", "chief", "comedian", "senator"} & also


def test_load_first_names_holds_the_census_and_the_world_names() -> None:
    assert load_first_names() > len(world_first_names()) > 10_000
