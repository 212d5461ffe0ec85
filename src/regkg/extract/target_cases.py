"""The one case of an article as the target of a probe that names none: "Le Service
d'Inspection de l'APD avait mené une enquête approfondie en 2020" in a text about one company.
Layer 1; split from regkg.extract.targets (TargetFinder._unnamed_targets uses it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import Discourse, Linker

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# A probe counted or in the plural names no one case: "des contrôles", "340 inspections".
_COUNTED = re.compile(r"\b(?:des|plusieurs|several|many|\d+|investigations|enquêtes|"
                      r"inspections|contrôles|audits|inquiries|probes|internal|interne)\b", re.I)


def case_target(view: SentenceView, trig: TriggerMatch, actors: list[str],
                discourse: Discourse, linker: Linker) -> str | None:
    """A probe with no object, by the body that already acted against the only platform the
    article has named, is about that platform (one probe, not "340 inspections"; the body
    named in the sentence, not a pronoun)."""
    named = {key for _, _, key in discourse.targets}
    if trig.type != "investigation" or len(named) != 1 or _COUNTED.search(
            view.text, trig.start, trig.end):
        return None
    if any(m.end <= trig.start and linker.is_target(m.key, "") for m in view.mentions):
        return None  # "TikTok said it had opened an internal investigation": its own
    named_here = {linker.actor_key(m.key) for m in view.actor_candidates or []
                  if m.end <= trig.start}
    if not set(actors) <= named_here:
        return None  # a pronoun ("It added that it had opened ...") may be the company
    target = named.pop()
    return target if actors and all(
        discourse.first_actor_against.get(target) == actor for actor in actors) else None
