"""A headline that tells a step with its own day dates the lead's statement of it (issue 3, D10,
guideline 6): "Brazil's top court orders X blocked on Friday" over "Justice Alexandre de Moraes
ordered the suspension of X in Brazil". Not when the headline's day is another's act or a
coming one ("Meta to appeal EU fine on Friday", "Meta fait appel lundi de l'amende"), nor for a
step the lead tells as background ("had fined"), nor when the lead gives its own day.
Invented snippets, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "Brazil's top court orders X blocked on Friday",
     "Justice Alexandre de Moraes ordered the suspension of X in Brazil, the Supreme Federal "
     "Court said.", ("block", "x", "2023-02-24")),
    ("en", "EU fines Apple 1.8 billion euros on Monday",
     "The European Commission fined Apple for abusing its dominant position in music "
     "streaming.", ("fine", "apple", "2023-02-27")),
    ("en", "Ofcom opens investigation into 4chan on Tuesday",
     "Ofcom has opened an investigation into 4chan under the Online Safety Act.",
     ("investigation", "4chan", "2023-02-28")),
    ("fr", "La CNIL inflige mardi une amende de 40 millions d'euros à Criteo",
     "La CNIL a sanctionné Criteo pour des manquements au RGPD.",
     ("sanction", "criteo", "2023-02-28")),
    # hard negatives: the headline's day is another's act, or a coming one
    ("en", "Meta to appeal EU fine on Friday",
     "The European Commission fined Meta €797 million.", ("fine", "meta", None)),
    ("en", "Apple rejects EU fine on Monday",
     "The European Commission fined Apple €1.8 billion.", ("fine", "apple", None)),
    ("fr", "Meta fait appel lundi de l'amende de la CNIL",
     "La CNIL a infligé une amende de 60 millions d'euros à Meta.", ("fine", "meta", None)),
    ("en", "Meta says on Monday it will appeal EU fine",
     "The European Commission fined Meta €797 million for tying Facebook Marketplace.",
     ("fine", "meta", None)),
    ("en", "Apple shares fall on Monday after EU fine",
     "The European Commission fined Apple €1.8 billion.", ("fine", "apple", None)),
    # the lead tells the step as background, or with its own date
    ("en", "EU fines Apple on Monday", "The European Commission had fined Apple in 2020.",
     ("fine", "apple", "2020")),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), CASES,
                         ids=[title[:40] for _, title, _, _ in CASES])
def test_a_headlines_day_dates_the_leads_step(dated_steps, language, title, body, expected):
    found = dated_steps(PUBLISHED)(f"{title}\n\n{body}\n", language, title=title)
    assert expected in found
