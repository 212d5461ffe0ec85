"""A body's own earlier step suspended, lifted or annulled is no step (issue 3, point 4).

The house conventions annotate no lifting ("lifted the ban", "levé le blocage"): "a suspendu ce
lundi sa propre décision de bloquer Telegram", "suspended its own order to block Instagram",
"reversed its decision to ban X", "a annulé l'ordonnance de blocage". Two cases: the lifting
verb is itself read as a block ("suspendu", "suspended"), or the step's verb sits in the
complement of the decision lifted ("décision de bloquer", "order to block").
"""

from __future__ import annotations

import re

_LIFTING_VERB = (r"(?:suspend|annul|révoqu|revoqu|retir|rapport|lev|lift|revok|rescind|revers"
                 r"|overturn|withdr|quash|set\s+aside)\w*")
_DAY = r"(?:(?:ce|on|this|last)\s+)?(?:\w+\s+){0,2}?"
# the decision lifted: a determiner, "own"/"propre", an earlier decision, order or ruling
_DECISION = (r"(?:sa|son|ses|leur|leurs|la|le|l['’]|les|cette|its|their|his|her|the|this)\s*"
             r"(?:propres?\s+|own\s+)?(?:précédente?s?\s+|earlier\s+|previous\s+|prior\s+)?"
             r"(?:décisions?|ordonnances?|arrêtés?|ordres?|mesures?|jugements?|decisions?"
             r"|orders?|rulings?|directives?|measures?|judgments?)")
# the lifting verb read as the trigger, followed by the decision lifted
_LIFTING_TRIGGER = re.compile(rf"\s*{_DAY}{_DECISION}\b", re.IGNORECASE)
_LIFTING_HEAD = re.compile(rf"^{_LIFTING_VERB}$", re.IGNORECASE)
# the trigger in the complement of the decision lifted: "... sa décision de bloquer"
_LIFTED_COMPLEMENT = re.compile(
    rf"\b{_LIFTING_VERB}\s+{_DAY}{_DECISION}\s+(?:de|d['’]|to|that|ordering)\s*"
    r"(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_REACH = 120


def own_step_lifted(text: str, trigger_start: int, trigger_end: int) -> bool:
    """The trigger is the lifting of an earlier decision, or the step that decision took."""
    words = text[trigger_start:trigger_end].split()
    if words and _LIFTING_HEAD.match(words[0]) and \
            _LIFTING_TRIGGER.match(text, trigger_end) is not None:
        return True
    head = text[max(0, trigger_start - _REACH):trigger_start]
    head = re.split(r"[.;:!?]", head)[-1]
    return _LIFTED_COMPLEMENT.search(head) is not None
