"""Platforms named as a place or a channel, not as a party: "Wish va devenir introuvable sur
Google", "Shein ads ran on Instagram and TikTok", "data gathered on Instagram, WhatsApp". Such
a name is where something is found, shown or collected; a later "la plateforme", "the
company" or an article-level fallback means the sentence's party (Wish, Shein), so the name
is left out of the discourse's memory of targets (issue 3, session 12, target references).

Only when the same sentence names a platform before it outside such a place: "a fine on Meta",
"une enquête sur TikTok" name the party itself, and a step noun before the preposition keeps
it a party too. Layer 1; used by regkg.extract.actions when it remembers a sentence's targets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from regkg.models import Mention

# A place or channel preposition right before the name, with its article: "sur Google", "on
# the App Store", "via WhatsApp", "dans l'App Store", "across Facebook".
_CHANNEL_BEFORE = re.compile(
    r"(?:^|\s)(?P<word>[\w'-]+)\s+(?:on|onto|via|through|across|sur|dans)\s+"
    r"(?:the\s+|la\s+|le\s+|l'|les\s+)?$", re.IGNORECASE)
# A step noun or verb before the preposition makes the name the step's party: "a fine on
# Meta", "imposed restrictions on X", "une enquête sur TikTok", "cracked down on Telegram".
_STEP_WORD = re.compile(
    r"(?:fines?|penalty|penalties|ban|bans|sanctions?|investigation|probe|inquiry|charges?|"
    r"ruling|decision|crackdown|down|pressure|restrictions?|limits?|levy|tax|duties|focus|"
    r"amendes?|enquête|procédure|pression|décision|mesures?|investigations|contrôles?)",
    re.IGNORECASE)
# Between two items of a list of channels: "on Instagram, WhatsApp and third-party sites".
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et|or|ou)\s+)\s*", re.I)


def _after_channel_word(text: str, start: int) -> bool:
    before = _CHANNEL_BEFORE.search(text[max(0, start - 60):start])
    return before is not None and not _STEP_WORD.fullmatch(before.group("word"))


def channel_mentions(text: str, mentions: Sequence[Mention],
                     is_target: Callable[[str], bool]) -> list[Mention]:
    """The platform mentions of a sentence used as a place or channel, after a platform named
    as a party earlier in the sentence; the items of a list of such places count too."""
    found: list[Mention] = []
    party_seen = False
    previous: Mention | None = None
    for mention in mentions:
        if not is_target(mention.key):
            continue
        listed = previous in found and previous is not None and bool(
            _LIST_LINK.fullmatch(text[previous.end:mention.start]))
        if party_seen and (listed or _after_channel_word(text, mention.start)):
            found.append(mention)
        elif not _after_channel_word(text, mention.start):
            party_seen = True
        previous = mention
    return found
