"""A further term of a decision told after it, its subject a description of the companies it
was taken against and no body named: "Les deux sociétés devront également publier une
déclaration rectificative", "The company must also notify every affected user". Layer 1 (used
by the lexicon layer, regkg.extract.lexicon; issue 3, session 15).

A release or an article often states a decision's main step (a fine, an order) and then its
other terms in sentences of their own, the companies as "les deux sociétés", "the two firms",
"l'entreprise", with "also"/"également" marking the term as one more of the same decision.
lexicon_obligations.py needs the body in the sentence ("..., a ordonné l'AGCM"); here the body is
the one that already acted against those companies in the article, as for the deadlines of
deadline_orders.py (whose description reading is reused). An order on each company.

Not a term: a sentence without "also"/"également" (a duty or a comment), a condition or a
possibility, an appeal's outcome, a payment (a fine needs its own amount and verb), a body
named in the sentence (the reporting-clause reading's), companies no step was taken against,
a sentence someone else reports (", a indiqué Meta", ", the company said": a company's account,
not the decision), informing anyone but users or consumers ("informer leurs actionnaires").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.deadline_orders import referred_targets
from regkg.extract.linking import kind_of
from regkg.extract.patterns import TriggerMatch
from regkg.extract.reporting_verbs import reported_by_others
from regkg.models import DECISION_TYPES, Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import LanguagePatterns
    from regkg.extract.slots import Slots

_F = re.IGNORECASE
# The modal of a decided term, "also" right after it, and the measure (no payment).
_TERMS = {
    "en": re.compile(
        r"\b(?:(?:must|will\s+have\s+to|(?:is|are)\s+required\s+to)\s+(?:also|further|"
        r"additionally)|(?:will|is|are)\s+also\s+(?:have|required)\s+to)\s+(?:stop|cease|end|change|modify|remove|delete|suspend|withdraw|"
        r"disable|publish|warn|display|post|amend|adjust|appoint|restore|comply|bring|(?:inform|notify)"
        r"(?=\s+(?:their|its|all|every|each|the)\s+(?:[\w-]+\s+)?(?:users?|customers?|"
        r"consumers?|subscribers?)\b))\b", _F),
    "fr": re.compile(
        r"\b(?:devra|devront|(?:sera|seront)\s+tenue?s?\s+d[e'’])\s*(?:également|aussi|en\s+outre|"
        r"par\s+ailleurs)\s+(?:cesser|mettre\s+fin|modifier|retirer|supprimer|suspendre|"
        r"publier|afficher|diffuser|rectifier|désigner|adapter|se\s+conformer|"
        # "devra en outre mettre ses traitements en conformité" (session 18)
        r"(?:se\s+)?mettre\s+(?:(?:ses|leurs|son|sa|les)\s+)?(?:[\w-]+\s+){0,2}?en\s+conformité|"
        r"informer(?=\s+(?:leurs?|ses|"
        r"les|tous\s+les|chaque)\s+(?:[\w-]+\s+)?(?:utilisat(?:eur|rice)s?|consommat(?:eur|rice)s?|"
        r"clients?|abonnés?|usagers?)\b))\b", _F),
}
_NOT_FACT = re.compile(
    r"\b(?:if|unless|would|could|might|may|should|once|whether|appeal\w*|si|s.il|s.ils|"
    r"pourrait|pourraient|devrait|devraient|à\s+défaut|faute\s+d[e'’]|recours|appel"
    # a duty a law sets, not the decision's term ("under the new law", "en vertu du DMA")
    r"|under\s+the\s+(?:\w+\s+)?(?:law|act|rules|regulation)|en\s+vertu\s+d(?:u|e|es|'))\b", _F)
# The description must be the term's subject: right before the modal.
_SUBJECT_REACH = 20
# A named company's term extends a decision already taken against it (not a probe's opening).
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:\w+ly|now|thus|therefore|désormais|donc|ainsi)\s+)*",
                           re.IGNORECASE)


def further_terms(finder: LexiconSteps, view: SentenceView, slots: Slots,
                  discourse: Discourse, triggers: list[TriggerMatch],
                  lp: LanguagePatterns) -> Iterator[Action]:
    """Order steps told as a further term of a decision (see the module docstring)."""
    shape = _TERMS.get(view.language)
    term = shape.search(view.text) if shape is not None else None
    if term is None or any(t.type == "order" for t in triggers) or _NOT_FACT.search(
            view.text) or any(kind_of(m.key) == "authority" for m in view.mentions
                              ) or reported_by_others(view.text):
        return
    targets = _term_subjects(finder, view, term.start(), discourse, lp)
    actors = list(dict.fromkeys(discourse.first_actor_against[t] for t in targets
                                if t in discourse.first_actor_against))
    if len(actors) != 1:
        return  # companies acted against by different bodies: whose term is unclear
    targets = [t for t in targets if not any(s[0] == "order" and s[2] == t
                                             for s in discourse.steps)]
    if targets:
        trig = TriggerMatch("order", "verbal", term.start(), term.end())
        yield from finder._emit(view, trig, finder.patterns.done_status["order"],
                                (0, len(view.text)), slots, discourse, lp, actors, targets,
                                False)


def _term_subjects(finder: LexiconSteps, view: SentenceView, modal: int, discourse: Discourse,
                   lp: LanguagePatterns) -> list[str]:
    """The companies the term's subject stands for: a description of them ("les deux
    sociétés") or, session 16, a company a decision (a fine, an order, a block) was already
    taken against, named right before the modal with only adverbs between ("Apple devra
    également retirer ces clauses"; not "Apple said it will also have to", nor after a probe)."""
    anaphor = [m for m in lp.target_anaphora.finditer(view.text, 0, modal)
               if modal - m.end() <= _SUBJECT_REACH]
    named = [m for m in view.mentions if m.end <= modal and modal - m.end <= _SUBJECT_REACH
             and _ADVERBS_ONLY.fullmatch(view.text, m.end, modal) is not None
             and any(s[0] in DECISION_TYPES and s[2] == m.key for s in discourse.steps)]
    if named and (not anaphor or named[-1].start > anaphor[-1].end()):
        return [named[-1].key]
    return referred_targets(finder, view, anaphor[-1], discourse) if anaphor else []
