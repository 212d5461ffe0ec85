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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.linking import Discourse


def another_bodys_step(discourse: Discourse, kind: str, targets: list[str] | None,
                       actors: list[str]) -> bool:
    """Each step of this type the article stated against these targets was taken by another
    body than every one of `actors`."""
    prior = {step[1] for step in discourse.steps
             if step[0] == kind and targets and step[2] in targets}
    return bool(prior) and bool(actors) and not prior & set(actors)
