"""A finding of a breach told with the platform as subject and the body in a reporting clause
after it: "Uber broke Dutch privacy law when it sent drivers' records abroad, the Dutch Data
Protection Authority found on Monday", "TikTok a manqué à ses obligations, a constaté mardi
l'Arcom". Layer 1 (used by the lexicon layer, regkg.extract.lexicon).

Guideline 4 types "preliminary (or non-sanctioning final) findings of a probe" as an
investigation; the triggers read them with the body as subject ("the ICO found that X
breached"), not in this order, where the verb of finding closes the sentence.

Not a step: anyone else's finding ("..., the senator found", "..., a study concluded": the body
must be an authority named in the clause, not a court), a denied breach ("had not breached"), a
condition or a possibility ("may have breached", "if it broke"), a breach the body found no
evidence of ("There is no evidence that X breached ...", "Rien ne prouve que X a enfreint ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.backup import already_stated
from regkg.extract.lexicon_obligations import CONDITION, is_court, platform_subjects
from regkg.extract.linking import kind_of
from regkg.extract.patterns import TriggerMatch
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import LanguagePatterns
    from regkg.extract.slots import Slots

_F = re.IGNORECASE
# The platform's breach, right after its name (a verb in the past: the finding's content).
_BREACH = {
    "en": re.compile(r"(?<!\bnot\s)(?<!\bnever\s)\b(?:breached|broke|violated|contravened|"
                     r"infringed|failed\s+to|was\s+in\s+breach\s+of|did\s+not\s+comply)\b", _F),
    "fr": re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:(?:\w+ment|aussi|également)\s+)?"
                     r"(?:enfreint|violé|manqué\s+à|contrevenu|méconnu)\b", _F),
}
# The body's clause after the breach: a verb of finding, then the end of the sentence (a day,
# a report or an inquiry may follow: "found on Monday", "concluded in a report released ...").
_FOUND_BY = {
    "en": re.compile(r",\s+(?P<body>(?:the\s+)?[^,;]{2,90}?)\s+(?:(?:has|had)\s+)?"
                     r"(?:found|concluded|determined)\b(?P<rest>[^,;]{0,80})\.?\s*$", _F),
    "fr": re.compile(r",\s+(?:a|ont|avait|avaient)\s+(?:(?:\w+ment|aussi|également|encore|"
                     r"\w+di)\s+)?(?:conclu|constaté|établi)\s+(?P<body>[^,;]{2,90})\.?\s*$",
                     _F),
}
# What may follow the verb of finding: a date or a report, not a clause of its own ("found
# that", "concluded its probe").
_REST = re.compile(r"^\s*(?:(?:on|in|last|this|earlier|after|following|at)\b[^,;]*)?$", _F)
# A denial before the breach: the body found none ("There is no evidence that X breached",
# "found no sign that", "Rien ne prouve que X a enfreint", "n'a pas constaté que").
_DENIED = re.compile(
    r"\b(?:no|little|insufficient)\s+(?:evidence|proof|sign|indication)|\bfound\s+no\b|"
    r"\b(?:did|does|could)\s+not\s+(?:find|establish|show|prove)|\bnothing\s+(?:shows|proves|"
    r"suggests)|\brien\s+ne\s+(?:prouve|montre|permet|indique)|\baucun(?:e)?\s+(?:preuve|"
    r"élément|indice)|\bpas\s+de\s+preuve|\bn['’](?:a|ont|avait)\s+pas\s+(?:constaté|établi|"
    r"trouvé|démontré)", _F)


def reported_findings(finder: LexiconSteps, view: SentenceView, slots: Slots,
                      discourse: Discourse, triggers: list[TriggerMatch],
                      unanswered: list[TriggerMatch], lp: LanguagePatterns
                      ) -> Iterator[Action]:
    """The finding of the sentence (see the module docstring)."""
    cue_shape = _BREACH.get(view.language)
    clause_shape = _FOUND_BY.get(view.language)
    if cue_shape is None or clause_shape is None:
        return
    cue = cue_shape.search(view.text)
    if cue is None or CONDITION.search(view.text, 0, cue.start()) or _DENIED.search(
            view.text, 0, cue.start()) or any(
            t.type == "investigation" and t not in unanswered for t in triggers):
        return
    clause = clause_shape.search(view.text, cue.end())
    if clause is None or not _REST.match(clause.groupdict().get("rest") or ""):
        return
    actors = _finding_body(finder, view, clause)
    subjects = platform_subjects(finder, view, cue.start())
    if not actors or not subjects or not all(
            finder.linker.is_target(t, "investigation") for t in subjects):
        return
    targets = [t for t in subjects if not already_stated(discourse, "investigation", t, actors)]
    trig = TriggerMatch("investigation", "verbal", cue.start(), cue.end())
    if targets:
        yield from finder._emit(view, trig, finder.patterns.done_status["investigation"],
                                (0, len(view.text)), slots, discourse, lp, actors, targets,
                                False)


def _finding_body(finder: LexiconSteps, view: SentenceView, clause: re.Match[str]) -> list[str]:
    """The authority named in the clause of finding (not a court: its rulings are no steps of
    ours)."""
    bodies = [finder.linker.actor_key(m.key) for m in view.mentions
              if kind_of(m.key) == "authority"
              and clause.start("body") <= m.start and m.end <= clause.end("body")]
    return [b for b in bodies if b and not is_court(finder, b)][:1]
