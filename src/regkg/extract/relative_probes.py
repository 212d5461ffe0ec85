"""Probes told in an object relative clause: "the non-compliance investigations that the
Commission opened against both companies on 25 March 2024", "a probe the FCCPC launched in May
2021 jointly with the NDPC into ...", "l'enquête que la CNIL a ouverte en 2023 contre X". Layer 1.

News gives a probe's opening this way in its background sentences. The body is the subject of
the relative clause, between the noun and its verb; a precise trigger cannot ask for the noun
before that subject (Python's look-behind has a fixed width), so the verb is found here and
handed to the finder as a verbal trigger: its actor is then the body named right before it (a
company that "launched" something is no authority: nothing), its targets and date follow it.
A probe the article already reports for that body, target and date is not told again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.modality import decide_status
from regkg.extract.patterns import LanguagePatterns, TriggerMatch
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.slots import Slots

# The noun, an optional relative pronoun, a subject of capitalised words (a body's name, "the"
# allowed before it) and the verb; case matters for the subject only.
_EN = re.compile(
    r"\b(?:[Ii]nvestigations?|[Pp]robes?|[Ii]nquir(?:y|ies)|[Ee]nquir(?:y|ies)|[Pp]roceedings)\s+"
    r"(?:that\s+|which\s+)?(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+(?:(?:and|of|for|on)\s+)?){1,8}?"
    r"(?:had\s+|has\s+|have\s+)?"
    r"(?:also\s+|formally\s+|jointly\s+)?"
    r"(?P<verb>opened|launched|initiated|started|began|commenced)\b")
_FR = re.compile(
    r"\b(?:[Ee]nquêtes?|[Pp]rocédures?|[Ii]nvestigations?|[Ii]nstructions?)\s+(?:qu['’]|que\s+)"
    r"(?:l['’]|la\s+|le\s+|les\s+)?[A-ZÀ-Ü][\w.&'’-]*(?:\s+[\w'’-]+){0,8}?\s+"
    r"(?:a|avait|ont|avaient)\s+(?:également\s+|aussi\s+|conjointement\s+)?"
    r"(?P<verb>ouverte?s?|lancée?s?|engagée?s?)\b")
_SHAPES = {"en": _EN, "fr": _FR}


def relative_probes(finder: LexiconSteps, view: SentenceView, slots: Slots,
                    discourse: Discourse, triggers: list[TriggerMatch],
                    unanswered: list[TriggerMatch], lp: LanguagePatterns) -> Iterator[Action]:
    """The probes of a sentence told by an object relative clause (see the module docstring).
    A precise trigger over the verb that found its step wins; one that found no actor ("the
    investigation that Ofcom opened": a noun whose agent is not after it) gives way."""
    shape = _SHAPES.get(view.language)
    if shape is None:
        return
    for found in shape.finditer(view.text):
        start, end = found.span("verb")
        if any(t.start < end and start < t.end for t in triggers if t not in unanswered):
            continue  # a precise trigger states this step already
        trig = TriggerMatch("investigation", "verbal", start, end)
        status = decide_status(view.text, start, end, max(0, start - finder.patterns.cue_window),
                               finder.patterns.done_status["investigation"], lp,
                               finder.patterns.asides, "investigation")
        if status is None:
            continue
        told = [s for s in discourse.steps if s[0] == "investigation"]
        for action in finder._actions_for(view, trig, status, (0, len(view.text)), slots,
                                          discourse, lp):
            if not _told(action, told):
                yield action


def _told(action: Action, told: list[tuple[object, ...]]) -> bool:
    """A probe of that body and target already stated with that date, or with no date on
    either side: one action per (actor, target, date)."""
    target = action.targets[0] if action.targets else None
    return any(step[1] == action.actor and step[2] == target
               and (step[3] is None or action.date is None or step[3] == action.date)
               for step in told)
