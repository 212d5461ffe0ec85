"""Noun cues of the lexicon layer: when a noun names a step taken, and when nobody is named as
its agent. Layer 1 (split from lexicon.py and lexicon_actors.py).

A noun of the step ("probe", "mise en demeure") is weaker evidence than a verb: it may be a verb
in disguise ("la justice enquête"), the object of a precise trigger, or a step only wanted or
weighed ("an EU probe into Meta is unlikely"). A noun nobody is said to take (one a platform
undergoes, "the opening of formal proceedings against Temu") is an agentless step: its actor is
looked for outside the sentence like a passive's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.target_descriptions import is_plural, platform_descriptions

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguageLexicon, TriggerMatch

# A platform's description and what it refers to: the anaphora pattern of the language and the
# platforms a description at a position (singular or plural) means.
Described = tuple[re.Pattern[str], Callable[[int, bool], list[str]]]

# After a noun cue, words only a noun takes (a headline's "EU probe into Meta", "TikTok faces
# Ofcom investigation over ...", "Enquête de Bruxelles contre Meta"; "enquête sur" may be a verb).
_NOUN_AFTER = re.compile(r"\s+(?:into|against|over|targeting|contre|visant|à\s+l'encontre)\b",
                         re.IGNORECASE)
# A noun cue spelled from the verb the platform undergoes it with ("écope de 150 millions").
_UNDERGOING_VERB = re.compile(r"écop\w*\b", re.IGNORECASE)
# A retried precise trigger that holds its determiner ("The opening of formal proceedings").
_OWN_DETERMINER = re.compile(r"(?:(?:the|an?|its|their|la|le|les|une?|sa|son|ses|leurs?)\s|[ld]')",
                             re.IGNORECASE)


def bare_or_governed_noun(text: str, cue: TriggerMatch, triggers: list[TriggerMatch],
                          ll: LanguageLexicon) -> bool:
    """A noun cue with no determiner may be a verb ("la justice enquête"); one right after a
    precise trigger is that step's object ("ordered the suspension of X" is an order, not a
    block of its own)."""
    if cue.form != "nominal":
        return False
    # "écopé d'une amende", and a lexicon cue that opens on the verb of undergoing ("écope,
    # quant à lui, de 150 millions d'euros": the platform before it is its target)
    set_phrase = (cue in triggers or _UNDERGOING_VERB.match(text, cue.start) is not None) \
        and " " in text[cue.start:cue.end]
    if (ll.determiner_before.search(text, max(0, cue.start - 60), cue.start) is None
            and _OWN_DETERMINER.match(text, cue.start) is None and not set_phrase
            and _NOUN_AFTER.match(text, cue.end) is None):
        return True
    return any(t.end <= cue.start and len(text[t.end:cue.start].split()) <= 3
               for t in triggers)


def undergone(view: SentenceView, cue: TriggerMatch, undergoes: re.Pattern[str],
              linker: Linker, described: Described | None = None) -> list[str]:
    """The platforms that undergo the step a noun cue names ("TikTok faces an investigation",
    "Meta fait l'objet d'une enquête"): the noun's target; with no agent after it, the step is
    an agentless passive. Failing a name, a platform's description in that place ("Le site de
    mode chinois écope, quant à lui, de 150 millions d'euros", "the retailer was hit with"),
    resolved by `described` (its anaphora pattern and the finder's referents of a position)."""
    if cue.form != "nominal":
        return []
    spelled = _UNDERGOING_VERB.match(view.text, cue.start) is not None  # "Shein écope de"

    def undergoes_here(end: int) -> bool:
        gap = view.text[end:cue.start]
        return undergoes.match(gap) is not None or (spelled and not gap.strip())

    named = [m.key for m in view.mentions if m.end <= cue.start
             and linker.is_target(m.key, cue.type) and undergoes_here(m.end)]
    if named or described is None:
        return named
    anaphora, referents = described
    found = platform_descriptions(view.text, 0, cue.start, anaphora, view.language)
    last = found[-1] if found else None
    if last is None or not undergoes_here(last.end()):
        return []
    return referents(last.start(), is_plural(last.group(0)))


# A noun of the step made from the verb that opens it: "the opening of formal proceedings
# against Temu", "l'ouverture d'une enquête visant Meta"; nobody is named as its agent.
_OPENING = re.compile(r"(?:(?:the|its|their|la|le|sa|son)\s+|l')?"
                      r"(?:opening|launch|initiation|ouverture|lancement|engagement)\b",
                      re.IGNORECASE)


# A noun of the step as the subject of a verb of aim: "Une enquête vise désormais Meta",
# "the probe targets TikTok's ad repository", "The notices went to the operators of X"; and a
# release's account of what its probe "will examine" ("The investigation will examine whether
# OpenAI ...", "L'enquête permettra de déterminer si"): the probe is open, its scope is told in
# the future ("would examine" is not).
# (an aside and a time may come between: "Similar notices, issued under the Online Safety Act,
# went out that month to Google, TikTok, Twitch and Discord")
_AIMS_AFTER = re.compile(r"(?:\s*,[^,.;]{1,60},)?\s+(?:(?:\w+ment|désormais|aussi|now|also)\s+)?"
                         r"(?:vise|visent|visait|cible|ciblent|concerne|concernent|targets|"
                         r"concerns|covers|"
                         r"(?:went(?:\s+out)?|were\s+(?:sent|addressed|issued|served)(?:\s+out)?)"
                         r"(?:\s+(?:that|this|last|the\s+same)\s+\w+)?\s+to|"
                         r"will\s+(?:also\s+)?(?:examine|look\s+(?:at|into)|assess|focus\s+on|"
                         r"determine)|examinera|portera\s+(?:notamment\s+)?sur|"
                         r"permettra\s+de\s+(?:déterminer|établir|vérifier)|visera\s+à)\b",
                         re.IGNORECASE)


# A possessive before the noun: its owner, not nobody, takes the step ("Meta's probe into ...").
_OWNED = re.compile(r"(?:'s?|\b(?:its|their|sa|son|ses|leurs?))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def agentless_noun(view: SentenceView, cue: TriggerMatch, undergoes: re.Pattern[str],
                   linker: Linker) -> bool:
    """A noun cue that names a step nobody is said to take: one a platform undergoes, the
    opening of a probe, a probe that "targets" a platform, a headline's noun."""
    headline = view.headline and not _OWNED.search(view.text, 0, cue.start)
    return cue.form == "nominal" and (headline  # "Probe into Meta over child safety"
                                      or _OPENING.match(view.text, cue.start) is not None
                                      or _AIMS_AFTER.match(view.text, cue.end) is not None
                                      or _UNDERGOING_VERB.match(view.text, cue.start) is not None
                                      or bool(undergone(view, cue, undergoes, linker)))


# Around a noun of the step with no determiner, or the opening of a probe: it is wanted,
# possible or denied, not done ("could follow", "n'est pas exclue", "a demandé l'ouverture",
# "welcomed the opening", "EU probe into Meta unlikely").
_NOT_DONE_AROUND = re.compile(
    r"\b(?:could|would|may|might|will|should|possible|possibly|expected|likely|unlikely|not|no|"
    r"call\w*\s+for|"
    r"request\w*|asked\s+for|ask\w*\s+for|demand\w*|urg\w*|welcom\w*|sought|seek\w*|"
    r"pourrai\w*|pourra|pourront|devrai\w*|exclu\w*|envisag\w*|réclam\w*|appel\w*|souhait\w*|"
    r"sollicit\w*|pas|salu\w*)\b", re.IGNORECASE)
_AROUND = 40


def noun_not_done(text: str, cue: TriggerMatch, ll: LanguageLexicon) -> bool:
    """The opening of a probe named as a noun, or a noun with no determiner (a headline's "EU
    probe into Meta"), in a sentence that wants, weighs or denies it ("EU probe into Meta
    unlikely")."""
    if cue.form == "nominal" and conditionally_faced(text, cue):
        return True
    if cue.form != "nominal" or (
            _OPENING.match(text, cue.start) is None
            and ll.determiner_before.search(text, max(0, cue.start - 60), cue.start)):
        return False
    after = _RELATIVE_AFTER.search(text, cue.end, cue.end + 2 * _AROUND)
    return (_NOT_DONE_AROUND.search(text, max(0, cue.start - _AROUND), cue.start) is not None
            or _NOT_DONE_AROUND.search(text, cue.end, after.start() if after else
                                       cue.end + 2 * _AROUND) is not None)


# A relative clause after the step is another clause: "Criteo a écopé d'une amende ..., a
# annoncé la CNIL, qui lui reproche de ne pas ..." (its "pas" denies nothing of the fine).
_RELATIVE_AFTER = re.compile(r",\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles|which|who|"
                             r"whose)\b", re.IGNORECASE)


# A step the platform "faces" on a condition is a threat: "TikTok faces an investigation if it
# fails to comply", "X fait face à une amende s'il ne retire pas".
_FACES_BEFORE = re.compile(r"\b(?:faces?|faced|facing|fait\s+face\s+à|risque)\s+(?:\S+\s+){0,3}$",
                           re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|should\s+it|si|s'ils?|à\s+moins|faute\s+d)",
                              re.IGNORECASE)


def conditionally_faced(text: str, cue: TriggerMatch) -> bool:
    """A noun the platform faces, with a condition after it in the sentence."""
    return (_FACES_BEFORE.search(text, max(0, cue.start - 40), cue.start) is not None
            and _CONDITION_AFTER.search(text, cue.end) is not None)
