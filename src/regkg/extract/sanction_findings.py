"""The findings of a sanction belong to the sanction. Layer 1 (issue 3, guideline 4).

Guideline 4 counts a probe's preliminary findings, or its non-sanctioning final findings, as an
`investigation`. A report of a fine often restates the grounds in the next sentence: "The Dutch
regulator fined TikTok EUR 750,000. The regulator concluded that between May 2018 and July 2020
the app breached the transparency rules." The findings cue reads that as a second step, an
investigation on the same company: a false fact. So a final findings sentence ("found /
concluded / determined that", "a constaté / conclu / établi que") with no day of its own is
folded into the same body's fine on the same company anywhere in the article. Kept: preliminary
or provisional findings (a step of their own, guideline 4), findings with a day of their own,
and findings when the body imposed no fine on that company (findings with an order only stay:
the order is no sanction of the findings).
"""

from __future__ import annotations

import re

from regkg.models import Action

# A final findings clause: the verb of a finding followed by its "that" clause.
_FINDINGS = re.compile(
    r"\b(?:found|finds|concluded|concludes|determined|established|ruled)\s+(?:\S+\s+){0,3}?"
    r"that\b|\b(?:a|ont|avait|avaient)\s+(?:\S+\s+){0,2}?(?:constaté|conclu|établi|estimé|"
    r"considéré|jugé)\s+(?:\S+\s+){0,2}?(?:que|qu['’])", re.IGNORECASE)
_PRELIMINARY = re.compile(r"\b(?:preliminar\w*|provisional\w*|préliminaire\w*|provisoire\w*)",
                          re.IGNORECASE)


def fold_sanction_findings(actions: list[Action]) -> list[Action]:
    """`actions` without the undated final findings restating the grounds of a fine the same
    body imposed on the same company in another sentence."""
    fined: dict[tuple[str | None, str], set[str]] = {}
    for action in actions:
        if action.type == "fine":
            for target in action.targets:
                fined.setdefault((action.actor, target), set()).add(action.evidence.sentence)
    return [a for a in actions if not _restates_a_fine(a, fined)]


def _restates_a_fine(action: Action, fined: dict[tuple[str | None, str], set[str]]) -> bool:
    """In the fine's own sentence the findings are the probe the fine closes ("fined OpenAI
    ... after an investigation found that ...": the probe is annotated, tests/blind 108)."""
    if action.type != "investigation" or action.date is not None or not action.targets:
        return False
    sentence = action.evidence.sentence
    if not _FINDINGS.search(sentence) or _PRELIMINARY.search(sentence):
        return False
    return all(bool(fined.get((action.actor, target), set()) - {sentence})
               for target in action.targets)
