"""A passive step whose agent is stated but is no body the reference knows: "Meta was ordered
by a judge to hand over documents", "Amazon a été sanctionnée par l'autorité luxembourgeoise",
"Meta a été condamnée par un juge". Layer 1.

The agentless passive borrows the body of the text's account ("Ofcom fined 4chan on Monday.
Kick.com was also fined £5,000": Ofcom's fine). When the passive names its own agent, the step
is that agent's; an agent that is a court, a judge or another regulator the rules cannot
resolve leaves the step with no actor, never the body named before (corpus guideline 4: steps
by public authorities; a wrong actor is worse than a missing step). A definite bare noun
("by the regulator", "par le tribunal") is an anaphor, left to the rules that resolve it, and
so is a body the sentence names ("by the Irish DPC").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.models import Mention

# The head nouns of a court's or a public body's description.
_HEADS = (r"(?:judges?|courts?|tribunals?|magistrates?|regulators?|watchdogs?|authorit(?:y|ies)|"
          r"agenc(?:y|ies)|prosecutors?|juges?|cours?|tribunaux|magistrat(?:e|s)?|justice|"
          r"régulateurs?|autorités?|agences?|gendarmes?|procureurs?|parquets?)")
# "by"/"par" a few words after the participle (inside the trigger's words or after them: "was
# ordered by a judge to ...", "a été sanctionnée lundi par l'autorité luxembourgeoise"), then a
# description: determiner, up to three words, the head, and what follows it.
_STATED = re.compile(
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:by|par)\s+(?P<agent>(?P<det>a|an|one|the|its|un|une|le|la|"
    rf"l['’]|les|des|ses|sa|son)?\s*(?P<pre>(?:[\w-]+\s+){{0,3}}?){_HEADS}\b(?P<post>\s+\w+)?)",
    re.IGNORECASE)
# Words after a bare definite noun that leave it an anaphor: a time, a place, a preposition.
_ANAPHOR_POST = re.compile(
    r"\s+(?:on|in|at|for|over|last|this|after|and|to|with|à|au|aux|en|pour|le|la|les|et|de|"
    r"d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mois|ce|cette|début|fin)$",
    re.IGNORECASE)
_DEFINITE = re.compile(r"the|le|la|l['’]|les", re.IGNORECASE)


def unresolved_agent(view: SentenceView, trig: TriggerMatch, candidates: list[Mention]) -> bool:
    """The passive trigger names its agent, a court or body none of the sentence's mentions
    is, and not a definite bare noun referring back."""
    return _unresolved(view, trig.start, trig.end, candidates)


# A probe's noun ending in its participle: "Une enquête a été ouverte", "an inquiry opened".
_NOUN_PARTICIPLE = re.compile(r"(?:ouverte?s?|lancée?s?|engagée?s?|menée?s?|opened|launched|"
                              r"initiated|started)$", re.IGNORECASE)


def unresolved_agent_after_noun(view: SentenceView, trig: TriggerMatch,
                                candidates: list[Mention]) -> bool:
    """The same for a step named by its noun and participle, the agent after it: "Une
    information judiciaire a été ouverte en 2023 par un juge d'instruction" is the judge's,
    not the prosecutor's named before."""
    if trig.form != "nominal" or not _NOUN_PARTICIPLE.search(view.text, trig.start, trig.end):
        return False
    rest = view.text[trig.end:]
    at = trig.end + len(rest) - len(rest.lstrip())
    return _unresolved(view, at, at, candidates)


def _unresolved(view: SentenceView, start: int, end: int, candidates: list[Mention]) -> bool:
    match = _STATED.match(view.text, start)
    if match is None or match.start("agent") > end + 40:
        return False
    if any(match.start("agent") <= m.start < match.end("agent") + 30 for m in candidates):
        return False  # "by the Irish Data Protection Commission": the agent rules read it
    bare = not match.group("pre").strip() and (
        match.group("post") is None or _ANAPHOR_POST.match(match.group("post")) is not None)
    return not (bare and match.group("det") and _DEFINITE.fullmatch(match.group("det")))
