"""An order told again of the company behind the service (or of the service of the company) is
one order (issue 3, guideline 5; session 18, operator_restatements.py).

"Portugal's data protection commission on Tuesday ordered Worldcoin to stop collecting iris
scans ... Tools for Humanity, the company that develops Worldcoin, was ordered to suspend the
collection": the second sentence restates the order with the operator as its subject (the
service named beside it); the first telling's target stays the step's. A sentence that marks
another order ("also"), or a term told of the operator alone ("In the same order, the
commission told Meta to ...") keeps its own order.

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"


@pytest.mark.parametrize(("body", "language", "count"), [
    ("Portugal's data protection commission on Tuesday ordered Worldcoin to stop collecting "
     "iris scans. Tools for Humanity, the company that develops Worldcoin, was ordered to "
     "suspend the collection of biometric data in Portugal.", "en", 1),
    ("La CNIL a ordonné mardi à Instagram de cesser la collecte. Meta, la maison mère "
     "d'Instagram, s'est vu enjoindre de supprimer les données.", "fr", 1),
    ("Kenya's data protection commissioner on Monday ordered Worldcoin to stop enrolling "
     "users. Tools for Humanity, which runs Worldcoin, was ordered to delete the data of "
     "Kenyan users.", "en", 1),
    # another order ("also"), or a term told of the operator alone: two orders
    ("Portugal's data protection commission on Tuesday ordered Worldcoin to stop collecting "
     "iris scans. Tools for Humanity was also ordered to delete the data it holds.", "en", 2),
    ("The Competition Commission of India on Monday directed WhatsApp not to share user data "
     "with other Meta companies. In the same order, the commission told Meta to end the unfair "
     "conditions of its policy.", "en", 2),
])
def test_an_order_restated_of_the_operator_is_one_order(rows, body, language, count):
    assert len([r for r in rows(body, language, DAY) if r["type"] == "order"]) == count
