"""Bodies that set a step going without taking it: a referral, a complaint, a report. Layer 1.

Prosecutors, courts and regulators often act on another body's referral, and the reports say
so before the step: "Après un signalement de la DGCCRF, le parquet de Paris a ouvert une
enquête", "Following a referral from the FTC, the Justice Department sued TikTok", "sur
saisine de l'Arcom, le tribunal a ordonné le blocage", "acting on a complaint by the
consumer authority, the court ...". The body named in that complement only asked; the step
is the other body's (guideline 4: an action is the step an authority took). A body named
there and nowhere else in the sentence is no actor of the sentence's steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

# The complement that names the body which referred, complained, reported or asked, ending
# right before the body's name: "following a referral from (the)", "at the request of",
# "à la suite d'un signalement de (la)", "sur saisine du", "saisi par". A cause opens it
# ("following", "après", "sur"): "a complaint filed by the state" alone may name a lawsuit,
# the state's own step. The words between noun and name never say where the complaint went
# ("une plainte déposée auprès de la CNIL": the CNIL received it, and may act on it).
_FILLER = r"(?:\s+(?!(?:auprès|devant|with|to|before|against|contre|visant)\b)[\w'-]+){0,3}?"
_REFERRED_BY = re.compile(
    r"(?:"
    r"\b(?:following|after|upon|on|acting\s+on|in\s+response\s+to|prompted\s+by|"
    r"triggered\s+by)\s+(?:(?:a|an|the|two|several|multiple|repeated)\s+)?(?:[\w-]+\s+)?"
    r"(?:referrals?|complaints?|tip-offs?|alerts?|reports?|petitions?|requests?)"
    + _FILLER + r"\s+(?:from|by)"
    r"|\b(?:alerted|tipped\s+off)\s+by"
    r"|\bat\s+the\s+(?:request|behest|instigation|urging)\s+of"
    r"|\b(?:après|suite\s+à|à\s+la\s+suite\s+d[eu']|sur|à|en\s+réponse\s+à)\s*"
    r"(?:(?:une?|la|le|les|des|plusieurs|deux|l')\s*)?(?:[\w-]+\s+)?"
    r"(?:signalements?|saisines?|plaintes?|dénonciations?|demandes?|réquisitions?|alertes?|"
    r"rapports?)" + _FILLER + r"\s*(?:de|du|des|d'|par)"
    r"|\b(?:saisie?s?|alertée?s?)\s+par"
    r")\s*(?:the|la|le|les|l')?\s*$",
    re.IGNORECASE)
_REACH = 80  # characters of the complement before the name
# A request that directs the step: "à la demande du", "at the request of", "sur réquisition de".
_REQUESTED_BY = re.compile(r"\b(?:à\s+la\s+(?:demande|requête)|at\s+the\s+(?:request|behest)\s+of|"
                           r"sur\s+(?:ordre|instructions?|réquisitions?))\s*(?:de|du|des|d')?\s*"
                           r"(?:the|la|le|les|l')?\s*$", re.IGNORECASE)


def referrer_mentions(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions named as the body that referred, complained or asked, and the bodies
    listed with them ("following complaints from the CNIL and the DGCCRF")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    found: list[Mention] = []
    for mention in ordered:
        head = text[max(0, mention.start - _REACH):mention.start]
        if _REFERRED_BY.search(head) or _referral_of(text, mention) or (
                found and _listed_with(text, found[-1], mention)):
            found.append(mention)
    return found


# The body as the owner of the referral: "Following the FTC's referral, the Justice
# Department sued", "after the ICO's complaint".
_CAUSE_BEFORE = re.compile(r"\b(?:following|after|upon|on|acting\s+on|in\s+response\s+to)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
_OWN_REFERRAL = re.compile(r"'s?\s+(?:[\w-]+\s+)?(?:referrals?|complaints?|tip-offs?|alerts?|"
                           r"reports?|requests?|petitions?)\b", re.IGNORECASE)


def _referral_of(text: str, mention: Mention) -> bool:
    return (_OWN_REFERRAL.match(text, mention.end) is not None
            and _CAUSE_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None)


# "from the CNIL and the DGCCRF": a conjunction, not a bare comma, which may as well close
# the complement ("Après un signalement de la DGCCRF, le parquet ...").
_AND = re.compile(r"\s*,?\s*(?:and|et|or|ou|ainsi\s+que|as\s+well\s+as)\s+"
                  r"(?:(?:from|by|de|du|des|d')\s*)?(?:(?:the|la|le|les|l')\s*)?",
                  re.IGNORECASE)


def _listed_with(text: str, previous: Mention, mention: Mention) -> bool:
    return previous.end <= mention.start and _AND.fullmatch(
        text, previous.end, mention.start) is not None


def without_referrers(view: SentenceView, linker: Linker, actors: list[str],
                      kind: str = "") -> list[str]:
    """`actors` less the bodies the sentence names only as the one that referred the matter
    ("Après un signalement de la DGCCRF, le parquet de Paris a ouvert des enquêtes": the
    prosecutor's step, not the DGCCRF's). A search made at a body's request, no other body
    taking it, is that body's probe, its investigators only carrying it out ("Des enquêteurs
    ont perquisitionné les locaux de X à la demande du parquet de Paris": tests/mist 1087,
    sleet 1030); not "À la demande de la Commission, la CNIL a ouvert une enquête"."""
    mentions = list({(m.start, m.end): m for m in
                     [*view.mentions, *(view.actor_candidates or [])]}.values())
    found = referrer_mentions(view.text, mentions)
    requested = {(m.start, m.end) for m in found if kind == "investigation"
                 and _REQUESTED_BY.search(view.text, max(0, m.start - _REACH), m.start)}
    referrers = {(m.start, m.end) for m in found}
    if requested and all(linker.actor_key(m.key) not in actors for m in mentions
                         if (m.start, m.end) not in referrers):
        referrers -= requested  # the requester is the only body that may have taken it
    if not referrers:
        return actors
    named: dict[str, list[bool]] = {}
    for mention in mentions:
        key = linker.actor_key(mention.key)
        if key:
            named.setdefault(key, []).append((mention.start, mention.end) in referrers)
    return [a for a in actors if not (named.get(a) and all(named[a]))]
