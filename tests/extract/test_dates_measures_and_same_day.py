"""Dates a step takes from the decision or the day told before it (issue 3, D9, guideline 6):
a measure told with "également"/"also" after its verb joins the fine just told, not a background
step told in between; "the same day" names the last day told, past a quote and a question
heading that tell none.

Every text is invented in the style of releases and explainers; each was written with its
expected date before the rules were run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le 12 janvier 2023, la CNIL a infligé une amende de 5 millions d'euros à TikTok. La CNIL "
     "enjoint également à TikTok de modifier son formulaire de consentement.",
     ("order", "tiktok", "2023-01-12")),
    ("Par une décision rendue le 19 décembre 2022, l'Autorité de la concurrence sanctionne "
     "Google à hauteur de 150 millions d'euros. L'affaire trouve son origine dans une saisine "
     "d'un éditeur dont le compte Google Ads avait été suspendu sans préavis en 2015. "
     "L'Autorité enjoint également à Google de clarifier ses règles.",
     ("order", "google", "2022-12-19")),
])
def test_regression_a_measure_told_verb_first_with_also_takes_the_fines_day(
        dated, text, expected) -> None:
    assert expected in dated(text, "fr")


def test_guard_a_measure_with_also_after_no_decision_keeps_no_day(dated) -> None:
    text = ("La CNIL a publié le 12 janvier 2023 un rapport sur les applications. La CNIL "
            "enjoint également à TikTok de modifier son formulaire de consentement.")
    assert ("order", "tiktok", None) in dated(text, "fr")


def test_regression_the_same_day_reaches_past_a_quote_and_a_heading(dated) -> None:
    text = ("Who decides?\n\nThe European Commission. On 6 September 2022, six companies "
            "became the first gatekeepers under the Digital Markets Act.\n\n"
            "\"Gatekeepers will no longer write their own rules,\" said Thierry Breton, the "
            "Commissioner for the Internal Market, on the day of the decision.\n\n"
            "Were any services left out?\n\nSeveral, at least at first. On the same day the "
            "Commission opened a market investigation into Microsoft's Bing search engine.")
    assert ("investigation", "microsoft", "2022-09-06") in dated(text, "en")


def test_guard_the_same_day_takes_no_day_when_the_last_sentence_tells_two(dated) -> None:
    text = ("Six companies were named on 5 September 2022 and their lists published on 7 "
            "September 2022. On the same day the Commission opened a market investigation into "
            "Microsoft's Bing search engine.")
    assert ("investigation", "microsoft", None) in dated(text, "en")


def test_regression_the_same_day_looks_past_a_relative_aside_with_its_own_month(dated) -> None:
    text = ("Facebook has been unreachable in Russia since 4 March 2022, when Roskomnadzor "
            "blocked it. Twitter, which the regulator had begun slowing down in late February, "
            "was cut off the same day.")
    found = dated(text, "en", published=dt.date(2022, 3, 12))
    assert found[-1] == ("block", "x", "2022-03-04")


def test_regression_a_probe_also_opened_takes_the_decisions_adopted_day(dated) -> None:
    text = ("ROME – La Garante per la protezione dei dati personali ne lâche pas les robots. "
            "L'autorité italienne a annoncé lundi avoir sanctionné d'une amende de 5 millions "
            "d'euros la société américaine Luka Inc., qui développe Replika. La décision, "
            "adoptée le 10 avril, reproche à l'entreprise de ne pas avoir vérifié l'âge des "
            "utilisateurs. Le régulateur a également ouvert une nouvelle instruction visant "
            "Luka.")
    found = dated(text, "fr", published=dt.date(2025, 5, 20))
    assert ("investigation", "luka", "2025-04-10") in found
    assert ("investigation", "luka", "2025-05-19") not in found


def test_guard_a_probe_also_opened_into_another_company_keeps_no_day(dated) -> None:
    text = ("La CNIL a infligé le 3 février une amende de 5 millions d'euros à Google. Elle a "
            "également ouvert une enquête visant Meta.")
    assert ("investigation", "meta", None) in dated(text, "fr")
