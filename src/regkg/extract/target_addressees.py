"""The addressee of a request, a letter, a notice or an order is its target, not the subject
matter named after it: "Ofcom writes to X demanding answers over Grok" is a request to X,
"La CNIL a adressé à Google une demande d'informations au sujet de YouTube" one to Google.
Layer 1; used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from regkg.models import Mention

# A preposition of subject matter between the step's words and the first name after them.
_SUBJECT_MATTER = re.compile(
    r"\b(?:over|about|regarding|concerning|on|relating\s+to|in\s+relation\s+to|sur|"
    r"au\s+sujet\s+d|concernant|à\s+propos\s+d|relati(?:f|fs|ve|ves)\s+(?:à|au|aux))",
    re.IGNORECASE)
# A verb that addresses its object to a recipient, right before it: "writes to", "has written
# to", "sent", "a écrit à", "a adressé à", "a envoyé à" (double object: "sent Meta a letter").
_ADDRESSED_TO = re.compile(
    r"(?:\b(?:wr(?:ote|ites|itten|iting)|sent|sends|issued|issues|addressed|addresses)\s+to|"
    r"\b(?:sent|sends|gave|gives|served|serves|handed|hands)|"
    r"\b(?:écrit|écrivent|écrivait|adressé|adresse|adressent|envoyé|envoie|envoient|notifié|"
    r"notifie|transmis|transmet|signifié|signifie)\s+(?:à|aux?))\s+"
    r"(?:la\s+société\s+|l'entreprise\s+|the\s+company\s+)?$", re.IGNORECASE)
# From the addressee to the step's words: a few words, no clause break and no second verb
# joined ("writes to X demanding answers", "a écrit à X pour exiger", "sent Meta a request";
# not "sent Meta a letter and opened a probe on TikTok").
_TO_STEP = re.compile(r"(?:(?!\b(?:and|et|but|mais|then|puis|while|tandis)\b)"
                      r"[^,;:.()\"«»]){0,30}", re.IGNORECASE)


def addressee(text: str, mentions: Sequence[Mention], trig: tuple[int, int],
              first_named: int, is_target: Callable[[str], bool]) -> Mention | None:
    """The platform a step was addressed to, named before the step's words `trig`, when the
    first name after them (at `first_named`) is the step's subject matter, not its target."""
    if not _SUBJECT_MATTER.search(text, trig[1], first_named):
        return None
    before = [m for m in mentions if m.end <= trig[0]]
    if not before or not is_target(before[-1].key):
        return None
    last = before[-1]
    if not _TO_STEP.fullmatch(text, last.end, trig[0]) \
            or not _ADDRESSED_TO.search(text, 0, last.start):
        return None
    return last


# A preposition of subject matter right before a name: "au sujet de YouTube", "about TikTok".
_MATTER_BEFORE = re.compile(
    r"\b(?:over|about|regarding|concerning|relating\s+to|in\s+relation\s+to|sur|"
    r"au\s+sujet\s+d(?:e|u|es|')|concernant|à\s+propos\s+d(?:e|u|es|')|"
    r"relati(?:f|fs|ve|ves)\s+(?:à|au|aux))\s*(?:the\s+|la\s+|le\s+|l'|les\s+)?$",
    re.IGNORECASE)
_LIST_LINK = re.compile(r"\s*(?:,|\band\b|\bet\b|&)\s*", re.IGNORECASE)


def subject_matters(text: str, mentions: Sequence[Mention], before: int) -> list[Mention]:
    """The names before `before` that are the subject matter of a letter or request addressed
    to a platform named first ("a écrit à X au sujet de Grok pour lui demander": "lui" is X,
    not Grok); none when nothing was addressed."""
    named = [m for m in mentions if m.end <= before]
    addressed = next((m for m in named if _ADDRESSED_TO.search(text, 0, m.start)), None)
    if addressed is None:
        return []
    found: list[Mention] = []
    for mention in named:
        if mention.start < addressed.end:
            continue
        if _MATTER_BEFORE.search(text, max(0, mention.start - 30), mention.start) or (
                found and _LIST_LINK.fullmatch(text, found[-1].end, mention.start)):
            found.append(mention)
    return found
