"""Unnamed speakers that are institutions, not people. Layer 1; read by `claims`.

An English "she" or "he" never stands for a company or an agency: in "Jane Doe said the fine was
deserved. Meta said it would appeal. “...,” she said." the pronoun skips Meta and finds Jane Doe.
An unnamed *person* ("a Meta spokesperson", "the minister") still stops it: whose words they
are is then unknown, and the quote stays out. French "il"/"elle" do stand for "le groupe", "la
CNIL": the rule is English only (the caller's choice).
"""

from __future__ import annotations

from regkg.extract.attribution import Attribution
from regkg.extract.quotes import SPACES
from regkg.extract.speakers import NameFinder

# Heads of noun phrases that name an organisation ("the company", "the Dutch regulator").
_ORGANISATION_HEADS = frozenset(
    """company companies agency regulator regulators ministry commission authority firm group
    watchdog department office government court platform network app service council board
    tribunal union association coalition organisation organization administration police
    committee parliament newspaper outlet startup giant conglomerate bureau""".split()  # noqa: SIM905
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def is_institution(text: str, names: NameFinder, attribution: Attribution) -> bool:
    """Whether an unnamed clause's subject ('the ICO', 'Meta', 'the company') is an
    organisation: its head noun says so, or an authority or company mention covers it."""
    zone = (attribution.role or "").strip(SPACES + ".,;")
    words = zone.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words:
        return False
    if words[-1].lower() in _ORGANISATION_HEADS:
        return True
    low, high = attribution.window or (max(0, attribution.at - 200), attribution.end)
    core = " ".join(words)
    at = text.find(core, low, max(high, attribution.end))
    if at < 0:
        return False
    return names.other_entity(at, at + len(core))
