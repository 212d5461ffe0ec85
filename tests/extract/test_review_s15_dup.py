"""Review of session 15 (issue 3): mechanisms written twice, and the wrong facts they let by.

- A decision's day told in a later sentence: a day far before the day the step was reported
  ("it said on Tuesday") tells another decision, not this one (guideline 6: `date` is when the
  authority acted); the rule that reads the next sentence keeps the same bound as the one that
  reads a few sentences on (`decided_later.MAX_GAP`).
- A request "asked by a court / lawmakers / reporters" is no body's request, wherever the agent
  stands between the asking verb and "to provide" / "de fournir" (one veto for every request
  rule of actions.yaml).
"""

from __future__ import annotations

import pytest

# (language, published, text, type, target, date the step must have)
DECIDED_DAYS = [
    pytest.param("en", "2025-05-14", "The CNIL fined Google €5 million, it said on Tuesday. The "
                 "sanction was decided on 3 January 2023 by its restricted committee.", "fine",
                 "Google", "2025-05-13", id="regression_decided_day_long_before_the_report_en"),
    pytest.param("fr", "2025-05-14", "La CNIL a infligé une amende de 5 millions d'euros à "
                 "Google, a-t-elle annoncé mardi. La sanction a été prononcée le 3 janvier 2023 "
                 "par sa formation restreinte.", "fine", "Google", "2025-05-13",
                 id="regression_decided_day_long_before_the_report_fr"),
    pytest.param("en", "2024-03-06", "The Dutch Data Protection Authority fined Uber €10 million, "
                 "it said on Monday. The decision was adopted on 22 February.", "fine", "Uber",
                 "2024-02-22", id="trap_decided_day_weeks_before_the_report_en"),
    pytest.param("fr", "2024-03-06", "La CNIL a infligé une amende de 2 millions d'euros à "
                 "Criteo, a-t-elle annoncé lundi. La décision a été adoptée le 20 février.",
                 "fine", "Criteo", "2024-02-20",
                 id="trap_decided_day_weeks_before_the_report_fr"),
]


@pytest.mark.parametrize(("language", "published", "text", "kind", "target", "date"),
                         DECIDED_DAYS)
def test_regression_a_decided_day_far_before_the_report_is_another_decision(
        rows, language, published, text, kind, target, date):
    found = [r for r in rows(text, language, published)
             if r["type"] == kind and r["target"] == target]
    assert found, f"no {kind} on {target}"
    assert found[0]["date"] == date


# (language, text, the type that must be absent)
ASKED_BY_OTHERS = [
    pytest.param("en", "India's IT ministry ordered TikTok to remove the videos. TikTok was asked "
                 "last month by a Delhi court to provide data on the accounts.",
                 id="regression_asked_last_month_by_a_court_en"),
    pytest.param("en", "Ofcom fined 4chan £20,000. 4chan was asked on Monday by British "
                 "lawmakers to provide details of its moderation.",
                 id="regression_asked_on_a_day_by_lawmakers_en"),
    pytest.param("en", "Meta was requested in a letter by a federal judge to submit documents on "
                 "its ad targeting.", id="regression_requested_by_a_judge_en"),
    pytest.param("fr", "TikTok a été prié la semaine dernière par un tribunal de Delhi de fournir "
                 "des données sur les comptes.", id="regression_prie_par_un_tribunal_fr"),
    pytest.param("fr", "Meta a été invité lundi par des députés à fournir des informations sur "
                 "ses algorithmes.", id="regression_invite_par_des_deputes_fr"),
]


@pytest.mark.parametrize(("language", "text"), ASKED_BY_OTHERS)
def test_regression_asked_by_a_court_or_lawmakers_is_no_request(rows, language, text):
    found = [r for r in rows(text, language, "2025-05-14")
             if r["type"] == "request_for_information"]
    assert not found, found


ASKED_BY_A_BODY = [
    pytest.param("en", "Meta was asked last month by the European Commission to provide "
                 "information on its election measures.", "Meta",
                 id="trap_asked_by_the_commission_en"),
    pytest.param("en", "The European Commission asked Meta to provide information on its "
                 "recommender systems.", "Meta", id="trap_active_request_en"),
    pytest.param("fr", "Meta a été prié lundi par la Commission européenne de fournir des "
                 "informations sur ses algorithmes.", "Meta", id="trap_prie_par_la_commission_fr"),
]


@pytest.mark.parametrize(("language", "text", "target"), ASKED_BY_A_BODY)
def test_a_request_by_a_body_stays(rows, language, text, target):
    found = [r for r in rows(text, language, "2025-05-14")
             if r["type"] == "request_for_information" and r["target"] == target]
    assert found
