"""Days a step takes from a sentence that restates it or tells what followed (issue 3, D11,
guideline 6). Invented snippets, each written with its expected date before the rules were run.

- A sentence with no step of its own that restates one with its day ("The order, issued on
  Monday, requires the ByteDance app to ...", "L'enquête visant Facebook et Instagram, ouverte
  le 16 février, ...") dates the one step of that kind told just before (`restating_days`);
  never a step of another kind, never a step on another company.
- "X was followed on 2 September 2021 by a fine imposed on WhatsApp" (`followed_by`).
- A relative clause about the company ("against Meta, whose platforms have been under scrutiny
  since 2021") does not date the probe (`running_probes`).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday: Monday is 27 February

RESTATED = [
    ("en", "The European Commission has ordered TikTok to suspend its rewards programme. The "
           "order, issued on Monday, requires the ByteDance app to stop the feature.",
     ("order", "tiktok", "2023-02-27")),
    ("en", "The European Commission has opened formal proceedings against Meta. The "
           "investigation into Facebook and Instagram, opened on 16 February, will examine the "
           "design of the platforms.", ("investigation", "meta", "2023-02-16")),
    ("fr", "La Commission européenne a ouvert une procédure formelle contre Meta. L'enquête "
           "visant Facebook et Instagram, ouverte le 16 février, porte sur la protection des "
           "mineurs.", ("investigation", "meta", "2023-02-16")),
    ("fr", "La CNIL a infligé une amende de 10 millions d'euros à Yahoo. L'amende, prononcée le "
           "3 février, sanctionne le dépôt de cookies.", ("fine", "yahoo", "2023-02-03")),
    # hard negatives: another company, another kind, a condition, findings, two steps
    ("en", "The European Commission fined Apple €1.8 billion. The fine on Google, imposed on "
           "Monday, was smaller.", ("fine", "apple", None)),
    ("en", "The European Commission fined Apple €1.8 billion. The investigation into Apple, "
           "opened on 16 February, continues.", ("fine", "apple", None)),
    ("en", "The European Commission ordered TikTok to suspend the feature. The order, if issued "
           "on Monday, would be the first.", ("order", "tiktok", None)),
    ("en", "The European Commission sent preliminary findings to Temu. The proceedings, opened "
           "on 31 October 2024, concern illegal products.", ("investigation", "temu", None)),
    ("fr", "La CNIL a infligé une amende à Google. La sanction prononcée contre Amazon, le 7 "
           "décembre, était plus lourde.", ("fine", "google", None)),
]

FOLLOWED = [
    ("en", "The decision was followed on 2 September 2021 by a €225 million fine imposed on "
           "WhatsApp by the Irish Data Protection Commission.", ("fine", "whatsapp", "2021-09-02")),
    ("fr", "Cette décision a été suivie le 2 septembre 2021 d'une amende infligée à WhatsApp par "
           "la DPC.", ("fine", "whatsapp", "2021-09-02")),
    # the day between commas, after a time apart
    ("fr", "La décision avait été suivie quelques semaines plus tard, le 2 septembre 2021, d'une "
           "amende de 225 millions d'euros infligée à WhatsApp par la DPC irlandaise.",
     ("fine", "whatsapp", "2021-09-02")),
]
FOLLOWED_NONE = [  # no step at all: a call, an appeal, a possibility
    ("en", "The decision was followed on 2 September 2021 by calls for a fine on WhatsApp by the "
           "Irish Data Protection Commission."),
    ("en", "The complaint could be followed by a fine imposed on WhatsApp by the Irish Data "
           "Protection Commission."),
]

SINCE = [
    ("en", "The European Commission opened proceedings against Meta, whose platforms have been "
           "under scrutiny since 2021.", ("investigation", "meta", None)),
    ("fr", "L'Autorité de la concurrence a ouvert une enquête sur Apple, dont le dispositif ATT "
           "est examiné depuis 2022.", ("investigation", "apple", None)),
    # kept: the probe itself runs since then, or the company is named inside the clause
    ("en", "The FTC has been investigating Meta since March 2021.",
     ("investigation", "meta", "2021-03")),
    ("en", "The FTC, which has been investigating Meta since March 2021, sued the company.",
     ("investigation", "meta", "2021-03")),
]

CASES = RESTATED + FOLLOWED + SINCE


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(CASES)])
def test_a_restated_or_followed_step_takes_its_own_day(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")


@pytest.mark.parametrize(("language", "body"), FOLLOWED_NONE,
                         ids=[body[:40] for _, body in FOLLOWED_NONE])
def test_a_call_or_a_possibility_that_follows_is_no_dated_step(dated_steps, language, body):
    found = dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
    assert all(date is None for _, _, date in found)


def test_two_steps_told_before_are_not_dated_by_one_restatement(dated_steps):
    body = ("Ofcom opened an investigation into 4chan and fined Kick £5,000. The fine, imposed "
            "on Monday, is small.")
    assert ("investigation", "4chan", None) in dated_steps(PUBLISHED)(
        f"Update\n\n{body}\n", "en", title="Update")
