"""Subjects that refer back to bodies named before by their number or their trade (issue 3,
R10, actor_pairs.py), and "the bloc" for the European Commission (actions.yaml `metonyms`):
the actor of a step told in the sentence after the bodies were named. Invented snippets in
the style of wire reports, with the hard negatives (three bodies named for "the two", another
country's prosecutors, no prosecutor named, a statement that is no step)."""

from __future__ import annotations

import pytest

CNIL, GARANTE, AEPD = "authority/cnil", "authority/garante", "authority/aepd"
OFCOM, ICO, EC = "authority/ofcom", "authority/ico", "authority/european-commission"
PARIS, MILAN = "authority/paris-prosecutor", "authority/milan-prosecutor"

CASES = [
    ("The CNIL and the Garante examined DeepSeek this week. The two regulators ordered the "
     "company to answer their questions within 20 days.", "en",
     {("order", CNIL, ("service/deepseek",)), ("order", GARANTE, ("service/deepseek",))}),
    ("La CNIL et l'AEPD ont examiné DeepSeek. Les deux autorités ont mis en demeure la société "
     "lundi.", "fr",
     {("order", CNIL, ("service/deepseek",)), ("order", AEPD, ("service/deepseek",))}),
    ("Ofcom and the ICO published a joint statement on Tuesday. Both regulators fined TikTok on "
     "Monday.", "en",
     {("fine", OFCOM, ("service/tiktok",)), ("fine", ICO, ("service/tiktok",))}),
    ("The Paris prosecutor's office has been looking at X's algorithm since January. "
     "Prosecutors opened a criminal investigation into X on Friday.", "en",
     {("investigation", PARIS, ("service/x",))}),
    ("Milan prosecutors seized €120 million from Amazon last year. The prosecutor's office "
     "opened a new investigation into Amazon on Monday.", "en",
     {("investigation", MILAN, ("organisation/amazon",))}),
    ("The European Commission said Apple had breached the Digital Markets Act. The bloc fined "
     "the iPhone maker €500 million on Wednesday.", "en",
     {("fine", EC, ("organisation/apple",))}),
]

NEGATIVES = [
    "Ofcom, the ICO and the CMA met on Tuesday. The two regulators fined TikTok on Monday.",
    "The Paris prosecutor's office has been looking at X's algorithm since January. Brazilian "
    "prosecutors opened a criminal investigation into X on Friday.",
    "Meta fined\n\nThe bloc's rules require platforms to assess risks. Apple must comply by "
    "March.",
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES,
                         ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_regression_the_bodies_named_before_take_the_step(steps_in, text, language, expected):
    found = steps_in("Update\n\n" + text + "\n", language)
    assert expected <= found
    assert {actor for _, actor, _ in found} <= {actor for _, actor, _ in expected}


@pytest.mark.parametrize("text", NEGATIVES, ids=range(len(NEGATIVES)))
def test_no_pair_or_prosecutor_out_of_reach(steps_in, text):
    found = steps_in("Update\n\n" + text + "\n")
    assert not any(actor in (OFCOM, ICO, PARIS, EC) and kind in ("fine", "investigation")
                   and targets in (("service/tiktok",), ("service/x",), ("organisation/apple",))
                   for kind, actor, targets in found)


def test_ofcom_is_no_prosecutor(steps_in):
    found = steps_in("Update\n\nOfcom fined 4chan on Tuesday. Prosecutors opened an "
                     "investigation into the forum's owner.\n")
    assert found == {("fine", OFCOM, ("service/4chan",))}
