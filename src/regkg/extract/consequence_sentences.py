"""The penalty an order carries, told in a sentence of its own after it, is a warning of that
order's body on its company (issue 3, guideline 4: stated consequences of non-compliance are a
`warning`). Layer 1; after order_penalties, which reads the order's own sentence.

"The ANPD ordered X on Friday to suspend the payments. ... If the company does not comply, it
faces a daily fine of 50,000 reais", "If it did not, it would owe €5 million for every week of
non-compliance", "À défaut, elles devront payer une astreinte de 100 000 euros par jour de
retard": the sentence opens on the condition of not complying and names no body, so what it
costs is the order's. Only when the last step told before it (within a few sentences) is one
order imposed by one body, the sentence names no other body or company and states one
penalty per day or week: a penalty word right before the sum ("fine", "penalty", "astreinte",
"amende", "owe") and a daily or weekly unit ("per day", "daily", "par jour de retard"). Not
a price or a loss ("users pay £5 per month", "users would lose £2 per day"), nor a sentence
someone else reports (", campaigners said", ", ont indiqué des associations"): no body's
warning.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.consequence_sums import DAILY_BEFORE
from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.money import sums_imposed
from regkg.extract.reporting_verbs import reported_by_others
from regkg.models import Action, Evidence, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LOOK_BACK = 4  # sentences back to the order (a heading and a restatement may sit between)
_CONDITION = re.compile(
    r"^\W*(?:if\s+(?:it|they|(?:the\s+)?(?:company|firm|platform|group|[\w.-]+))\s+"
    r"(?:(?:does|do|did)\s+not|(?:fails?|failed|refuses?|refused)\s+to)"
    r"|failing\s+(?:that|this|compliance)|otherwise|à\s+défaut|faute\s+de\s+quoi|sinon"
    r"|si\s+(?:elle|il|elles|ils|l['’]entreprise|la\s+société|la\s+plateforme)\s+ne\s)\b",
    re.IGNORECASE)
# A penalty word right before the sum: "a daily fine of", "penalties of", "une astreinte de",
# "would owe".
_PENALTY_BEFORE = re.compile(
    r"\b(?:fines?|penalty|penalties|owe|owes|astreintes?|amendes?)\b[^.;:\d]{0,25}$",
    re.IGNORECASE)
_DAILY_OR_WEEKLY = ("P1D", "P1W")


def add_penalties_told_next(actions: list[Action],
                            views: list[SentenceView]) -> list[Action]:
    """`actions` and a warning for each order whose penalty a later sentence states."""
    added: list[Action] = []
    starts = {a.evidence.start for a in actions}
    for view in views:
        if view.headline or view.sentence.start in starts or not _CONDITION.match(view.text):
            continue
        order = _the_order(actions, views, view)
        money = _recurring_sum(view) if order is not None else None
        if order is None or money is None:
            continue
        added.append(dataclasses.replace(
            order, type="warning", amount=money, deadline=None, deadline_text=None,
            evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end)))
    return actions + added


def _the_order(actions: list[Action], views: list[SentenceView],
               view: SentenceView) -> Action | None:
    """The one imposed order of the last sentence with steps, a few sentences back, when the
    condition's sentence names no body or company of its own."""
    if any(kind_of(m.key) in TARGET_KINDS or m.key.startswith("authority/")
           for m in view.mentions):
        return None
    for earlier in reversed(views[max(0, view.index - _LOOK_BACK):view.index]):
        told = [a for a in actions if a.evidence.start == earlier.sentence.start]
        if told:
            orders = [a for a in told if a.type == "order" and a.status == "imposed"]
            warned = any(a.type == "warning" for a in told)
            return orders[0] if len(orders) == 1 and len(told) == 1 and not warned else None
    return None


def _recurring_sum(view: SentenceView) -> Money | None:
    """The one penalty of the sentence that recurs per day or week of non-compliance, when no
    one but the body reports it."""
    if reported_by_others(view.text):
        return None
    sums = [m for m in sums_imposed(view.sentence.text, view.language)
            if m.money is not None and (m.money.per in _DAILY_OR_WEEKLY or DAILY_BEFORE.search(
                view.text, max(0, m.start - 40), m.start))
            and _PENALTY_BEFORE.search(view.text, max(0, m.start - 40), m.start)]
    return sums[0].money if len(sums) == 1 else None

