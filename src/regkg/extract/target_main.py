"""The article's main target: the company every step so far was aimed at, for a step that
names none far from the last name ("The decision ends an inquiry that the DPC opened in
2021", "la sanction civile prononcée par le FinCEN", "the regulator also ordered the company
to ..." four paragraphs after the lead's fine on the company). News and live pages tell the
company in the headline and the lead, then steps by the same or other bodies without naming
it again (issue 3, session 13, TARGET_REF: tests/melt 999, 1011). Layer 1; used by
regkg.extract.targets.TargetFinder and regkg.extract.target_context.

Precision first: one company group only among the targets of the steps so far and the
headline's platforms (not "fined Google ... and Amazon"); a company only named as a
complainant, quoted or as a rival is no step's target, so it never is the main one; no other
company named in the sentences right before (they may be the one meant); a step named by a
noun needs its agent in its sentence and no object of its own ("an investigation into adult
websites", "fines of up to 4 percent of a company's turnover").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.linking import Linker
from regkg.extract.linking_discourse import Discourse

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

REACH = 2  # sentences back where another company's name blocks the fallback
# An object of the step noun right after it, no platform being named in the sentence:
# "an investigation into adult websites", "une enquête sur des sites", "fines of up to".
_OWN_OBJECT = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:into|against|on|of|over|concerning|regarding|targeting|sur|contre|"
    r"visant|concernant|de|du|des|d['’]|à\s+l['’]encontre|auprès)(?:\s|$)", re.IGNORECASE)
# A headline that tells a step or a payment: its platform is the article's target.
_HEADLINE_STEP = re.compile(
    r"\b(?:fine[sd]?|fining|sues?|sued|charge[sd]|probes?|investigat\w+|bans?|banned|blocks?|"
    r"blocked|orders?|ordered|pay|pays|paid|penal\w+|sanction\w*|amendes?|condamn\w+|"
    r"inflig\w+|paiera|paie|payer|verser\w*|versera|poursui\w+|enquête|bloqu\w+|"
    r"plaide\s+coupable|pleads?\s+guilty|mise?\s+en\s+demeure|met\s+en\s+demeure|"
    r"millions?|milliards?|billions?)\b", re.IGNORECASE)
# A step counted or in the plural: the body's record, not one step on the company.
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|several|many|numerous|twelve|deux|trois|"
                      r"quatre|plusieurs|des|ces|these|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def remember_headline_step(view: SentenceView, discourse: Discourse, linker: Linker) -> None:
    """The platforms of a headline that tells a step or a payment ("Binance paiera 4,3
    milliards", "Italy fines Amazon"), not of one that only quotes a company ("Meta criticises
    new rules")."""
    if view.headline and _HEADLINE_STEP.search(view.text):
        discourse.headline_step_targets.update(
            m.key for m in view.mentions if linker.is_target(m.key))


def main_target(discourse: Discourse, index: int,
                same_group: Callable[[str, str], bool]) -> str | None:
    """The one company group every step so far was aimed at (its latest key), or, before
    any, the one a step headline names when the body's first platform is of it; when the
    headline names no other and no other company is named in the `REACH` sentences before
    sentence `index`; else None."""
    aimed = [key for at, key in discourse.step_targets if at < index]
    if not aimed and discourse.targets and len(discourse.headline_step_targets) == 1:
        headline = next(iter(discourse.headline_step_targets))
        lead = next((key for at, _, key in discourse.targets if at > 0), None)
        aimed = [headline] if lead and (lead == headline or same_group(lead, headline)) else []
    if not aimed:
        return None
    keys = list(dict.fromkeys(aimed + sorted(discourse.headline_targets)))
    if any(a != b and not same_group(a, b) for a in keys for b in keys):
        return None
    main = aimed[-1]
    recent = {key for at, _, key in discourse.targets if 0 <= index - at <= REACH}
    if any(key != main and not same_group(key, main) for key in recent):
        return None
    return main


def acted_on_main(actors: list[str], main: str, discourse: Discourse,
                  same_group: Callable[[str, str], bool]) -> bool:
    """Every actor already took a step against the main target's group: "The CNIL opened a
    probe in 2021" after its fine on Google; not the FTC, which did nothing to it yet."""
    return all(any(actor == step[1] and isinstance(step[2], str)
                   and (step[2] == main or same_group(step[2], main))
                   for step in discourse.steps) for actor in actors)


def main_target_of_noun(view: SentenceView, trig: TriggerMatch, actors: list[str],
                        discourse: Discourse, linker: Linker,
                        same_group: Callable[[str, str], bool]) -> str | None:
    """The main target for a step told by a noun with its agent and no object in a sentence
    that names no platform: "the civil penalty imposed by FinCEN", "an inquiry that the DPC
    opened in 2021", "une enquête que la CNIL avait ouverte"."""
    if trig.form != "nominal" or not actors \
            or any(linker.is_target(m.key) for m in view.mentions):
        return None
    agent = [m for m in view.actor_candidates or []
             if m.start >= trig.end and linker.actor_key(m.key) in actors]
    if not agent or _OWN_OBJECT.match(view.text, trig.end) or _COUNTED.search(
            view.text, max(0, trig.start - 40), trig.start) or _plural(view.text, trig):
        return None
    return main_target(discourse, view.index, same_group)


def _plural(text: str, trig: TriggerMatch) -> bool:
    """"investigations", "des sanctions": a count of steps, not one ("£20,000 fine" is one;
    "the charges brought by", "les poursuites engagées par" name one suit)."""
    words = text[trig.start:trig.end].split()
    last = words[-1].casefold() if words else ""
    return last.endswith(("s", "x")) and not last.endswith(("ss", "is", "us")) \
        and last not in _ONE_STEP_PLURALS


_ONE_STEP_PLURALS = frozenset({"charges", "poursuites", "proceedings", "conclusions",
                               "findings", "objections"})
