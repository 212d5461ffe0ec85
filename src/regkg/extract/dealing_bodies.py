"""The authority a platform's commitment answers, told by the dealings that led to it. Layer 1.

The annotation guidelines count "changes a platform agrees to in answer to an authority" as a
`commitment` (actor = the company, jurisdiction = the authority it answered). commitments.py
finds that authority as the first one that took a step against the platform earlier, or as the
one the commitments are given to after the verb ("agreed ... with the FTC"). News often names it
only through the dealings before the verb instead:
- in the same sentence, before the platform: "After talks with Ofcom, Snapchat agreed to",
  "At the request of the Commission, TikTok agreed to", "Sous la pression du gouvernement
  indonésien, TikTok a accepté de", "À l'issue de réunions avec le régulateur, la plateforme
  s'est engagée à", "after talks with the agency, Ticketmaster agreed" (the body named, or
  referred back to), or after the change: "Amazon a accepté de décaler son Black Friday, à la
  demande du gouvernement" (`dealt_with_body`: the sentence's own answer, before the body that
  acted first);
- in the sentence before, in the same paragraph, as the subject of a meeting with the platform
  (the platform or its people the object of "met", "summoned", "wrote to", "a convoqué"):
  "L'Arcom a convoqué les dirigeants de Kick. La plateforme s'est alors engagée à",
  "The DPC met Meta executives on Friday. The company then agreed to" (`body_that_met`).
Dealings with anyone but an authority ("after talks with its bankers", "avec ses
actionnaires") answer no authority: nothing is found; told with the change, they veto it
(`dealt_with_private_party`: the platform answers them, not the body that acted before).
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


def dealt_with_body(view: SentenceView, trig: TriggerMatch, linker: Linker,
                    discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """The authority the sentence says the platform dealt with, before the change or after
    it, or None."""
    return (_body_in_sentence(view, trig, linker, discourse, lp)
            or _body_asking_after(view, trig, linker, discourse, lp))


def _body_asking_after(view: SentenceView, trig: TriggerMatch, linker: Linker,
                       discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """The dealings told after the change, in its clause: "Amazon a accepté jeudi soir de
    décaler son Black Friday, à la demande du gouvernement", "TikTok agreed to remove the
    videos at the request of the eSafety Commissioner"."""
    stop = re.compile(r"[;:]").search(view.text, trig.end)
    end = stop.start() if stop else len(view.text)
    for dealings in _DEALINGS.finditer(view.text, trig.end, end):
        body = _dealt_with(view, dealings.end(), end, linker, discourse, lp)
        if body:
            return body
    return None


# Private parties a platform deals with: "after talks with its bankers / the Teamsters / the
# drivers' unions", "après des discussions avec les syndicats", "at the request of the victims'
# families": what it then agrees answers them.
_PRIVATE_PARTIES = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?(?:unions?|syndicats?|teamsters|bankers|banks|banques|shareholders"
    r"|actionnaires|investors|investisseurs|advertisers|annonceurs|publishers|éditeurs"
    r"|creators|créateurs|drivers|chauffeurs|employees|salariés|staff|workers|partners"
    r"|partenaires|suppliers|fournisseurs|rivals?|concurrents?|lenders|creditors|créanciers"
    r"|families|familles|victims|victimes|parents|users|utilisateurs|campaigners|militants"
    r"|associations|NGOs|ONG)\b",
    re.IGNORECASE)


def dealt_with_private_party(view: SentenceView, trig: TriggerMatch, linker: Linker,
                             lp: LanguagePatterns) -> bool:
    """The dealings told with the change are with a company or a private party ("After talks
    with its bankers, TikTok agreed to", "Après des discussions avec les syndicats, Uber a
    accepté de", "agreed to remove the videos at the request of the families"): the platform
    answers them, not the body that acted against it before."""
    stop = re.compile(r"[;:]").search(view.text, trig.end)
    return _private_party(view, 0, trig.start, linker, lp) or _private_party(
        view, trig.end, stop.start() if stop else len(view.text), linker, lp)


def _private_party(view: SentenceView, start: int, end: int, linker: Linker,
                   lp: LanguagePatterns) -> bool:
    for dealings in _DEALINGS.finditer(view.text, start, end):
        begin = dealings.end()
        if lp.authority_anaphora.match(view.text, begin):
            continue  # "after talks with the agency, Ticketmaster agreed"
        first = min((m for m in view.mentions
                     if begin <= m.start <= begin + _NAME_REACH and m.end <= end),
                    key=lambda m: m.start, default=None)
        if first is not None:
            if linker.actor_key(first.key) is None and kind_of(first.key) != "jurisdiction":
                return True
        elif _PRIVATE_PARTIES.match(view.text, begin):
            return True
    return False


def _body_in_sentence(view: SentenceView, trig: TriggerMatch, linker: Linker,
                      discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """"After talks with Ofcom, Snapchat agreed": the body named or referred back to right
    after the dealings, before the trigger."""
    for dealings in _DEALINGS.finditer(view.text, 0, trig.start):
        body = _dealt_with(view, dealings.end(), trig.start, linker, discourse, lp)
        if body:
            return body
    return None


def _dealt_with(view: SentenceView, begin: int, end: int, linker: Linker,
                discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """The authority named or referred back to right at `begin` (before `end`): a
    description first ("after talks with the agency, Ticketmaster agreed": the platform named
    after it is no party to the talks), else the first name within reach."""
    # ("à la demande du gouvernement": the article "le" is inside "du")
    words = ("le " if view.text[:begin].casefold().endswith("du ") else "") + view.text[begin:end]
    anaphor = lp.authority_anaphora.match(words)
    resolved = linker.resolve_authority(anaphor.group(0), discourse,
                                        view.sentence.start + begin) if anaphor else None
    if resolved:  # (else a name may follow: "du gouvernement français")
        return resolved
    for mention in view.mentions:
        if begin <= mention.start <= begin + _NAME_REACH and mention.end <= end:
            actor = linker.actor_key(mention.key)
            return actor if actor is not None and kind_of(actor) == "authority" else None
    return None


def body_that_met(view: SentenceView, platform: str, linker: Linker,
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
