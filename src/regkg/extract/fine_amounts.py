"""Amounts of fines that the step's own sentence does not settle alone. Layer 1.

Runs over the final actions of an article (after the merge of repeats):

- several sums in one sentence go to their own targets: "fines of €500 million on Apple and
  €200 million on Meta", "une amende de 500 millions d'euros à Apple et de 200 millions
  d'euros à Meta", "fined Apple €500m and Meta €200m", "... respectively";
- one sum described as a total of the fines of several companies is none of theirs;
- a fine told with no sum takes it from where the text states it: a headline from the lead
  that names the same company ("Commission fines Apple" / "... imposed fines of €500 million
  on Apple"), "the penalty" from an earlier sentence ("a $220 million penalty" / "The FCCPC
  slapped the penalty on Meta"), and any from the next sentence when that one opens on the
  fine's sum ("The fine amounts to €20 million", "L'amende s'élève à 325 M€");
- an order to give money back carries its sum ("requires Epic to pay $245 million to refund
  consumers"); "ordered to pay €500 million" is the fine told as an order, and stays bare.

A sum is taken only when it is the one sum of its kind there: a wrong amount is worse than
none.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from typing import TYPE_CHECKING

from regkg.extract.bare_fine_sums import bare_fine_sum
from regkg.extract.consequence_sums import CONSEQUENCE_AFTER, CONSEQUENCE_BEFORE, DAILY_BEFORE
from regkg.extract.deadline_orders import carry_deadlines
from regkg.extract.delay_penalties import delay_penalty_of_order
from regkg.extract.fine_sum_context import (
    FINE_NOUN,
    PAY_VERB,
    REFUND_PURPOSE,
    REFUND_VERB,
    cumulative_for,
    parts,
    sum_before_change,
)
from regkg.extract.gapped_sums import sums_gapped
from regkg.extract.measures_after_payment import ban_after
from regkg.extract.money import MoneyMention, sums_imposed
from regkg.extract.patterns import Patterns
from regkg.extract.sentence_views import actions_by_sentence, redate, view_of
from regkg.extract.split_payments import is_split_payment, penalty_part
from regkg.models import Action, DateValue, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# A sum named as a fine's: "a $220 million penalty", "€1.2bn fine", "penalty of $220
# million", "une amende de 40 millions d'euros", "L'amende infligée aux deux sociétés
# s'élève à 325 M€".
_NOUN_AFTER_SUM = re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,2}}?{FINE_NOUN}\b", re.I)
_NOUN_BEFORE_SUM = re.compile(rf"\b{FINE_NOUN}\b[^.;:!?()]{{0,60}}$", re.I)
_FINE_VERB = re.compile(
    r"\b(?:fined|fines|fining|penali[sz]ed|penali[sz]es|imposed|slapped|levied|issued"
    r"|sanctionnée?s?|infligée?s?|condamnée?s?|écop\w+|prononc\w+)\b", re.I)
# "penalised Meta Platforms 213.14 crore rupees": the verb, its object, then the sum.
_FINE_VERB_BEFORE_SUM = re.compile(rf"{_FINE_VERB.pattern}[^.;:,()]{{0,40}}$", re.I)
# "the penalty", "cette amende", "l'amende": the fine the text already stated.
_DEFINITE_FINE = re.compile(
    r"\b(?:the|this|that|its|la|cette|l['’])\s*(?:\w+\s+)?"
    r"(?:fine|penalty|sanction|amende|pénalité)\b", re.I)
# A sentence that opens on the sum of the fine just told: "The fine amounts to €20 million",
# "The penalty, which the company may appeal, totals ...", "L'amende s'élève à 325 M€", "La
# sanction, d'un montant de ...", "Le montant de l'amende a été fixé à ...".
_SUM_STATEMENT = re.compile(
    r"^\W*(?:(?:the|this|that|its)\s+(?:\w+\s+)?(?:fine|penalty|sanction|infringement\s+notice)s?"
    r"\b[^.;:]{0,40}?"
    r"\b(?:amounts?\s+to|totals?|totalling|comes?\s+to|stands?\s+at|is|was|of|for)\b"
    r"|(?:l['’]|la\s+|cette\s+)(?:amende|sanction|pénalité)\b[^.;:]{0,40}?"
    r"(?:s['’]élève|atteint|se\s+monte|est\s+de|représente|d['’]un\s+montant)"
    r"|le\s+montant\s+(?:de\s+(?:l['’]amende|la\s+sanction|la\s+pénalité)|total)"
    # the sum first: "The £1.5 million penalty is the first", "Its €20m fine follows ..."
    r"|(?:the|this|its)\s+(?:record\s+)?[^\s\d]{0,4}\s?\d[^;:]{0,25}?\b(?:fine|penalty)\b"
    # the amount named alone: "Le montant s'élève à ...", "Son montant est de ...", "The
    # amount is ...", "The sum totals ..."
    r"|(?:le|son)\s+montant\b[^.;:\d]{0,40}?(?:s['’]élève|atteint|se\s+monte|est\s+(?:de|fixé))"
    r"|(?:the|its)\s+(?:total\s+)?(?:amount|sum)\s+(?:is|was|totals|amounts\s+to|comes\s+to"
    r"|stands\s+at)\b"
    # the fine as a pronoun: "Celle-ci s'élève à ...", "It amounts to ..."
    r"|(?:celle-ci|elle)\s+(?:s['’]élève|atteint|se\s+monte)\s+à"
    r"|(?:it|this)\s+(?:amounts\s+to|totals|comes\s+to)\b"
    r"|(?:cette|this)\s+(?:amende|sanction|pénalité|fine|penalty)\s+(?:de|d['’]un\s+montant\s+de|of)"
    r"\s+[\d€£$])", re.I)
# Between a sum and the company it is imposed on: "€500 million on Apple", "200 millions
# d'euros à Meta", "à l'encontre de Google".
# A breakdown after a colon or in brackets names each company with "pour" / "for": "...
# d'amendes : 134 millions pour Apple et 68 millions pour Amazon"; the fine noun may come
# between ("70 millions d'euros d'amende à Google").
_SUM_THEN_TARGET = re.compile(
    r"\s*(?:(?:d['’]\s*)?(?:amendes?|pénalités?)\s+|(?:fine|penalty)\s+)?"
    r"(?:on|upon|against|to|for|pour|à|au|aux|à\s+l['’]encontre\s+(?:de\s+|d['’])|contre)"
    r"\s+(?:(?:the\s+)?(?:company|firm|platform)\s+|(?:la\s+)?société\s+)?", re.I)
# Between a company and its sum: "fined Apple €500m", "Meta was fined €200m", "Meta de 60
# millions d'euros".
_TARGET_THEN_SUM = re.compile(
    r"\s*(?:(?:was|were|has\s+been|a\s+été|ont\s+été)\s+)?"
    # "hit Apple with a €500m fine and Meta with a €200m fine", "et Meta d'une amende de 60
    # millions d'euros"
    r"(?:(?:fined|penali[sz]ed|sanctionnée?s?|condamnée?s?)\s+)?"
    r"(?:with\s+an?\s+|d['’]une\s+amende\s+de\s+|a\s+|d['’]une\s+|de\s+)?"
    # "et Facebook à une amende de 60 millions d'euros", "and Meta to a fine of €200m"
    r"(?:(?:à|to)\s+(?:une\s+amende\s+de|a\s+(?:fine|penalty)\s+of)\s+)?"
    # "et à Meta une amende de 200 millions d'euros"
    r"(?:une\s+amende\s+de\s+)?",
    re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement)\b", re.I)
_TOTAL = re.compile(
    r"\b(?:total|totalling|totaling|combined|altogether|in\s+all|au\s+total|cumulée?s?"
    r"|en\s+tout|au\s+global)\b", re.I)
_LOOK_BACK = 3  # sentences an anaphoric "the penalty" may reach back
_LEAD = 2  # body sentences after a headline that may state its sum


def settle_amounts(actions: list[Action], views: list[SentenceView],
                   patterns: Patterns) -> list[Action]:
    """`actions` with each fine's (and order-to-pay's) amount as the text states it."""
    actions = _penalties_to_pay(_not_fines(actions, views), views)
    by_sentence = actions_by_sentence(actions)  # _fine_sum reads the sentence's own only

    def settle_one(action: Action, view: SentenceView) -> Action:
        if action.type not in ("fine", "order"):
            return action
        sums = sums_imposed(view.sentence.text, view.language, _default(action, patterns),
                            _country(action))
        amount = (_order_sum(view, sums) if action.type == "order"
                  else _fine_sum(action, view, sums, views, patterns,
                                 by_sentence[action.evidence.start]))
        return action if isinstance(amount, _Keep) else dataclasses.replace(action, amount=amount)
    # Deadlines stated in a later sentence are settled here too: the same pass over finished
    # steps, at the one place the extractor hands them over after their merge.
    return carry_deadlines(redate(actions, views, settle_one), views)


class _Keep(enum.Enum):
    """The action's amount stays as the sentence's own rules found it."""

    KEEP = enum.auto()


_KEEP = _Keep.KEEP
Found = Money | None | _Keep


def _default(action: Action, patterns: Patterns) -> str | None:
    return patterns.dollar_currency.get(_country(action))


def _country(action: Action) -> str:
    return (action.jurisdiction or "").split("-")[0]


def _fine_sum(action: Action, view: SentenceView, sums: list[MoneyMention],
              views: list[SentenceView], patterns: Patterns, actions: list[Action]) -> Found:
    target = action.targets[0] if action.targets else None
    if not _values(sums):  # no sum, or only approximations ("almost $1 million")
        if action.amount is not None:
            return _KEEP  # found by another rule (a consequence's daily sum, ...)
        bare = bare_fine_sum(action, view.text, view.language)
        if bare is not None:
            return bare
        found = _told_elsewhere(action, view, views, patterns, _several_fined(view, actions))
        return found if found is not None else _KEEP
    if is_split_payment(view.text, sums):
        return penalty_part(view.text, sums, _named_as_fine)
    if len(_values(sums)) == 1 and cumulative_for(view.text, sums, [
            m.start for m in view.mentions if m.key in action.targets]):
        return None  # "has fined Google €8.25 billion since 2017": several decisions' sum
    original = sum_before_change(view.text, sums)
    if original is not None:
        return original
    if len(_values(sums)) > 1 and target is not None and (
            _several_fined(view, actions) or _listed_then_summed(view, sums) or sums_gapped(view)):
        own = _paired(view, target, sums)
        return own if own is not None else _KEEP
    if action.amount is not None and _shared_total(action, view, actions):
        return None
    if action.amount is None:
        # A second verb of the subject ("found that Apple breached the rules and imposed a
        # fine of €1.8 billion") is built without a sum: the sentence's one exact sum.
        one_off = {m.money for m in sums if m.money and m.qualifier is None and m.money.per is None}
        if len(one_off) == 1 and not _shared_total(action, view, actions, any_sum=True):
            return one_off.pop()
    return _KEEP


def _several_fined(view: SentenceView, actions: list[Action]) -> bool:
    """Fines on more than one company in the sentence: only then are its sums shared out (one
    company's earlier fine, "After fining Meta €390m in January, it fined Meta €5.5m", is
    another step's sum, left to the nearest-sum rule)."""
    return len({a.targets for a in actions if a.type == "fine"
                and a.evidence.start == view.sentence.start}) > 1


def _values(sums: list[MoneyMention]) -> set[Money]:
    return {m.money for m in sums if m.money is not None and m.qualifier is None}


def _paired(view: SentenceView, target: str, sums: list[MoneyMention]) -> Money | None:
    """The sum the sentence imposes on `target` among several: the one written right before
    or after its name, or by order with "respectively"."""
    text = view.text
    exact = parts(text, sums)
    if _RESPECTIVELY.search(text) or _listed_then_summed(view, exact):
        return _respective(view, target, exact)
    for mention in (m for m in view.mentions if m.key == target):
        before = [m for m in exact if m.end <= mention.start
                  and _SUM_THEN_TARGET.fullmatch(text, m.end, mention.start)]
        if before:
            return before[-1].money
        after = [m for m in exact if m.start >= mention.end
                 and _TARGET_THEN_SUM.fullmatch(text, mention.end, m.start)]
        if after:
            return after[0].money
    return None


def _companies(view: SentenceView) -> list[str]:
    """The companies and services the sentence names, in order, once each."""
    return list(dict.fromkeys(m.key for m in view.mentions
                              if m.key.split("/")[0] in ("organisation", "service")))


def _listed_then_summed(view: SentenceView, sums: list[MoneyMention]) -> bool:
    """"a sanctionné Google et Meta d'amendes de 150 et 60 millions d'euros": as many
    companies as sums, all named before the first sum: "respectively" without the word."""
    exact = [m for m in sums if m.qualifier is None]
    companies = _companies(view)
    last_company = max((m.end for m in view.mentions if m.key in companies), default=0)
    return (len(companies) > 1 and len(companies) == len(exact) == len(_values(exact))
            and last_company <= exact[0].start)


def _respective(view: SentenceView, target: str, exact: list[MoneyMention]) -> Money | None:
    """"fined Apple and Meta €500m and €200m respectively": the n-th company, the n-th sum."""
    order = _companies(view)
    if len(order) != len(exact) or target not in order:
        return None
    return exact[order.index(target)].money


def _shared_total(action: Action, view: SentenceView, actions: list[Action],
                  any_sum: bool = False) -> bool:
    """One sum for the fines of several companies, said to be their total."""
    others = {a.targets for a in actions if a.type == "fine" and a is not action
              and a.evidence.start == view.sentence.start
              and (any_sum or a.amount == action.amount)}
    return bool(others - {action.targets}) and _TOTAL.search(view.text) is not None


def _told_elsewhere(action: Action, view: SentenceView, views: list[SentenceView],
                    patterns: Patterns, shared: bool) -> Money | None:
    """A fine with no sum in its sentence: the sum of a nearby sentence that states it. When
    the sentence fines several companies (`shared`), only a sum said to be the company's own:
    "The fines total €700 million" is none of theirs."""
    places: list[SentenceView] = []
    if view.headline:
        places += [v for v in views[view.index + 1:] if not v.headline][:_LEAD]
    if _DEFINITE_FINE.search(view.text):
        places += reversed(views[max(0, view.index - _LOOK_BACK):view.index])
    following = views[view.index + 1] if view.index + 1 < len(views) else None
    if following is not None and _SUM_STATEMENT.match(following.text):
        places.insert(0, following)
    for place in places:
        found = _stated_sum(action, place, _default(action, patterns), shared)
        if found is not None:
            return found
    return None


def _stated_sum(action: Action, view: SentenceView, default: str | None,
                shared: bool = False) -> Money | None:
    """The one sum `view` states as a fine of the action's company (named there, or no
    company named at all unless the fine was one of several), never a total."""
    companies = set(_companies(view))
    target = action.targets[0] if action.targets else None
    if (companies or shared) and target not in companies:
        return None
    if _TOTAL.search(view.text) and len(companies) > 1:
        return None
    sums = sums_imposed(view.sentence.text, view.language, default, _country(action))
    if len(_values(sums)) > 1 and target is not None:
        return _paired(view, target, sums)
    stated = _SUM_STATEMENT.match(view.text) is not None  # "Celle-ci s'élève à ..."
    fines = [m for m in sums if m.qualifier is None
             and (stated or _named_as_fine(view.text, m))]
    values = _values(fines)
    return values.pop() if len(values) == 1 and len(_values(sums)) == 1 else None


def _named_as_fine(text: str, mention: MoneyMention) -> bool:
    return (_NOUN_AFTER_SUM.match(text[mention.end:]) is not None
            or _NOUN_BEFORE_SUM.search(text[:mention.start]) is not None
            or _FINE_VERB_BEFORE_SUM.search(text[:mention.start]) is not None)


def _order_sum(view: SentenceView, sums: list[MoneyMention]) -> Found:
    """An order to give money back: the exact sum after "refund", or after "pay" when a
    refund is what it pays for."""
    for mention in sums:
        before, after = view.text[:mention.start], view.text[mention.end:]
        if mention.qualifier is None and (REFUND_VERB.search(before) or (
                PAY_VERB.search(before) and REFUND_PURPOSE.match(after))):
            return mention.money
    return _KEEP


# A fine noun in the sentence: the sum paid may be a penalty after all ("ordered to pay a civil
# penalty of $5 million and $2 million in refunds").
_PENALTY_NOUN = re.compile(rf"\b{FINE_NOUN}\b", re.I)


def _not_fines(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Fines whose one sum is no penalty imposed: a daily sum set as the consequence of not
    complying ("ordered X to appoint a representative, under a daily fine of R$50,000") is a
    warning (the stated consequence, per the gold convention); a sum paid back to
    consumers with no penalty named ("ordered Epic to pay $245 million in refunds") is an
    order. One already found with that type for the same body and company replaces it."""
    kept: list[Action] = []
    by_sentence = actions_by_sentence(actions)
    for action, view in zip(actions, map(view_of(views), actions), strict=True):
        kind = _kind_of_sum(action, view) if view is not None else None
        if view is not None and delay_penalty_of_order(
                action, view, by_sentence[action.evidence.start]):
            kind = "warning"
        if kind is None:
            kept.append(action)
            continue
        if not any(a.type == kind and a.actor == action.actor and a.targets == action.targets
                   for a in by_sentence[action.evidence.start]):
            kept.append(dataclasses.replace(action, type=kind))
    return kept


def _kind_of_sum(action: Action, view: SentenceView) -> str | None:
    """"warning" or "order" for a fine whose sum says it is one (see `_not_fines`)."""
    if action.type != "fine" or action.amount is None:
        return None
    sums = [m for m in sums_imposed(view.sentence.text, view.language,
                                    country=_country(action))
            if m.money == action.amount]
    daily = action.amount.per is not None or (len(sums) == 1 and DAILY_BEFORE.search(
        view.text, max(0, sums[0].start - 40), sums[0].start) is not None)
    if daily and len(sums) == 1 and (CONSEQUENCE_BEFORE.search(
            view.text, max(0, sums[0].start - 60), sums[0].start)
            or CONSEQUENCE_AFTER.match(view.text, sums[0].end)):
        return "warning"
    if len(sums) != 1 or _PENALTY_NOUN.search(view.text):
        return None
    before, after = view.text[:sums[0].start], view.text[sums[0].end:]
    refund = REFUND_VERB.search(before) or (
        PAY_VERB.search(before) and REFUND_PURPOSE.match(after))
    return "order" if refund else None


# An order to pay a penalty is the fine told as an order: "ordered Meta to pay a record $5
# billion penalty", "ordered it to pay a civil penalty of $5 billion", "a condamné Google à
# payer une amende de 100 millions d'euros". Only when paying is all the order asks.
_PAY_PENALTY_BEFORE = re.compile(r"\b(?:to|de|d['’]|à)\s+(?:pay|payer|verser)\b[^.;:]{0,40}$", re.I)
_ANOTHER_DUTY_AFTER = re.compile(
    r"\b(?:and|et)\s+(?:to|de|d['’]|à|ordered|required|enjoint|ordonné|ordonne)\b", re.I)


def _penalties_to_pay(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Orders to pay a penalty become that fine with its sum; dropped when the sentence
    already gives the same body's fine on the same company."""
    kept: list[Action] = []
    by_sentence = actions_by_sentence(actions)
    paid: dict[tuple[object, ...], DateValue | None] = {}  # orders to pay: their decision's day
    for action, view in zip(actions, map(view_of(views), actions), strict=True):
        penalty = _penalty_to_pay(action, view) if view is not None else None
        step = (action.evidence.start, action.actor, action.targets)
        if step in paid and view is not None and ban_after(view.text, 0):
            # a ban told after the order to pay: an order of its own, of the same decision's day
            kept.append(dataclasses.replace(action, date=action.date or paid[step]))
        elif penalty is None:
            kept.append(action)
        else:
            paid[step] = action.date
            if not any(a.type == "fine" and a.actor == action.actor and a.targets == action.targets
                       for a in by_sentence[action.evidence.start]):
                kept.append(dataclasses.replace(action, type="fine", amount=penalty))
    return kept


def _penalty_to_pay(action: Action, view: SentenceView) -> Money | None:
    """The one sum an order asks to pay when it is named as a penalty."""
    if action.type != "order":
        return None
    sums = sums_imposed(view.sentence.text, view.language, country=_country(action))
    paid = [m for m in sums if m.qualifier is None and m.money is not None
            and m.money.per is None
            and _PAY_PENALTY_BEFORE.search(view.text, max(0, m.start - 50), m.start)
            and _named_as_fine(view.text, m) and not REFUND_PURPOSE.match(view.text, m.end)]
    if len(paid) != 1 or _ANOTHER_DUTY_AFTER.search(view.text, paid[0].end):
        return None
    return paid[0].money
