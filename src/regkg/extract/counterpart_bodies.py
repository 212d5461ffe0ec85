"""A body's counterparts: the bodies of the same domain elsewhere. Layer 1; used by
Linker.counterparts (guideline 5: a step taken jointly is one action per body).

- "The Texas Attorney General and his counterparts in Florida and Louisiana sued ...": each
  place's holder of the party's office, not the place's one regulator (a US state has none).
- "The CNIL and its Italian counterpart opened ...", "La CNIL et son homologue italienne ont
  ouvert ...": the named country's body of the party's domain
  (`domain_regulators.bodies`), as a CounterpartMention over the description.
A party of several domains whose counterparts differ (Ofcom: media, telecoms, safety) names
nobody: a guessed body is a wrong fact.
- Which bodies a subject coordinates: "and", a list of places, "its counterparts in", and
  the words of a partner ("The FTC, joined by the New York Attorney General, sued ...", "Le
  procureur général du Texas, rejoint par ses homologues de ..."; actions.yaml
  `counterparts.joined`), never of a backer ("backed by", "soutenu par").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.linking_discourse import kind_of
from regkg.extract.place_lists import PlaceListMention, list_coordinated
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns


@dataclass(frozen=True)
class CounterpartMention(Mention):
    """A body named through its place as a party's counterpart ("its counterparts in Quebec"):
    coordinated with the party, whatever preposition stands before the place."""


def counterpart_coordinated(gap: str, later: Mention, lp: LanguagePatterns) -> bool:
    """"A, together with its counterparts in B, C and D": A and each counterpart act
    (`gap` is the text between two actor mentions, `later` the second one)."""
    if joined_gap(gap, lp):
        return True  # "The FTC, joined by the New York Attorney General, sued ..."
    if isinstance(later, PlaceListMention):
        return list_coordinated(gap, later)
    if not isinstance(later, CounterpartMention):
        return False
    cue = lp.counterparts_cue.search(gap)
    if cue:
        return g.COORDINATION.match(gap[:cue.start()]) is not None or joined_gap(
            gap[:cue.start()], lp)
    return lp.counterparts_gap.fullmatch(gap) is not None


def joined_gap(gap: str, lp: LanguagePatterns) -> bool:
    """`gap` joins a body to the one before as a partner of its step: ", joined by the ",
    ", rejoint par ", " aux côtés de " (actions.yaml `counterparts.joined`)."""
    return lp.joined_by.fullmatch(gap) is not None


# Offices whose holders a place list names by the office ("attorneys general"): the
# reference's keys end in the office's name (actions.yaml `place_lists.office_heads`).
_OFFICE_SUFFIXES = {"attorney_general": "-attorney-general"}


def party_domains(linker: Linker, key: str) -> list[str]:
    """The domains of the body `key`: its own in `domain_regulators.bodies` (or a province's
    or state's), or its office."""
    patterns = linker.patterns
    found = [domain for domain, bodies in patterns.domain_bodies.items()
             if key in bodies.values()]
    found += [domain for domain, bodies in patterns.subdivision_bodies.items()
              if key in bodies.values() and domain not in found]
    found += [office for office, suffix in _OFFICE_SUFFIXES.items() if key.endswith(suffix)]
    return found


def counterpart_body(linker: Linker, party: str | None, code: str) -> str | None:
    """The body of the place `code` in the party's domains; None when the party has no known
    domain, the place no body of them, or the party's domains give different bodies (a
    domain the place has no body of is no rival: Ofcom's Irish counterpart is Ireland's media
    and safety body)."""
    if party is None:
        return None
    bodies = {linker.body_of_place(domain, code) for domain in party_domains(linker, party)}
    bodies -= {party, None}
    return bodies.pop() if len(bodies) == 1 else None


def party_before(mentions: list[Mention], start: int) -> str | None:
    """The last authority named before `start`: the party whose counterparts are meant."""
    before = [m for m in mentions if m.end <= start and kind_of(m.key) == "authority"]
    return before[-1].key if before else None


def described_counterparts(text: str, mentions: list[Mention], lp: LanguagePatterns,
                           linker: Linker) -> list[Mention]:
    """"its Italian counterpart", "son homologue italienne", "ses homologues italien et
    espagnol": one CounterpartMention per demonym, for the body of the party's domain there."""
    found: list[Mention] = []
    for match in lp.counterparts_described.finditer(text):
        party = party_before(mentions, match.start())
        for group in ("demonym", "other"):
            word = match.group(group)
            code = linker.demonym_code(word) if word else None
            key = counterpart_body(linker, party, code) if code else None
            if key is not None:
                start, end = _span(match, group)
                found.append(CounterpartMention(key, text[start:end], start, end))
    return found


def _span(match: re.Match[str], group: str) -> tuple[int, int]:
    """The words of one counterpart: "its Italian" and "Spanish counterparts" in "its
    Italian and Spanish counterparts"; the whole description when it names one country."""
    if group == "other":
        return match.start("other"), match.end()
    return match.start(), match.end("demonym") if match.group("other") else match.end()
