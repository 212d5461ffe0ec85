"""A fine told in the lead without its sum takes the sum its headline gives. Layer 1.

News headlines carry the figure the lead leaves out: "Italy fines OpenAI €15 million over
ChatGPT" / "Italy's privacy watchdog fined OpenAI on Friday over the way ChatGPT collects
data"; « La CNIL inflige 150 millions d'euros à Shein » / « Le gendarme de la vie privée a
sanctionné mercredi Shein ». Headlines count as sentences (guideline 8) and the amount is the
text's: the fine carries it. `fine_amounts` gives a headline's fine the sum of its lead; this
is the other way round.

Taken only from a headline about that one company (no other company named: "EU fines Apple and
Meta €700 million" is a combined total, no one's fine), with one exact sum imposed by its verb
or noun, no total, and nothing saying the sum is an earlier fine's ("fined again after €150m
penalty"); and only for a fine in the lead's first `_LEAD` sentences that is the one fine of
its sentence. A wrong amount is worse than none.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.money import sums_imposed
from regkg.extract.patterns import Patterns
from regkg.extract.sentence_views import actions_by_sentence, redate
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LEAD = 2
# Imposing the sum: "fines OpenAI €15 million", "hits Apple with €1.8bn fine", "inflige 150
# millions d'euros", "écope de", "une amende de", "€15m fine".
_IMPOSED_BEFORE = re.compile(
    r"\b(?:fines?|fined|penali[sz]\w*|hits?|slaps?|imposes?|orders?\s+\w+\s+to\s+pay|infligée?"
    r"|inflige|sanctionn\w+|condamn\w+|écop\w+|amende|pénalité)\b[^.;:\d€£$]{0,35}$", re.I)
_NOUN_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:fine|penalty|amende|sanction)\b", re.I)
_NOT_THIS_ONE = re.compile(
    r"\b(?:after|again|earlier|previous\w*|total\w*|combined|in\s+all|since|appeal\w*|could"
    r"|may|might|faces?|risks?|après|encore|de\s+nouveau|déjà|au\s+total|depuis|pourrait"
    r"|risque\w*|appel|recours)\b", re.I)


def sums_from_headlines(actions: list[Action], views: list[SentenceView],
                        patterns: Patterns) -> list[Action]:
    """Each lone fine of the lead with no sum, with the one sum its headline imposes on the
    same company."""
    headlines = [v for v in views if v.headline]
    if not headlines:
        return actions
    by_sentence = actions_by_sentence(actions)

    def settle(action: Action, view: SentenceView) -> Action:
        if (action.type != "fine" or action.amount is not None or len(action.targets) != 1
                or view.headline or sum(not v.headline for v in views[:view.index]) >= _LEAD
                or sum(a.type == "fine" for a in by_sentence[action.evidence.start]) > 1):
            return action
        dollar = patterns.dollar_currency.get((action.jurisdiction or "").split("-")[0])
        found = {m for m in (_headline_sum(h, action, dollar) for h in headlines) if m}
        return dataclasses.replace(action, amount=found.pop()) if len(found) == 1 else action

    return redate(actions, views, settle)


def _headline_sum(headline: SentenceView, action: Action, dollar: str | None) -> Money | None:
    """The headline's one sum imposed on the action's company alone (`dollar`: what a bare
    "$" is in the acting body's country)."""
    if _NOT_THIS_ONE.search(headline.text):
        return None
    sums = sums_imposed(headline.sentence.text, headline.language, dollar,
                        (action.jurisdiction or "").split("-")[0])
    if len(sums) != 1 or sums[0].money is None or sums[0].qualifier is not None \
            or sums[0].money.per is not None:
        return None
    mention = sums[0]
    if not _about_the_target_alone(headline, action.targets[0], mention.start):
        return None
    if re.match(r"\$", mention.text) and dollar is None:
        return None  # a bare "$" of a body with no dollar of its own: not known here
    imposed = (_IMPOSED_BEFORE.search(headline.text, max(0, mention.start - 50), mention.start)
               or _NOUN_AFTER.match(headline.text[mention.end:]))
    return mention.money if imposed else None


def _about_the_target_alone(headline: SentenceView, target: str, sum_start: int) -> bool:
    """The companies named before the sum are the target alone ("Italy fines OpenAI €15m"),
    and no other company is named after it ("... over ChatGPT", a service, is fine)."""
    before = {m.key for m in headline.mentions if m.start < sum_start
              and m.key.split("/")[0] in ("organisation", "service")}
    after = {m.key for m in headline.mentions if m.start > sum_start
             and m.key.startswith("organisation/")}
    return before == {target} and after <= {target}
