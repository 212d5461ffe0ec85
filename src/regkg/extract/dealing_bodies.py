"""The authority a platform's commitment answers, told by the dealings that led to it. Layer 1.

The annotation guidelines count "changes a platform agrees to in answer to an authority" as a
`commitment` (actor = the company, jurisdiction = the authority it answered). commitments.py
finds that authority as the first one that took a step against the platform earlier, or as the
one the commitments are given to after the verb ("agreed ... with the FTC"). News often names it
only through the dealings before the verb instead:
- in the same sentence, before the platform: "After talks with Ofcom, Snapchat agreed to",
  "At the request of the Commission, TikTok agreed to", "Sous la pression du gouvernement
  indonésien, TikTok a accepté de", "À l'issue de réunions avec le régulateur, la plateforme
  s'est engagée à" (the body named, or referred back to);
- in the sentence before, in the same paragraph, as the subject of a meeting with the platform
  (the platform or its people the object of "met", "summoned", "wrote to", "a convoqué"):
  "L'Arcom a convoqué les dirigeants de Kick. La plateforme s'est alors engagée à",
  "The DPC met Meta executives on Friday. The company then agreed to".
Dealings with anyone but an authority ("after talks with its bankers", "avec ses
actionnaires") answer no authority: nothing is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import Discourse, Linker, kind_of
from regkg.extract.patterns import LanguagePatterns, TriggerMatch

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_NOUNS_EN = r"(?:talks|discussions|negotiations|meetings?|consultations|exchanges|contacts)"
_NOUNS_FR = r"(?:discussions|échanges|négociations|réunions|consultations|rencontres|contacts)"
# The dealings, ending where the body's name or description begins.
_DEALINGS = re.compile(
    rf"\b(?:(?:after|following|in|amid)\s+(?:[\w-]+\s+){{0,3}}?{_NOUNS_EN}\s+with"
    r"|at\s+the\s+(?:request|urging|behest|demand|invitation)\s+of"
    r"|under\s+pressure\s+from"
    rf"|(?:après|à\s+l.issue\s+d(?:e|es)|au\s+terme\s+d(?:e|es)|suite\s+à)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_NOUNS_FR}\s+avec"
    r"|à\s+la\s+demande|sur\s+demande|sous\s+la\s+pression)"
    r"\s+(?:of\s+|from\s+|d(?:e|u|es)\s+|d')?", re.IGNORECASE)
# How far after the dealings the body's name may begin ("the", "Britain's", "la").
_NAME_REACH = 25
# The sentence before: the body met, summoned or wrote to the platform.
_MEETING = re.compile(
    r"\b(?:met(?:\s+with)?|summoned|called\s+in|wrote\s+to|convoqu\w*|rencontré|"
    r"écrit\s+(?:à|aux?))\b", re.IGNORECASE)
# Between the meeting verb and the platform it met: a day, its people ("the bosses of",
# "les dirigeants de"), no clause break.
_MET_REACH = 60


def dealt_with_body(view: SentenceView, trig: TriggerMatch, platform: str, linker: Linker,
                    discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """The authority the platform dealt with before agreeing, or None."""
    return (_body_in_sentence(view, trig, linker, discourse, lp)
            or _body_that_met(view, platform, linker, discourse))


def _body_in_sentence(view: SentenceView, trig: TriggerMatch, linker: Linker,
                      discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """"After talks with Ofcom, Snapchat agreed": the body named or referred back to right
    after the dealings, before the trigger."""
    for dealings in _DEALINGS.finditer(view.text, 0, trig.start):
        begin = dealings.end()
        for mention in view.mentions:
            if begin <= mention.start <= begin + _NAME_REACH and mention.end <= trig.start:
                actor = linker.actor_key(mention.key)
                if actor is not None and kind_of(actor) == "authority":
                    return actor
                break  # the first name after the dealings is the one dealt with
        else:
            anaphor = lp.authority_anaphora.match(view.text, begin)
            if anaphor is not None and anaphor.end() <= trig.start:
                return linker.resolve_authority(anaphor.group(0), discourse,
                                                view.sentence.start + begin)
    return None


def _body_that_met(view: SentenceView, platform: str, linker: Linker,
                   discourse: Discourse) -> str | None:
    """"L'Arcom a convoqué les dirigeants de Kick. La plateforme s'est engagée": the body
    that met the platform in the sentence before, in the same paragraph."""
    start = discourse.previous_start
    if not discourse.previous_text or start >= view.sentence.start:
        return None
    meeting = _MEETING.search(discourse.previous_text)
    if meeting is None:
        return None
    after = start + meeting.end()
    if not any(index == view.index - 1 and key == platform and after < end <= after + _MET_REACH
               and not re.search(r"[,;:]", discourse.previous_text[meeting.end():end - start])
               for index, end, key in discourse.targets):
        return None  # the platform, as the meeting's object, is what the body met
    before = [key for at, paragraph, key in discourse.bodies
              if paragraph == view.paragraph and start <= at < start + meeting.start()]
    return before[-1] if before else None
