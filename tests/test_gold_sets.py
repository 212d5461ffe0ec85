"""Mechanical checks of the twenty-seven invented evaluation sets (tests/blind, tests/varied,
tests/wide, tests/broad, tests/sweep: tuned on; tests/novel, tests/reserve, tests/cold,
tests/frost: held out until session 11, dev sets since; tests/thaw, tests/melt: held out until
session 12; tests/sleet, tests/hail: held out until session 13; tests/rime, tests/dew: held out
until session 14; tests/mist, tests/fog: held out until session 16, dev sets since;
tests/haze, tests/gale: held out until session 17, dev sets since; tests/storm: held out in
session 18, a dev set since; tests/heldout, tests/fresh, tests/squall, tests/drift, tests/flurry,
tests/gust, tests/breeze: never tuned on):
files, metadata and gold schema, through the one checker in tests/gold_checks.py.

They check that each annotation is well formed and agrees with its text; they say nothing about
extraction quality (`regkg eval`, scripts/eval.sh). The checker is also run on damaged copies,
so a check that passes everything fails here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tests.gold_checks import ACTION_TYPES, InventedSet, gold_problems, load, set_meta_problems


def _ids(first: int, last: int) -> tuple[str, ...]:
    return tuple(str(n) for n in range(first, last + 1))


SETS = {
    spec.name: spec for spec in (
        InventedSet("blind", _ids(101, 116), "invented (regkg blind dev set)", None),
        InventedSet("varied", _ids(301, 316), "invented (regkg tuning set varied)", 8,
                    words=(150, 400)),
        InventedSet("heldout", _ids(201, 212), "invented (regkg held-out set)", 6,
                    chars=(1200, 2200)),
        InventedSet("fresh", _ids(401, 414), "invented (regkg held-out set fresh)", 7,
                    words=(150, 450), claims_everywhere=True),
        InventedSet("wide", _ids(501, 516), "invented (regkg tuning set wide)", 8,
                    words=(150, 400)),
        InventedSet("novel", _ids(601, 616), "invented (regkg held-out set novel)", 8,
                    words=(150, 400)),
        InventedSet("broad", _ids(701, 716), "invented (regkg tuning set broad)", 8,
                    words=(150, 400)),
        InventedSet("sweep", _ids(801, 816), "invented (regkg tuning set sweep)", 8,
                    words=(150, 400)),
        InventedSet("reserve", _ids(901, 916), "invented (regkg held-out set reserve)", 8,
                    words=(150, 400)),
        InventedSet("cold", _ids(951, 966), "invented (regkg held-out set cold)", 8,
                    words=(150, 400)),
        InventedSet("frost", _ids(967, 982), "invented (regkg held-out set frost)", 8,
                    words=(150, 400)),
        InventedSet("thaw", _ids(983, 998), "invented (regkg held-out set thaw)", 8,
                    words=(150, 400)),
        InventedSet("melt", _ids(999, 1014), "invented (regkg held-out set melt)", 8,
                    words=(150, 400)),
        InventedSet("sleet", _ids(1015, 1030), "invented (regkg held-out set sleet)", 8,
                    words=(150, 400)),
        InventedSet("hail", _ids(1031, 1046), "invented (regkg held-out set hail)", 8,
                    words=(150, 400)),
        InventedSet("rime", _ids(1047, 1062), "invented (regkg held-out set rime)", 8,
                    words=(150, 400)),
        InventedSet("dew", _ids(1063, 1078), "invented (regkg held-out set dew)", 8,
                    words=(150, 400)),
        InventedSet("mist", _ids(1079, 1094), "invented (regkg held-out set mist)", 8,
                    words=(150, 400)),
        InventedSet("fog", _ids(1095, 1110), "invented (regkg held-out set fog)", 8,
                    words=(150, 400)),
        InventedSet("haze", _ids(1111, 1126), "invented (regkg held-out set haze)", 8,
                    words=(150, 400)),
        InventedSet("gale", _ids(1127, 1142), "invented (regkg held-out set gale)", 8,
                    words=(150, 400)),
        InventedSet("squall", _ids(1143, 1158), "invented (regkg held-out set squall)", 8,
                    words=(150, 400)),
        InventedSet("drift", _ids(1159, 1174), "invented (regkg held-out set drift)", 8,
                    words=(150, 400)),
        InventedSet("storm", _ids(1175, 1190), "invented (regkg held-out set storm)", 8,
                    words=(150, 400)),
        InventedSet("flurry", _ids(1191, 1206), "invented (regkg held-out set flurry)", 8,
                    words=(150, 400)),
        InventedSet("gust", _ids(1207, 1222), "invented (regkg held-out set gust)", 8,
                    words=(150, 400)),
        InventedSet("breeze", _ids(1223, 1238), "invented (regkg held-out set breeze)", 8,
                    words=(150, 400)),
    )
}
TEXTS = [(name, stem) for name, spec in SETS.items() for stem in spec.ids]


def _load(name: str, stem: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    return load(SETS[name].folder, stem)


@pytest.mark.parametrize("name", SETS)
def test_the_set_holds_exactly_its_texts_and_languages(name: str) -> None:
    spec = SETS[name]
    assert {p.name for p in (spec.folder / "articles").iterdir()} == (
        {f"{i}.txt" for i in spec.ids} | {f"{i}.meta.json" for i in spec.ids})
    assert {p.name for p in (spec.folder / "gold").iterdir()} == {f"{i}.json" for i in spec.ids}
    languages = [_load(name, i)[1]["language"] for i in spec.ids]
    if spec.per_language is not None:
        assert languages.count("en") == languages.count("fr") == spec.per_language


@pytest.mark.parametrize(("name", "stem"), TEXTS)
def test_metadata_marks_the_text_as_invented_and_fits_the_set(name: str, stem: str) -> None:
    text, meta, _ = _load(name, stem)
    assert set_meta_problems(SETS[name], stem, text, meta) == []


@pytest.mark.parametrize(("name", "stem"), TEXTS)
def test_gold_follows_the_corpus_schema_and_its_text(name: str, stem: str) -> None:
    text, meta, gold = _load(name, stem)
    assert gold_problems(text, meta, gold) == []


@pytest.mark.parametrize("name", ["varied", "heldout", "fresh"])
def test_every_text_has_facts_and_notes(name: str) -> None:
    golds = [_load(name, i)[2] for i in SETS[name].ids]
    if SETS[name].claims_everywhere:
        assert all(g["actions"] and g["claims"] for g in golds)
    assert all(g["actions"] or g["claims"] for g in golds)
    assert all(g["notes"] for g in golds), "every hard call is explained in notes"


def test_the_fresh_set_covers_every_action_type_of_the_checker() -> None:
    types = {a["type"] for i in SETS["fresh"].ids for a in _load("fresh", i)[2]["actions"]}
    assert types == ACTION_TYPES


# One damaged copy per kind of check; the checker must report each (with a word of its message).
DAMAGE: dict[str, tuple[Callable[[dict[str, Any]], Any], str]] = {
    "evidence not in the text": (
        lambda g: g["actions"][0].update(evidence=g["actions"][0]["evidence"] + "x"),
        "evidence not in text"),
    "part of a sentence": (
        lambda g: g["actions"][0].update(evidence=g["actions"][0]["evidence"][:-12].rstrip()),
        "whole sentence"),
    "unlisted actor": (lambda g: g["actions"][0].update(actor="Nobody"), ""),
    "unlisted target": (lambda g: g["actions"][0].update(target="Nobody Inc"), "not in targets"),
    "jurisdiction": (lambda g: g["actions"][0].update(jurisdiction="Korea"), "not listed"),
    "impossible date": (lambda g: g["actions"][0].update(date="2021-02-30"), "impossible date"),
    "after publication": (lambda g: g["actions"][0].update(date="2099-01-01"), "after publication"),
    "type": (lambda g: g["actions"][0].update(type="punishment"), ""),
    "amount": (lambda g: g["actions"][0].update(amount="1 million", currency="EUR"),
               "not a positive number"),
    "deadline": (lambda g: g["actions"][0].update(deadline="within 48 hours or else"),
                 "deadline is not the text's own words"),
    "missing key": (lambda g: g["actions"][0].pop("deadline"), ""),
    "quote": (lambda g: g["claims"][0].update(quote="words nobody ever wrote here"),
              "quote not in text"),
    # The comma the reporting clause adds ("...," he said) is not part of the quote.
    "trailing comma": (lambda g: g["claims"][0].update(quote=g["claims"][0]["quote"] + ","),
                       "quotation marks, comma"),
    "schema": (lambda g: g.update(facts=g.pop("actions")), ""),
    "published": (lambda g: g.update(published="1999-01-01"), ""),
}


def _damageable(text: str, meta: dict[str, Any], gold: dict[str, Any]) -> bool:
    """A text with an action and a claim whose quote the text follows with a comma."""
    return bool(gold["actions"] and gold["claims"]
                and gold["claims"][0]["quote"] + "," in text)


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("damage", DAMAGE)
def test_the_checker_reports_each_kind_of_damage(name: str, damage: str) -> None:
    stem = next(s for s in SETS[name].ids if _damageable(*_load(name, s)))
    text, meta, gold = _load(name, stem)
    edit, word = DAMAGE[damage]
    damaged = copy.deepcopy(gold)
    edit(damaged)
    problems = gold_problems(text, meta, damaged)
    assert problems and any(word in p for p in problems), f"{damage!r} went unreported"


@pytest.mark.parametrize("name", ["varied", "heldout", "fresh"])
def test_the_metadata_check_catches_a_wrong_marker_and_a_text_too_long(name: str) -> None:
    spec = SETS[name]
    text, meta, _ = _load(name, spec.ids[0])
    wrong = dict(meta, outlet="invented (somewhere else)")
    assert any("marker" in p for p in set_meta_problems(spec, spec.ids[0], text, wrong))
    longer = text + " word" * 2000
    assert any("outside" in p for p in set_meta_problems(spec, spec.ids[0], longer, meta))
