"""Whether a lexicon step against a target already stated is a repeat or another body's step.
Layer 1 (used by the lexicon layer, regkg.extract.lexicon).

The layer takes a second step of one type against one target for a second mention of the
first unless the sentence names its own actor (`target_repeats.distinct_step`). A body of
another jurisdiction, referred to by a pronoun or a description, states a parallel step of its
own, not the first one again: "The European Commission opened proceedings against TikTok.
Ofcom, the British regulator, has its own concerns. It probed TikTok's age checks last year."
A step the article's own body states again ("It is examining whether TikTok ...") stays a
repeat, and so does a noun that refers back ("the investigation") or a step whose actor is
only guessed (the article's one authority, the body last named as a subject): only a body the
sentence refers to tells a second step from the first, in a sentence that states no other step
(a law "barring" what it regulates is the law's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import TriggerMatch


def another_bodys_step(discourse: Discourse, kind: str, targets: list[str] | None,
                       actors: list[str]) -> bool:
    """Each step of this type the article stated against these targets was taken by another
    body than every one of `actors`."""
    prior = {step[1] for step in discourse.steps
             if step[0] == kind and targets and step[2] in targets}
    return bool(prior) and bool(actors) and not prior & set(actors)


# "also", "aussi" next to the verb: a step like one reported before, by another body.
_ALSO = re.compile(r"\b(?:also|too|as\s+well|likewise|aussi|également|à\s+(?:son|leur)\s+tour)\b",
                   re.IGNORECASE)
_ALSO_REACH = 25
# What the verb is said of, right after it: a description that refers back ("the framework",
# "le dispositif ATT", "these practices") or nothing ("has also been investigating since
# 2022"); a new object ("age checks on porn sites") is a step of its own, not a parallel one.
_DESCRIBED = (r"(?:framework|practices?|system|mechanism|feature|policy|policies|tool|app|"
              r"platform|service|company|firm|matter|case|issue|conduct|dispositifs?|pratiques?|"
              r"système|mécanisme|outil|application|plateforme|société|entreprise|"
              r"fonctionnalité|affaire|dossier|question|sujet|comportement)")
_REFERS_BACK = re.compile(
    r"(?:\s+(?:lui|elle|eux|elles)\s+aussi|\s+(?:also|too|aussi|également))?\s*"
    r"(?:(?:the|this|that|these|those|its|le|la|les|l'|ce|cet|cette|ces|son|sa|ses)\s*"
    rf"(?:same\s+|même\s+)?{_DESCRIBED}\b|"
    r"(?=\s*(?:[.;]|$|\s(?:since|for|in|last|this|depuis|en|pour)\b)))",
    re.IGNORECASE)
# A cue that holds the description ("examine lui aussi le dispositif"), a name after it
# ("le dispositif ATT depuis 2022").
_HOLDS_DESCRIPTION = re.compile(rf"\b{_DESCRIBED}$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][\w-]*))?")


def parallel_targets(text: str, cue: TriggerMatch, actors: list[str], discourse: Discourse,
                     last: list[str]) -> list[str]:
    """"Germany's Federal Cartel Office has also been examining the framework", "L'Office
    fédéral des ententes examine lui aussi le dispositif ATT": a verb said "also" of a body,
    its target left unsaid or only described (`_REFERS_BACK`), is against the platform last named
    (`last`) when the article reports another body's step against it (none: its own repeat)."""
    if cue.form != "verbal" or not actors or _ALSO.search(
            text, max(0, cue.start - _ALSO_REACH), min(len(text), cue.end + _ALSO_REACH)) is None \
            or not _refers_back(text, cue):
        return []
    acted = {step[2] for step in discourse.steps if step[1] not in actors}
    return [target for target in last if target in acted]


def _refers_back(text: str, cue: TriggerMatch) -> bool:
    """The verb's object is a description referring back, or left unsaid."""
    if _REFERS_BACK.match(text, cue.end):
        return True
    if _HOLDS_DESCRIPTION.search(text, cue.start, cue.end) is None:
        return False
    name = _NAME_AFTER.match(text, cue.end)
    return name is not None and _REFERS_BACK.match(text, name.end()) is not None
