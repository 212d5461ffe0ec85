"""Vetoes of the lexicon layer (regkg.extract.lexicon): a sentence whose cue does not state the
step as done by an authority against a platform. Layer 1.

A purpose or a possibility ("in order to investigate", "could fine"), a clause about another
event (an appeal, a closure), a statutory maximum or an unpriced fine noun, the company's own
doing ("Meta suspended the accounts"); and the passive test the layer's actors and targets use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from regkg.extract import grammar as g
from regkg.extract.lexicon_actors import consequence
from regkg.extract.patterns import LanguageLexicon, TriggerMatch
from regkg.extract.target_passives import reduced_passive

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# A mention this close before a verbal cue is its subject ("Meta suspended ...").
SUBJECT_REACH = 40


def purpose_or_possibility(text: str, cue: TriggerMatch, ll: LanguageLexicon) -> bool:
    """"in order to investigate", "could fine", "pour enquêter", "appelle à sanctionner": what
    is wanted or possible is not a step taken."""
    return ll.not_fact_before.search(text, 0, cue.start) is not None


def about_another_event(text: str, ll: LanguageLexicon) -> bool:
    """Appeals, annulments, closures, the company contesting: the sentence reports what
    happened to a step, and the step itself is stated (or not) elsewhere."""
    return ll.other_event.search(text) is not None


def provision_or_unpriced_fine(view: SentenceView, cue: TriggerMatch,
                               ll: LanguageLexicon) -> bool:
    """A fine in a penalty-provision sentence, or near "up to"/"jusqu'à" (a statutory
    maximum), or a fine named only by a noun with no amount (a reference to a fine stated
    elsewhere, or a threat): not a fine imposed here."""
    if cue.type != "fine":
        return False
    near = view.text[max(0, cue.start - 60):cue.end + 60]
    return view.provision or ll.provision_like.search(near) is not None or (
        cue.form == "nominal" and not re.search(r"\d", near))


def is_passive_cue(text: str, cue: TriggerMatch, headline: bool = False) -> bool:
    """"was fined", "a été sanctionné", cues that hold their auxiliary ("been told to pay":
    "told" has no participle ending for `grammar.is_passive`), and the passive without its
    auxiliary, its agent after it ("Meta, fined €1.2 billion by the DPC, said ...", the
    headline "Meta fined €1.2bn by Irish regulator": a headline's step is a backup, see
    `LexiconSteps._scored_step`)."""
    return (g.is_passive(text, cue.start, cue.end) or _AUXILIARY.match(text, cue.start) is not None
            or _AUXILIARY_BEFORE.search(text, 0, cue.start) is not None
            or reduced_passive(text, cue.start, cue.end)
            or _ELIDED_STEP.match(text, cue.start) is not None)


def own_doing(view: SentenceView, cue: TriggerMatch, is_target: Any,
              target_anaphora: re.Pattern[str]) -> bool:
    """"Meta suspended the accounts", "TikTok blocked ...", "the company was reviewing": a
    platform (or "the company") right before an active verb is its subject; the step is the
    company's own, not one against it."""
    if cue.form != "verbal" or is_passive_cue(view.text, cue, view.headline) \
            or consequence(view.text, cue):
        return False
    before = [(m.end, is_target(m.key)) for m in view.mentions if m.end <= cue.start]
    before += [(m.end(), True) for m in target_anaphora.finditer(view.text, 0, cue.start)]
    if not before:
        return False
    end, platform = max(before)
    gap = view.text[end:cue.start]
    return platform and cue.start - end <= SUBJECT_REACH and not re.search(
        r"[,;:(]|\b(?:by|par|against|contre)\b", gap)


_AUXILIARY = re.compile(r"(?:been|was|were|is|are|being|(?:(?:a|ont|avait|avaient)\s+)?été)\s+"
                        r"(?!(?:\w+\s+)?\w+ing\b)",
                        re.IGNORECASE)
# (French "est", "sont": "TikTok est poursuivi en justice par", a participle in -i that
# `grammar.is_passive` does not know)
_AUXILIARY_BEFORE = re.compile(r"\b(?:been|was|were|été|est|sont|était|étaient)\s+$",
                               re.IGNORECASE)
# A step of those just counted, its noun elided, opening the sentence with its participle ("The
# first, filed in January, accused X", "La seconde, ouverte en mars, vise X"): the participle is
# a passive whose subject is the elided noun (the lexicon's elided-step cues start here).
_ELIDED_STEP = re.compile(r"(?:the\s+|la\s+|le\s+|l')?(?:first|second|third|fourth|other|latter|"
                          r"former|last|latest|earlier|later|newer|older|première|premier|"
                          r"seconde?|deuxième|troisième|autre|dernière|dernier|plus\s+\w+)"
                          r"(?:\s+one)?\s*,\s+\w", re.IGNORECASE)


def counted_step(view: SentenceView, cue: TriggerMatch, text: str) -> bool | None:
    """"The second, filed in October, ...": True for one of several steps named by a plural just
    before ("two lawsuits", "the cases", "deux enquêtes"), on a day of its own (so no repeat of
    the first when the days differ); None for such a cue after no plural of steps ("two stores
    ... The first, opened in 2012": no step); False for any other cue."""
    if _ELIDED_STEP.match(view.text, cue.start) is None:
        return False
    start = view.sentence.start
    return True if _STEPS_NAMED.search(text, max(0, start - _STEPS_REACH), start) else None


_STEPS_REACH = 600
_STEPS_NAMED = re.compile(r"\b(?:lawsuits|suits|cases|complaints|investigations|probes|inquiries|"
                          r"proceedings|enquêtes|procédures|plaintes|poursuites|affaires|"
                          r"instructions|actions\s+en\s+justice)\b", re.IGNORECASE)
