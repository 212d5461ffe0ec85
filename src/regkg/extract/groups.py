"""Authorities acting as a group: US states in a coalition. Layer 1.

US news reports a state's lawsuit or probe as the state's own ("Texas sued Google", "a
coalition of 33 states, including California and New York, sued Meta", "dont celui du
Massachusetts"). Institutions act, not places (guidelines 3): a US state that takes a step of
the kind its attorney general takes is that attorney general, when the reference has one. A
group whose members are not named has no actor the guidelines could name; the other layers
give it none, and nothing here invents one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.grammar import listed_after
from regkg.extract.linking import kind_of
from regkg.extract.referrals import without_referrers

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

# The steps a state attorney general takes in a state's name; a state's law or ban is its
# legislature's or governor's, never the attorney general's.
ATTORNEY_GENERAL_STEPS = frozenset({"lawsuit", "investigation", "request_for_information",
                                    "commitment", "warning", "statement"})


def state_officer(linker: Linker, actor: str, kind: str) -> str:
    """The attorney general of a US state said to take a step of his kind, else `actor`."""
    if kind_of(actor) != "jurisdiction" or kind not in ATTORNEY_GENERAL_STEPS:
        return actor
    code = actor.partition("/")[2]
    if not code.startswith("US-"):
        return actor
    officers = [e.key for e in linker.reference.of_kind("authority")
                if e.jurisdiction == code and "ProsecutorOrCourt" in e.classes
                and e.key.endswith("-attorney-general")]
    return officers[0] if len(officers) == 1 else actor


# A group of authorities as a subject or agent: "a coalition of 33 states", "a bipartisan group
# of attorneys general", "40 other states", "une coalition de 33 États américains", "neuf autres
# procureurs généraux", "plusieurs États américains".
_GROUP = re.compile(
    r"\b(?:(?:coalition|group|alliance)\s+of\s+(?:[\w-]+\s+){0,3}?(?:states|attorneys?[\s-]general|"
    r"AGs)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen)"
    r"\s+(?:other\s+)?(?:U\.?S\.?\s+|American\s+)?(?:states|attorneys?\s+general)|"
    r"coalition\s+de\s+(?:[\w-]+\s+){0,3}?(?:États|procureurs)|"
    r"(?:[\w-]+\s+)?autres\s+(?:États|procureurs\s+généraux)|plusieurs\s+(?:États|procureurs)|"
    r"\d+\s+États|procureurs\s+généraux\s+de\s+\d+\s+États)", re.IGNORECASE)
# After the group, the members it names: "including California and New York", "led by New
# Jersey", "dont celui du Massachusetts", "menée par le Colorado et le Tennessee".
_MEMBERS = re.compile(
    r"[^.;:]{0,60}?\b(?:including|led\s+by|co-led\s+by|among\s+them|such\s+as|notably|"
    r"dont(?:\s+(?:celui|ceux|celle|celles)\s+d[eu]s?)?|parmi\s+lesquels|notamment|"
    r"menée?s?\s+(?:notamment\s+)?par|emmenée?s?\s+par)\b"
    # "among them those of Massachusetts and the District of Columbia"
    r"(?:\s+(?:those|that)\s+of)?", re.IGNORECASE)
_MEMBER_REACH = 80


def group_members(view: SentenceView, linker: Linker, kind: str) -> list[str]:
    """The named members of a group of authorities in the sentence, as acting bodies (US
    states as their attorneys general); none when the group names none."""
    found: list[str] = []
    for group in _GROUP.finditer(view.text):
        lead = _MEMBERS.match(view.text, group.end())
        if lead is None:
            continue
        for mention in listed_after(view.text, view.mentions, lead.end(), _MEMBER_REACH):
            actor = linker.actor_key(mention.key)
            if actor and kind_of(actor) in ("authority", "jurisdiction"):
                found.append(state_officer(linker, actor, kind))
        found += [state_officer(linker, key, kind) for key in _unlinked_states(view, linker,
                                                                                 lead.end())]
    return [a for a in dict.fromkeys(found) if kind_of(a) == "authority"]


# One member of a list of states: "California", "New York", "the District of Columbia".
_MEMBER_NAME = re.compile(r"\s*(?:(?:the|le|la|l['’]|du|de)\s*)?(?P<name>(?-i:[A-Z])[\w'’-]*"
                          r"(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,2})")
_MEMBER_LINK = re.compile(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+")


def _unlinked_states(view: SentenceView, linker: Linker, start: int) -> list[str]:
    """The states of the members' list at `start` that the reference names by no label of
    their own ("including California and New York": "New York" is a city's name too, so
    only a place list reads it as the state, through `demonyms`). The list is read item by
    item, so a place named after it ("sued Meta in New York") is no member."""
    found: list[str] = []
    cursor = start
    while (item := _MEMBER_NAME.match(view.text, cursor)) is not None:
        name = item.group("name")
        linked = any(m.start < item.end() and item.start("name") < m.end for m in view.mentions)
        code = None if linked else linker.place_code(name)
        if code and code.startswith("US-"):
            found.append(f"jurisdiction/{code}")
        link = _MEMBER_LINK.match(view.text, item.end())
        if link is None:
            break
        cursor = link.end()
    return found


def with_group_members(view: SentenceView, linker: Linker, kind: str,
                       actors: list[str]) -> list[str]:
    """The acting group: the actors found, widened to every named member of a group when the
    finder took one of them ("A coalition of states, including California and New York, sued
    Meta"), or replaced by them when the finder took a body named in an earlier sentence;
    never a body named only as the one that referred the matter ("Après un signalement de
    la DGCCRF, le parquet a ouvert une enquête": `referrals`)."""
    actors = without_referrers(view, linker, actors, kind)
    members = group_members(view, linker, kind)
    if not members:
        return actors
    mapped = {state_officer(linker, a, kind) for a in actors}
    here = {state_officer(linker, linker.actor_key(m.key) or "", kind) for m in view.mentions}
    return members if mapped <= set(members) or not mapped & here else actors


# "ont engagé des poursuites similaires", "filed similar lawsuits in their own state courts":
# the same kind of step as one just reported, against the same company.
_SIMILAR = re.compile(r"\b(?:similar|similaires?|parallel|parallèles?|separate|distinct\w*|"
                      r"their\s+own|leurs?\s+propres?)\b", re.IGNORECASE)
_SIMILAR_REACH = 25


def similar_step(text: str, start: int, end: int) -> bool:
    """The cue is a step "similar" to one reported before, its target left unsaid."""
    return _SIMILAR.search(text, start, min(len(text), end + _SIMILAR_REACH)) is not None
