"""A legislature named by a name several places share, in a text about another place. Layer 1;
used by regkg.extract.passive_actors.

"L'Assemblée nationale" is France's by its bare name in the reference; Quebec's, South Korea's,
Nigeria's legislatures are named with their place ("Assemblée nationale du Québec"). Quebec's
press, and reports on those places, call their own legislature by the bare name: "Québec a
durci le ton face à Airbnb. En juin, l'Assemblée nationale a adopté un projet de loi ..." is
Quebec's (guideline 3: the body is the one the text means). The bare name is read as the
legislature of that name of the one place the text names before it (a place, or a body of that
place), when the text does not name France; a text placed abroad (foreign_context: a
dateline's city, a state's demonym, a country as a subject) whose place holds no such
legislature has nobody: a wrong body is worse than none. Else France's, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.foreign_context import foreign_country
from regkg.extract.linking import Discourse, kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.reference import Reference

# The bare names, as the mention is written (with or without the article).
_BARE = re.compile(r"(?:l['’]\s*|the\s+)?(?:assemblée\s+nationale|national\s+assembly)",
                   re.IGNORECASE)
_SHARED = re.compile(r"\b(?:assemblée\s+nationale|national\s+assembly)\b", re.IGNORECASE)
_DEFAULT = "FR"


def placed_assemblies(view: SentenceView, candidates: list[Mention], linker: Linker,
                      discourse: Discourse) -> list[Mention]:
    """`candidates` with a bare "Assemblée nationale"/"National Assembly" moved to the
    legislature of the place the text names, or dropped in a text placed elsewhere."""
    kept: list[Mention] = []
    for mention in candidates:
        if not (kind_of(mention.key) == "authority" and _BARE.fullmatch(mention.text)):
            kept.append(mention)
            continue
        key = _placed_key(view, mention, linker, discourse)
        if key:
            kept.append(Mention(key, mention.text, mention.start, mention.end, mention.linked))
    return kept


def _placed_key(view: SentenceView, mention: Mention, linker: Linker,
                discourse: Discourse) -> str | None:
    holders = _holders(linker.reference)
    before = view.sentence.start + mention.start
    named = {code for at, _, code in discourse.places if at < before}
    named |= {linker.jurisdiction_of(m.key) or "" for m in view.mentions
              if m.end <= mention.start and kind_of(m.key) in ("jurisdiction", "authority")}
    if _DEFAULT in {code.split("-")[0] for code in named if code}:
        return mention.key
    places = {code for code in named if code in holders and code != _DEFAULT}
    if len(places) == 1:
        return holders[places.pop()]
    if places or foreign_country(view, discourse, linker, _DEFAULT) is not None:
        return None  # two places of that name, or a text about a place with none
    return mention.key


_HOLDERS: list[tuple[Reference, dict[str, str]]] = []  # per reference (not hashable)


def _holders(reference: Reference) -> dict[str, str]:
    """Jurisdiction code -> the one legislature there whose labels hold the shared name."""
    for known, holders in _HOLDERS:
        if known is reference:
            return holders
    found: dict[str, list[str]] = {}
    for entity in reference.of_kind("authority"):
        if "Legislature" in entity.classes and entity.jurisdiction and any(
                _SHARED.search(label) for label in entity.all_labels()):
            found.setdefault(entity.jurisdiction, []).append(entity.key)
    holders = {code: keys[0] for code, keys in found.items() if len(keys) == 1}
    _HOLDERS[:] = [(reference, holders)]
    return holders
