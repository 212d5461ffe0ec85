"""The agent of a step named as a unit or the staff of a body: "L'enquête avait été ouverte en
janvier 2025 par la section de lutte contre la cybercriminalité du parquet", "a probe opened
by the cybercrime unit of the Paris prosecutor's office", "un contrôle mené par les agents de
la CNIL". Layer 1; used by regkg.extract.passive_actors (`_agent_after`).

Institutions act, not their parts (guideline 3): the step is the body's, named after the
unit ("du parquet de Paris", "of the CNIL") or referred back to by a description the
patterns' `authority_anaphora` reads ("du parquet" as "le parquet", "of the regulator" as "the
regulator"). Only a unit's or staff's word before the body ("section", "unit", "agents"):
"par un député du parti X" or "by a lawyer of the firm" names no body's part.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.linking_discourse import Discourse
    from regkg.extract.patterns import LanguagePatterns
    from regkg.models import Mention

# "par la section (de lutte contre la cybercriminalité) du", "by the cybercrime unit of the",
# "par les agents de la", "by investigators from the": the agent's unit, then its body.
_UNIT_AGENT = re.compile(
    r"\W{0,3}(?:[\w'-]+\W+){0,6}?(?:par|by)\s+(?:la\s+|le\s+|l'|les\s+|the\s+|its\s+|ses\s+|"
    r"son\s+|sa\s+|des\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sections?|pôles?|divisions?|unités?|units?|services?|cellules?|brigades?|directions?|"
    r"départements?|departments?|teams?|directorates?|superintendences?|juridictions?|"
    r"agents|enquêteurs|"
    r"inspecteurs|investigators|inspectors|officers|officials|staff)\b", re.I)
# Within the unit's description (no clause break), the complement that names its body.
_LINK = re.compile(r"\s(?P<link>du|des|de\s+la|de\s+l'|de|d'|of\s+the|of|from\s+the|from)\s*"
                   r"(?=\w)", re.I)
_REACH = 80
_ACRONYM = re.compile(r"\((?-i:[A-Z][\w-]{1,9})\)")
# A description rebuilt from the contraction that led to it: "du parquet" is "le parquet".
_DETERMINER_OF = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "of the": "the ",
                  "from the": "the "}


def unit_agent(view: SentenceView, trig_end: int, candidates: list[Mention],
               discourse: Discourse, linker: Linker, lp: LanguagePatterns) -> str | None:
    """The body whose unit or staff is the agent right after the step at `trig_end`, named
    (a candidate) or referred back to, or at whose request it was taken ("La perquisition,
    conduite à la demande du parquet de Paris"); None otherwise."""
    found = _UNIT_AGENT.match(view.text, trig_end)
    if found is None:
        requested = _REQUESTED_AFTER.match(view.text, trig_end)
        link = _LINK.match(view.text, requested.end()) if requested else None
        return _body_at(view, link.end(), link.group("link"), candidates, discourse, linker,
                        lp) if link else None
    # (an acronym in brackets is no break: "la juridiction nationale de lutte contre la
    # criminalité organisée (Junalco) du parquet de Paris")
    window = _ACRONYM.sub(lambda m: " " * len(m.group(0)),
                          view.text[found.end():found.end() + _REACH])
    stop = re.search(r"[,;:.()]", window)
    end = found.end() + (stop.start() if stop else _REACH)
    for link in _LINK.finditer(view.text, found.end() - 1, end):
        body = _body_at(view, link.end(), link.group("link"), candidates, discourse, linker, lp)
        if body:
            return body
    return None


def _body_at(view: SentenceView, at: int, link: str, candidates: list[Mention],
             discourse: Discourse, linker: Linker, lp: LanguagePatterns) -> str | None:
    """The body named at `at` (after "du", "of the"), or the one a description there refers
    back to."""
    for mention in candidates:
        if mention.start == at or (mention.start > at and re.fullmatch(
                r"(?:the|la|le|l')\s*", view.text[at:mention.start], re.I)):
            return linker.actor_key(mention.key)
    link = re.sub(r"\s+", " ", link.casefold())
    if link not in _DETERMINER_OF:
        return None
    anaphor = lp.authority_anaphora.match(_DETERMINER_OF[link] + view.text[at:])
    if anaphor is None or not re.search(r"\w\w", anaphor.group(0)) or (
            anaphor.group(0).casefold().strip() in ("il", "elle", "it", "ils", "elles", "they")):
        return None
    return linker.resolve_authority(anaphor.group(0), discourse, view.sentence.start + at)


# A search or a raid led at a body's request: "avaient perquisitionné le siège parisien du
# groupe, rue de Londres, à la demande du parquet", "La perquisition, conduite à la demande du
# parquet de Paris", "searched the offices at the request of the prosecutor's office".
_REQUEST = (r"(?:à\s+la\s+(?:demande|requête)|sur\s+(?:ordre|instructions?|réquisitions?)|"
            r"at\s+the\s+(?:request|behest)|on\s+the\s+orders?)(?=\s+(?:du|des|de|d'|of))")
_AT_REQUEST = re.compile(r"\b" + _REQUEST, re.I)
_REQUEST_REACH = 120
# ... right after the step's noun and its participle ("conduite à la demande du").
_REQUESTED_AFTER = re.compile(r"\W{0,3}(?:[\w'-]+\W+){0,3}?" + _REQUEST, re.I)


def requesting_body(view: SentenceView, trig_end: int, candidates: list[Mention],
                    discourse: Discourse, linker: Linker, lp: LanguagePatterns) -> str | None:
    """The body at whose request the step after `trig_end` was taken, in its clause."""
    stop = re.search(r"[;:()]|\.(?!\w)", view.text[trig_end:trig_end + _REQUEST_REACH])
    end = trig_end + (stop.start() if stop else _REQUEST_REACH)
    found = _AT_REQUEST.search(view.text, trig_end, end)
    link = _LINK.match(view.text, found.end()) if found else None
    if link is None:
        return None
    return _body_at(view, link.end(), link.group("link"), candidates, discourse, linker, lp)
