"""The platforms a law is aimed at, when the sentence names them. Layer 1.

A law is aimed at a class (the guidelines keep `target: null`), except when the report says
which companies it is meant for: "an amendment ... that bars app market operators from ..., a
measure aimed squarely at Google and Apple", "une loi visant TikTok et Meta". Only companies
named right after such words count: a platform named elsewhere in the sentence is context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.grammar import listed_after
from regkg.extract.linking import kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import TriggerMatch

_AIMED_AT = re.compile(
    r"\b(?:aimed\s+(?:squarely\s+|directly\s+|primarily\s+|chiefly\s+|mainly\s+|largely\s+)?at|"
    r"targeting|targetting|directed\s+at|visant(?:\s+(?:directement|notamment|surtout))?|"
    r"qui\s+vise(?:nt)?(?:\s+(?:directement|notamment|surtout))?|ciblant)\s+", re.IGNORECASE)
# The named companies follow within a short list ("Google and Apple", "TikTok, Meta et X").
_LIST_REACH = 60


def aimed_targets(view: SentenceView, after: int, linker: Linker) -> list[str]:
    """The companies named right after "aimed at"/"visant" following the law's cue."""
    found: list[str] = []
    for aimed in _AIMED_AT.finditer(view.text, after):
        found += [m.key for m in listed_after(view.text, view.mentions, aimed.end(), _LIST_REACH)
                  if linker.is_target(m.key, "legislation")]
    return list(dict.fromkeys(found))


# A chamber not named with its country, right before the law's verb: "the Senate approved the
# legislation", "the upper house passed the bill", "le Parlement a adopté la loi", or named by
# the country's possessive ("South Korea's parliament passed").
_CHAMBER = re.compile(
    r"(?:\b(?:the|le|la|l.|les)\s+|'s\s+)(?P<chamber>senate|upper\s+house|lower\s+house|"
    r"house\s+of\s+representatives|parliament|national\s+assembly|legislature|lawmakers|"
    r"legislators|MPs|sénat|parlement|assemblée\s+nationale|députés|sénateurs|parlementaires)"
    r"\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# Which chamber a word names: a whole parliament may stand for either house; an assembly or a
# senate only for its own ("the French Senate" is not the Assemblée nationale).
_HOUSE = {"upper": re.compile(r"senate|upper|sénat", re.IGNORECASE),
          "lower": re.compile(r"assembl|lower|representatives|députés", re.IGNORECASE)}


def _house(words: str) -> str | None:
    return next((house for house, form in _HOUSE.items() if form.search(words)), None)


def chamber_of_country(view: SentenceView, cue: TriggerMatch, linker: Linker) -> list[str]:
    """For a law passed by a chamber not named with its country, the legislature of the one
    country the sentence names, when the reference has exactly one that can be that chamber."""
    said = _CHAMBER.search(view.text, 0, cue.start) if cue.type == "legislation" else None
    if said is None:
        return []
    countries = {m.key.partition("/")[2] for m in view.mentions
                 if kind_of(m.key) == "jurisdiction"}
    if len(countries) != 1:
        return []
    code, house = countries.pop(), _house(said["chamber"])
    chambers = [e.key for e in linker.reference.of_kind("authority")
                if e.jurisdiction == code and "Legislature" in e.classes
                and _house(e.label) in (None, house)]
    return chambers if len(chambers) == 1 else []
