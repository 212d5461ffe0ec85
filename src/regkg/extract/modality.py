"""Status of an action from tense and modality cues around its trigger. Layer 1.

The decision, documented once:
- "opened"/"imposed": the text states the authority did it.
- "reported": the text attributes the fact to a source ("selon", "d'après des informations
  relayées par", "according to", journalistic conditional "aurait ouvert"). The gold counts
  an action when the authority did it, even if an outlet reported it, so a reported action
  keeps its type and counts as a fact; its status carries the hedge.
- "threatened" ("could face", "s'exposent à", "pourraient", "sous peine de"), "considered"
  ("n'a pas exclu", "envisage"), "planned" ("devrait", "will"): possible next steps. Kept with
  their status, never counted as actions that happened (`FACTUAL_STATUSES`).
- Negation ("n'a pas ouvert", "has not fined"): no action at all (`None`).
"""

from __future__ import annotations

import re

from regkg.extract.patterns import LanguagePatterns

# Statuses of steps that happened: the ones the gold JSON counts as actions.
FACTUAL_STATUSES = frozenset({"opened", "imposed", "reported"})


def decide_status(
    text: str,
    trigger_start: int,
    trigger_end: int,
    window_start: int,
    done_status: str,
    lp: LanguagePatterns,
    asides: re.Pattern[str],
    action_type: str = "",
) -> str | None:
    """The status of the step named by text[trigger_start:trigger_end]; None when negated.

    `window_start` is where the trigger's clause begins (after the previous trigger); cues
    inside asides (dashes, brackets, relative clauses) belong to another clause and are
    blanked out.
    """
    # "will be barred after the Senate approved the law": a clause of what already happened
    # starts after the conjunction; the main clause's modality is not the trigger's.
    past = [m.end() for m in _PAST_CLAUSE.finditer(text, window_start, trigger_start)]
    window_start = past[-1] if past else window_start
    window = _blank_asides(text[window_start:trigger_end], asides)
    for status, cues in lp.modality:
        if status == "reported" or (status == "threatened" and action_type == "warning"):
            # A warning states a threat: "X could face fines, Ofcom warned" is a warning given.
            continue
        if any(cue.search(window) for cue in cues):
            return None if status == "negated" else status
    reported = dict(lp.modality)["reported"]
    head = _blank_asides(text[:trigger_end], asides)
    if any(cue.search(head) for cue in reported):
        return "reported"
    return done_status


_PAST_CLAUSE = re.compile(r"\b(?:after|since|now\s+that|après\s+que|après\s+qu'|"
                          r"depuis\s+que|depuis\s+qu'|maintenant\s+que)(?=\s|$)|"
                          r"\b(?:après|depuis)\s+qu'", re.IGNORECASE)


def _blank_asides(text: str, asides: re.Pattern[str]) -> str:
    """Replace asides by spaces (offsets unchanged)."""
    return asides.sub(lambda m: " " * len(m.group(0)), text)
