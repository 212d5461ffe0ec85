"""A decision's further term told with the company named, not described (issue 3, session 16).

further_terms.py reads "Les deux sociétés devront également publier ...", "The company must
also notify ..." after a decision as one more order of the body that decided. The company is as
often named again as described: "Apple devra également retirer ces clauses", "Apple must also
remove the clauses", and English puts "also" inside the modal as often as after it ("The
company will also have to remove ..."). A named company is the term's subject only when a step
was already taken against it in the article, right before the modal.

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
Each case failed before the change, or is a trap that must keep its (right) result.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 3, 6)
EC, AEPD = "European Commission", "Spanish Data Protection Agency"
ACM, ICO = "Authority for Consumers and Markets", "Information Commissioner's Office"


@pytest.fixture(scope="module")
def placed(placed_facts):
    """placed(body, language) -> {(type, actor label, jurisdiction, target labels)}."""
    return placed_facts(DAY)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("La Commission européenne a infligé mardi une amende de 500 millions d'euros à Apple. "
     "Apple devra également retirer ces clauses.", "fr", ("order", EC, "EU", ("Apple",))),
    ("L'AEPD a infligé une amende de 10 millions d'euros à Glovo. Glovo devra en outre cesser "
     "d'utiliser la reconnaissance faciale.", "fr", ("order", AEPD, "ES", ("Glovo",))),
    ("The European Commission fined Apple 500 million euros on Tuesday. Apple must also remove "
     "the clauses within 60 days.", "en", ("order", EC, "EU", ("Apple",))),
    ("The European Commission fined Apple 500 million euros on Tuesday. The company will also "
     "have to remove the clauses within 60 days.", "en", ("order", EC, "EU", ("Apple",))),
    ("The ACM fined Uber 10 million euros on Monday. Uber is also required to stop the "
     "transfers within three months.", "en", ("order", ACM, "NL", ("Uber",))),
])
def test_a_named_companys_further_term_is_an_order(placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language"), [
    # no step against the company before: no decision whose term it is
    ("The ICO fined TikTok 12 million pounds on Tuesday. Snapchat must also remove the "
     "feature, campaigners said.", "en"),
    ("La CNIL a infligé une amende à Google. Amazon devra également retirer ses cookies.", "fr"),
    # a condition, a payment, a possibility
    ("The European Commission fined Apple 500 million euros on Tuesday. Apple must also remove "
     "the clauses if the court upholds the decision.", "en"),
    ("The European Commission fined Apple 500 million euros on Tuesday. Apple must also pay "
     "interest.", "en"),
    ("La Commission européenne a infligé une amende à Apple. Apple pourrait également devoir "
     "retirer ces clauses.", "fr"),
])
def test_no_further_term_without_a_decision_on_that_company(placed, body, language):
    assert not {step for step in placed(body, language) if step[0] == "order"}


# --- Orders worded as deadlines (deadline_orders.py): working days, "dispose de", telling ---

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The European Commission fined X 120 million euros on Friday. X now has 60 working days "
     "to tell the Commission how it will end the deceptive checkmarks.", "en",
     ("order", EC, "EU", ("X",), "60 working days")),
    ("La Commission européenne a infligé une amende à Meta. Meta dispose de 60 jours pour se "
     "mettre en conformité.", "fr", ("order", EC, "EU", ("Meta",), "60 jours")),
    ("La CNIL a sanctionné Google. Google dispose de dix jours ouvrables pour retirer les "
     "cookies.", "fr", ("order", "CNIL", "FR", ("Google",), "dix jours ouvrables")),
])
def test_a_deadline_left_to_the_company_is_an_order(rows, body, language, expected):
    found = {(r["type"], r["actor"], r["jurisdiction"], (r["target"],), r["deadline"])
             for r in rows(body, language, DAY.isoformat())}
    assert expected in found


@pytest.mark.parametrize(("body", "language"), [
    ("The European Commission fined X 120 million euros on Friday. X has 30 days to appeal.",
     "en"),
    ("La Commission européenne a infligé une amende à Meta. Meta dispose de 60 jours pour faire "
     "appel.", "fr"),
    ("The DSA gives platforms 10 working days to tell users why a post was removed.", "en"),
])
def test_no_order_from_a_time_to_appeal_or_a_rule(placed, body, language):
    assert not {step for step in placed(body, language) if step[0] == "order"}


@pytest.mark.parametrize(("body", "language", "expected"), [
    # the order is a term of Friday's decision (guideline 6: when the authority acted)
    ("The European Commission fined X 120 million euros on Friday. X now has 60 working days "
     "to tell the Commission how it will end the deceptive checkmarks.", "en", "2024-03-01"),
    ("La Commission européenne a infligé vendredi une amende de 500 millions d'euros à Meta. "
     "Meta dispose de 60 jours pour se mettre en conformité.", "fr", "2024-03-01"),
    # a decision on another company gives no day
    ("The European Commission fined Meta 200 million euros on Friday. X now has 60 working days "
     "to tell the Commission how it will end the deceptive checkmarks.", "en", None),
])
def test_regression_a_deadline_order_takes_its_decisions_day(rows, body, language, expected):
    """The order worded as a deadline was undated: a wrong date on broad's checkmark order."""
    orders = [r for r in rows(body, language, DAY.isoformat()) if r["type"] == "order"]
    assert orders or expected is None
    assert {r["date"] for r in orders} <= {expected}


# --- "The order also requires X to ...": one more term of the order told before -----------------

_RELEASE = ("CFTC Orders Markets Operator to Pay $1.4 Million Penalty",
            "Washington, D.C. - The Commodity Futures Trading Commission today issued an order "
            "filing and simultaneously settling charges against Polymarket for offering "
            "unregistered swaps.\n\nPolymarket must pay a civil monetary penalty of $1.4 million."
            "\n\nThe order also requires Polymarket to wind down all markets that do not comply "
            "with the CEA, and to cease and desist from further violations.")


def test_regression_a_further_term_of_the_order_is_the_same_order(extractor, article_of):
    """'The order also requires' under a headline that tells the order was a second order on
    the same company (its 'also' read as a step set apart)."""
    title, body = _RELEASE
    article = article_of(title + "\n\n" + body, "en", dt.date(2022, 1, 3), title)
    orders = [a for a in extractor.extract(article).actions if a.type == "order"]
    assert len(orders) == 1
