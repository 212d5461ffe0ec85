"""A verb joined by "et" whose indirect object is the platform ("et lui a ordonné") does not
share the platform's subject: the body of the main clause acts (issue 3, R10,
shared_subjects.py). "La CNIL a constaté que Clearview AI avait enfreint le RGPD et lui a
ordonné de cesser" had lost the CNIL's order (read as Clearview AI's own step)."""

from __future__ import annotations

import pytest

CASES = [
    ("La CNIL a constaté que Clearview AI avait enfreint le RGPD et lui a ordonné lundi de "
     "cesser la collecte.", {("order", "authority/cnil", ("organisation/clearview-ai",))}),
    ("L'Autorité de la concurrence a constaté que Google avait enfreint ses engagements et lui "
     "a ordonné de négocier avec les éditeurs.",
     {("order", "authority/autorite-de-la-concurrence", ("organisation/google",))}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_regression_the_main_clauses_body_orders_the_platform(steps_in, text, expected):
    found = steps_in("Update\n\n" + text + "\n", "fr")
    assert expected <= found


@pytest.mark.parametrize("text", [
    "TikTok a contesté la décision et lui a demandé de la retirer.",
    "Meta a jugé la sanction injuste et leur a demandé de revoir leur position.",
])
def test_the_platforms_own_joined_verb_is_no_step(steps_in, text):
    assert steps_in("Update\n\n" + text + "\n", "fr") == set()
