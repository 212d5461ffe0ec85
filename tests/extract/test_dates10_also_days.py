"""A step told as one more act of the authority right after a dated one takes its day (issue 3,
D10, guideline 6): "The CMA said on Tuesday it had opened an investigation into Microsoft. The
regulator also launched a review of Amazon's partnership with Anthropic" left the review
undated. Not when the step is told as background ("had also sued"), nor in an English present
perfect ("has also opened investigations": a report with no day), nor when the step before
has no day; but under a release's dateline, a step the authority "has also" taken is the
release's news, even past its background ("eSafety has also given Telegram a formal
warning"). Invented snippets, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "The CMA said on Tuesday it had opened an investigation into Microsoft's cloud "
           "licensing. The regulator also launched a review of Amazon's partnership with "
           "Anthropic.", ("investigation", "amazon", "2023-02-28")),
    ("en", "The FTC sued Amazon on Tuesday. It also sued Meta.", ("lawsuit", "meta", "2023-02-28")),
    ("en", "The CNIL fined Google on Monday. Criteo was also fined.",
     ("fine", "criteo", "2023-02-27")),
    ("fr", "La Commission a ouvert lundi une procédure formelle contre TikTok. Elle a également "
           "ouvert une enquête sur Meta.", ("investigation", "meta", "2023-02-27")),
    # a sentence opening with a word that adds a step
    ("fr", "Lundi, l'Arcom a mis en demeure X. De plus, elle a adressé une demande d'informations "
           "à X.", ("request_for_information", "x", "2023-02-27")),
    ("en", "On Monday, Ofcom opened an investigation into 4chan. In addition, Ofcom sent 4chan a "
           "request for information.", ("request_for_information", "4chan", "2023-02-27")),
    ("en", "Ofcom opened an investigation into 4chan. In addition, Ofcom sent 4chan a request for "
           "information.", ("request_for_information", "4chan", None)),
    # hard negatives
    ("fr", "La CNIL a infligé le 3 février une amende de 5 millions d'euros à Google. Elle a "
           "également ouvert une enquête visant Meta.", ("investigation", "meta", None)),
    ("en", "The FTC sued Amazon on Tuesday. It had also sued Meta.", ("lawsuit", "meta", None)),
    ("en", "The FTC sued Amazon. It also sued Meta.", ("lawsuit", "meta", None)),
    ("en", "The FTC sued Amazon in 2023. It also sued Meta.", ("lawsuit", "meta", None)),
    ("en", "The FTC sued Amazon on Tuesday. It also sued Meta in 2020.",
     ("lawsuit", "meta", "2020")),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[body[:40] for _, body, _ in CASES])
def test_a_step_also_taken_takes_the_day_of_the_one_before(dated_steps, language, body,
                                                             expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")


RELEASES = [
    # a release's news goes on past its background: the dateline's day
    ("en", "eSafety fines Telegram\n\n24 February 2025\n\nAustralia's eSafety Commissioner has "
           "fined Telegram almost $1 million for failing to respond to questions.\n\neSafety "
           "issued transparency notices to Google, Meta and Telegram in March 2024. Telegram took "
           "more than five months to respond.\n\neSafety has also given Telegram a formal "
           "warning.\n", ("warning", "telegram", "2025-02-24")),
    # told as background: no day
    ("en", "eSafety fines Telegram\n\n24 February 2025\n\nAustralia's eSafety Commissioner has "
           "fined Telegram almost $1 million.\n\neSafety issued transparency notices to X in "
           "March 2024.\n\neSafety has also previously given X a formal warning.\n",
     ("warning", "x", None)),
]


@pytest.mark.parametrize(("language", "text", "expected"), RELEASES,
                         ids=[text[:30] + str(i) for i, (_, text, _) in enumerate(RELEASES)])
def test_a_step_also_announced_under_a_dateline_takes_its_day(dated_steps, language, text,
                                                               expected):
    found = dated_steps(dt.date(2025, 2, 24))(text, language, title=text.splitlines()[0])
    assert expected in found
