"""The penalty an order carries, told in a sentence of its own after it, is a warning of that
order's body on its company (issue 3, guideline 4: stated consequences of non-compliance are a
`warning`). Layer 1; after order_penalties, which reads the order's own sentence.

"The ANPD ordered X on Friday to suspend the payments. ... If the company does not comply, it
faces a daily fine of 50,000 reais", "If it did not, it would owe €5 million for every week of
non-compliance", "À défaut, elles devront payer une astreinte de 100 000 euros par jour de
retard": the sentence opens on the condition of not complying and names no body, so what it
costs is the order's. Only when the last step told before it (within a few sentences) is one
order imposed by one body, the sentence names no other body or company and states one
penalty per day, week or hour: a penalty word right before the sum ("fine", "penalty",
"astreinte", "amende", "owe") and a recurring unit ("per day", "daily", "par jour de retard",
"par heure"). An order on several companies at once ("ordered Amazon and eBay to ...; if they
do not comply, they face ...") gives each its warning. The condition may open the sentence
("If it does not comply", "Passé ce délai", "After the deadline") or follow the sum ("faces a
daily fine of 50,000 reais for each day it fails to comply"): then a verb of what the company
will owe must stand before the sum ("faces", "will have to pay", "devra"), not one of what it
paid ("a payé une astreinte de 100 000 euros par jour de retard" is a fine). Not a price or a
loss ("users pay £5 per month", "users would lose £2 per day"), nor a sentence someone else
reports (", campaigners said", ", ont indiqué des associations"): no body's warning.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.consequence_sums import DAILY_BEFORE, RECURRING_AFTER
from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.money import sums_imposed
from regkg.extract.reporting_verbs import reported_by_others
from regkg.extract.sentence_views import view_of
from regkg.models import Action, Evidence, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LOOK_BACK = 4  # sentences back to the order (a heading and a restatement may sit between)
_CONDITION = re.compile(
    r"^\W*(?:if\s+(?:it|they|(?:the\s+)?(?:company|firm|platform|group|[\w.-]+))\s+"
    r"(?:(?:does|do|did)\s+not|(?:fails?|failed|refuses?|refused)\s+to|miss(?:es)?)"
    r"|failing\s+(?:that|this|compliance)|otherwise|à\s+défaut|faute\s+de\s+quoi|sinon"
    r"|si\s+(?:elle|il|elles|ils|l['’]entreprise|la\s+société|la\s+plateforme)\s+ne\s"
    # the deadline passed: "Passé ce délai", "Au-delà de ce délai", "After that deadline",
    # "Once the deadline passes", "If the deadline is missed"
    r"|passée?\s+(?:ce|le|cette)\s+(?:délai|date|échéance)|au-delà\s+de\s+(?:ce|cette)\s+"
    r"(?:délai|date)|(?:after|past|beyond)\s+(?:that|the|this)\s+(?:deadline|date|period)"
    r"|(?:once|if)\s+(?:that|the|this)\s+deadline\s+(?:passes|has\s+passed|is\s+missed)"
    r"|faute\s+de\s+(?:s['’]y\s+conformer|se\s+conformer|(?:s['’])?exécuter|le\s+faire)"
    r"|en\s+cas\s+de\s+(?:non-respect|refus|manquement|retard))\b",
    re.IGNORECASE)
# The condition after the sum, with no opening one: "faces a daily fine of 50,000 reais for
# each day it fails to comply", "une astreinte de 10 000 euros par jour de retard" ...
_CONDITION_AFTER = re.compile(
    r"(?:\bfor\s+(?:each|every)\s+(?:day|week|hour)\s+(?:that\s+)?(?:it|they"
    r"|the\s+(?:company|firm|platform))\s+(?:fails?|refuses?|keeps|continues|does\s+not)"
    r"|\bfor\s+(?:each|every)\s+day\s+of\s+(?:delay|non-?compliance)"
    r"|\bde\s+retard\b|\ben\s+cas\s+de\s+(?:non-respect|manquement|retard))", re.IGNORECASE)
# What could follow is a possible step, not a stated consequence (guideline 4): "Faute de
# quoi, des astreintes pourraient lui être imposées" (tests/wide 512), "it could face".
_POSSIBLE = re.compile(r"\b(?:could|might|may|pourr(?:ait|aient|a|ont)|peu(?:t|vent))\b",
                       re.IGNORECASE)
# A periodic penalty named with no sum ("une amende journalière de 0,05 % de son chiffre
# d'affaires", "daily penalties"): after an opening condition, the warning with no amount.
_PERIODIC_PENALTY = re.compile(
    r"\b(?:daily|per-day)\s+(?:fines?|penalt(?:y|ies))\b|\b(?:amendes?|pénalités?)\s+"
    r"(?:journalières?|quotidiennes?)\b|\bastreintes?\b", re.IGNORECASE)
# ... after a verb of what the company will owe ("faces", "will have to pay", "devra verser"),
# not of what it paid.
_OWES_BEFORE = re.compile(
    r"\b(?:faces?|facing|risks?|will\s+(?:have\s+to\s+)?pay|would\s+(?:have\s+to\s+)?pay"
    r"|must\s+pay|(?:is|are)\s+liable\s+to|devr(?:a|ont|ait|aient)\s+(?:payer|verser"
    r"|s['’]acquitter)|s['’]expos\w+\s+à|encour(?:t|ent|ra|ront|rait))\b[^.;:]{0,50}$",
    re.IGNORECASE)
# A penalty word right before the sum: "a daily fine of", "penalties of", "une astreinte de",
# "would owe".
_PENALTY_BEFORE = re.compile(
    r"\b(?:fines?|penalty|penalties|owe|owes|astreintes?|amendes?)\b[^.;:\d]{0,25}$",
    re.IGNORECASE)
_RECURRING = ("P1D", "P1W", "PT1H")


def add_penalties_told_next(actions: list[Action],
                            views: list[SentenceView]) -> list[Action]:
    """`actions` and a warning for each company of an order whose penalty a later sentence
    states."""
    actions = _conditional_fines(actions, views)
    added: list[Action] = []
    # (a sentence whose steps are only threatened, "faces a daily fine", is no step's)
    starts = {a.evidence.start for a in actions if a.status in FACTUAL_STATUSES}
    for view in views:
        if view.headline or view.sentence.start in starts or _POSSIBLE.search(view.text):
            continue
        opens = _CONDITION.match(view.text) is not None
        orders = _the_orders(actions, views, view)
        money = _recurring_sum(view, opens) if orders else None
        if money is None and not (orders and opens and _PERIODIC_PENALTY.search(view.text)
                                  and not reported_by_others(view.text)):
            continue
        evidence = Evidence(view.sentence.text, view.sentence.start, view.sentence.end)
        added += [dataclasses.replace(order, type="warning", amount=money, deadline=None,
                                      deadline_text=None, evidence=evidence)
                  for order in orders]
    return actions + added


def _conditional_fines(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """A fine read in a sentence that opens on not complying, after the order of its body on
    its company: "Otherwise, the company will have to pay a daily fine of 0.05% of its
    turnover" states what not complying will cost, the order's warning, not a fine imposed."""
    view = view_of(views)
    found = []
    for action in actions:
        own = view(action)
        if action.type == "fine" and own is not None and not own.headline \
                and _CONDITION.match(own.text):
            order = next((o for o in _the_orders(actions, views, own) if (
                o.actor, o.targets) == (action.actor, action.targets)), None)
            if order is not None:  # dated by the decision, as the gold dates a warning
                action = dataclasses.replace(action, type="warning",
                                             date=action.date or order.date)
        found.append(action)
    return found


def _the_orders(actions: list[Action], views: list[SentenceView],
                view: SentenceView) -> list[Action]:
    """The imposed order of the last sentence with steps, a few sentences back, one per
    company, when that sentence told nothing but that one body's order and the condition's
    sentence names no other body or company than the order's ("Meta was given five working
    days to ..., and faces a daily fine": its own company)."""
    named = {m.key for m in view.mentions
             if kind_of(m.key) in TARGET_KINDS or m.key.startswith("authority/")}
    for earlier in reversed(views[max(0, view.index - _LOOK_BACK):view.index]):
        told = [a for a in actions if a.evidence.start == earlier.sentence.start]
        if told:
            one_body = len({a.actor for a in told}) == 1
            orders = [a for a in told if a.type == "order" and a.status == "imposed"]
            own = {key for a in orders for key in (a.actor, *a.targets)}
            return orders if one_body and len(orders) == len(told) and named <= own else []
    return []


def _recurring_sum(view: SentenceView, opens: bool) -> Money | None:
    """The one penalty of the sentence that recurs per day, week or hour of non-compliance,
    when no one but the body reports it: after an opening condition, or followed by its own
    ("for each day it fails to comply") after a verb of owing."""
    if reported_by_others(view.text):
        return None
    sums = [m for m in sums_imposed(view.sentence.text, view.language)
            if m.money is not None and (
                m.money.per in _RECURRING or RECURRING_AFTER.match(view.text, m.end)
                or DAILY_BEFORE.search(view.text, max(0, m.start - 40), m.start))
            and _PENALTY_BEFORE.search(view.text, max(0, m.start - 40), m.start)
            and (opens or (_CONDITION_AFTER.search(view.text, m.start, m.end + 50) is not None
                           and _OWES_BEFORE.search(view.text, 0, m.start) is not None))]
    return sums[0].money if len(sums) == 1 else None
