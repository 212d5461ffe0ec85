"""Whether a step named again against a target is a new one: "The Nigeria Data Protection
Commission ... has separately penalised Meta", "la CNIL, de son côté, a sanctionné Google".
Layer 1; used by the lexicon layer (regkg.extract.lexicon), which otherwise takes a second
step of one type against one target for a repeat of the first.
"""

from __future__ import annotations

import re

from regkg.extract.groups import similar_step

# An adverb of the step's own clause that sets it apart from the one reported before.
_SEPARATELY = re.compile(
    r"\b(?:separately|independently|in\s+a\s+separate\s+(?:decision|case|move|ruling|action)|"
    r"for\s+(?:its|their)\s+part|séparément|de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|"
    r"dans\s+une\s+(?:décision|procédure|affaire)\s+distincte)\b[^,;:.]{0,30}$", re.IGNORECASE)
_REACH = 60


def separate_step(text: str, start: int, end: int) -> bool:
    """A step "similar" to one reported before (`groups.similar_step`), or one its clause says
    was taken separately: its actors tell it from the first, not its type and target."""
    return similar_step(text, start, end) or _SEPARATELY.search(
        text, max(0, start - _REACH), start) is not None


def distinct_step(text: str, start: int, end: int, verbal: bool, actors: list[str],
                  named: set[str], others_here: bool) -> bool:
    """The cue states a step of its own, not a repeat of one the article stated: taken
    "separately", or a verb whose actors the sentence names ("En Irlande, la Commission de
    protection des données a également écrit à DeepSeek" after the Garante's request), in a
    sentence that states no other step (a law "banning" what it regulates is the law's)."""
    return separate_step(text, start, end) or (
        verbal and not others_here and bool(actors) and set(actors) <= named)
