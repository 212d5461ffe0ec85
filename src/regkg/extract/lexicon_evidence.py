"""The lexicon layer's evidence: named features of a candidate step, each worth the weight
data/patterns/lexicon.yaml gives it, summed against its threshold. Layer 1 (split from
lexicon.py, which scores its cues with these).

A noun of the step is weak evidence (it often refers to a step stated elsewhere), except when
the sentence says whose step it is and tells its course: "Its investigation began in 2021",
"The watchdog's probe, opened in March, ...", "L'enquête de la CNIL, ouverte en mars, ..."
(`owned_noun`): the owner is the body that took it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import Lexicon, TriggerMatch


def cue_evidence(cue: TriggerMatch, unanswered: list[TriggerMatch], owned: bool = False) -> str:
    """A precise trigger (retried: it found no actor or no target) names the step in the
    domain's set phrasing; a verb with its arguments states a step; a noun may only refer to
    one, unless the sentence says whose it is and tells its course (`owned_noun`)."""
    if cue in unanswered:
        return "cue_precise"
    return "cue_owned" if owned and cue.form == "nominal" else f"cue_{cue.form}"


def actor_evidence(actors: list[str], named: set[str], fallback: str | None) -> str | None:
    """An authority named in the sentence is the strongest sign it acted, and so is one a
    pronoun or "the regulator" refers to; for an agentless passive, the article's one
    authority is weaker (the only body that could have acted), the body last named as a
    subject weaker still (`fallback` says which)."""
    if not actors:
        return None
    if fallback:
        return f"actor_{fallback}"
    return "actor_named" if any(a in named for a in actors) else "actor_referred"


def target_evidence(targets: list[str] | None, inferred: bool, anaphor: bool,
                    kind: str) -> str | None:
    """A platform named in the cue's clause is what the step is against, and so is one a
    description in the clause refers back to ("ces sites", "the platform"); one inferred
    from the context alone counts less; none at all is no step (except a law, aimed at a
    class)."""
    if targets is None or (not targets and kind != "legislation"):
        return None
    if inferred:
        return "target_anaphor" if anaphor else "target_referred"
    return "target_named"


@dataclass
class Evidence:
    """The named features of one candidate step (None: a feature that is missing)."""

    features: list[str | None]

    def passes(self, lexicon: Lexicon) -> bool:
        """Every feature present and their weights at least the threshold."""
        if None in self.features:
            return False
        return sum(lexicon.weights.get(f or "", 0) for f in self.features) >= lexicon.threshold


# --- a noun whose owner the sentence names, its course told --------------------------------

# A possessive right before the noun ("its investigation", "leur enquête"; one modifier that
# is not a plan's: "its planned probe" is no step).
_POSSESSIVE = re.compile(r"\b(?:its|their|son|sa|ses|leurs?)\s+(?!(?:planned|proposed|possible|"
                         r"potential|future|envisaged|éventuel\w*|prochaine?|projet)\b)"
                         r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# A body's genitive right before the noun ("the watchdog's investigation", "Ofcom's probe").
_GENITIVE = re.compile(r"'s?\s+(?:[\w-]+\s+)?$")
# A body after the noun: "l'enquête de la CNIL", "l'enquête du régulateur", "the inquiry by Ofcom".
_OWNER_AFTER = re.compile(r"\s+(?:de\s+la|du|de\s+l'|des|by|par\s+la|par\s+le|par\s+l')\s*$",
                          re.IGNORECASE)
# The course of the step told right after the noun (and its owner, or an aside): "began in
# 2021", ", opened in March,", "a été ouverte en", ", lancée en"; no modal in between.
_COURSE_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:(?!(?:if|would|could|may|might|will|should|si|pourrait|pourra|devrait)\b)"
    r"[\w'-]+\s+){0,5}?(?:began|begun|started|opened|launched|was\s+opened|was\s+launched|"
    r"has\s+been\s+under\s+way|has\s+run|found|concluded\s+that|established\s+that|showed|"
    r"revealed|uncovered|a\s+débuté|avait\s+débuté|a\s+commencé|avait\s+commencé|"
    r"(?:a|avait)\s+été\s+(?:ouverte|lancée|engagée)|ouverte|lancée|engagée|"
    r"a\s+(?:révélé|montré|établi|conclu)|avait\s+(?:révélé|montré|établi|conclu))\b",
    re.IGNORECASE)
_OWNER_REACH = 40
# The noun's own participle and its agent: "the civil penalty imposed by FinCEN", "la sanction
# civile prononcée par le FinCEN", "the lawsuit filed in 2022 by the Texas attorney general"
# (tests/melt 1011). The participle tells the step done and the agent whose it is: a step of
# that body's, as a verb would tell it. A modal before the participle ("could be imposed by",
# "qui pourrait être prononcée par") is no participle of the noun's.
_DONE_BY = re.compile(
    r"(?:\s+(?!(?:would|could|may|might|to|be|being|qui|pourrait|être)\b)[\w-]+)?,?\s+"
    r"(?:imposed|levied|issued|handed\s+down|meted\s+out|brought|filed|opened|launched|"
    r"initiated|served|infligée?s?|imposée?s?|prononcée?s?|engagée?s?|intentée?s?|ouverte?s?|"
    r"lancée?s?|délivrée?s?|notifiée?s?|adressée?s?)"
    r"(?:\s+[\w'’$€£.,-]+){0,5}?,?\s+(?:by|par)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?",
    re.IGNORECASE)
_AGENT_REACH = 100


def owned_noun(view: SentenceView, cue: TriggerMatch, actors: list[str], linker: Linker) -> bool:
    """A noun cue owned by the step's actor and its course told: a possessive whose nearest
    mention before it in the sentence is no platform ("Meta said its investigation found
    ..." is the company's own), a named body's genitive, or a body after the noun
    ("l'enquête de la CNIL"); then a verb of its opening or findings."""
    if cue.form != "nominal" or not actors:
        return False
    text = view.text
    if _done_by(view, cue, actors, linker):
        return True
    owners = [m for m in view.mentions if m.end <= cue.start]
    if _POSSESSIVE.search(text, max(0, cue.start - _OWNER_REACH), cue.start):
        owned = not owners or kind_of(max(owners, key=lambda m: m.end).key) == "authority"
    elif genitive := _GENITIVE.search(text, max(0, cue.start - _OWNER_REACH), cue.start):
        owned = any(m.end == genitive.start() and linker.actor_key(m.key) in actors
                    for m in view.actor_candidates or [])
    else:
        owned = any(_OWNER_AFTER.fullmatch(text, cue.end, m.start)
                    and linker.actor_key(m.key) in actors for m in view.actor_candidates or [])
    if not owned:
        return False
    after = max([cue.end] + [m.end for m in view.actor_candidates or []
                             if cue.end <= m.start <= cue.end + _OWNER_REACH])
    return _COURSE_AFTER.match(text, after) is not None


def _done_by(view: SentenceView, cue: TriggerMatch, actors: list[str], linker: Linker) -> bool:
    """The noun followed by its participle and an agent that is the step's actor."""
    return any(cue.end < m.start <= cue.end + _AGENT_REACH
               and linker.actor_key(m.key) in actors
               and _DONE_BY.fullmatch(view.text, cue.end, m.start) is not None
               for m in view.actor_candidates or [])
