"""The windows of the date policies (issue 3, point 5) against invented counter-examples: a
decision some weeks before publication, two decisions of one body on different days. A measure
or a sibling never takes a day the text does not settle: null rather than a wrong day.

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 22)


@pytest.fixture
def steps(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language"), [
    ("On 13 May 2024, the CNIL fined Google €10 million. On 16 May 2024, the CNIL fined Google "
     "€5 million for other breaches. The CNIL ordered Google to comply within three months.",
     "en"),
    ("Le 13 mai 2024, la CNIL a infligé une amende de 10 millions d'euros à Google. Le 16 mai "
     "2024, la CNIL a infligé une amende de 5 millions d'euros à Google. La CNIL a ordonné à "
     "Google de se mettre en conformité.", "fr"),
])
def test_regression_a_measure_after_two_decisions_on_two_days_keeps_no_day(
        steps, text, language) -> None:
    assert steps(text, language)[-1] == ("order", "google", None)


@pytest.mark.parametrize(("text", "expected"), [
    # three weeks before publication: beyond the fortnight of a measure
    ("On 1 May 2024, the CNIL fined Google €10 million. The CNIL ordered Google to delete the "
     "data.", ("order", "google", None)),
    # the body's latest decision is on another company
    ("On 13 May 2024, the CNIL fined Google €10 million. On 16 May 2024, the CNIL fined "
     "Facebook €5 million. The CNIL ordered Google to comply within three months.",
     ("order", "google", None)),
    # the body's latest step is no decision
    ("On 13 May 2024, the CNIL fined Google €10 million. On 20 May 2024, the CNIL opened an "
     "investigation into Google. The CNIL ordered Google to comply within three months.",
     ("order", "google", None)),
    # more than four sentences back
    ("On 13 May 2024, the CNIL fined Google €10 million. Google said it would appeal. Google "
     "has 30 days to appeal. The company disputed the findings. The company said it respects "
     "privacy. The CNIL ordered Google to comply within three months.",
     ("order", "google", None)),
    # two fines of one amount on two days: the restatement is neither
    ("Ofcom fined 4chan £20,000 on 13 May 2024. Ofcom fined 4chan £20,000 on 16 May 2024 for a "
     "second breach. Ofcom has fined 4chan £20,000 for failing to respond.",
     ("fine", "4chan", None)),
])
def test_guard_a_window_counter_example_gets_no_day(steps, text, expected) -> None:
    assert steps(text, "en")[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 14 May 2024, the CNIL fined Google €10 million. The CNIL ordered Google to delete the "
     "data.", [("fine", "google", "2024-05-14"), ("order", "google", "2024-05-14")]),
    ("Ofcom opened an investigation into 4chan on 13 May 2024. The day before, Ofcom had fined "
     "4chan.", [("investigation", "4chan", "2024-05-13"), ("fine", "4chan", "2024-05-12")]),
    ("On 13 May 2024, the CNIL fined Google €10 million. On 16 May 2024, the CNIL fined Google "
     "€5 million. The CNIL has fined Google €10 million for cookies.",
     [("fine", "google", "2024-05-13"), ("fine", "google", "2024-05-16")]),
])
def test_guard_a_window_still_dates_the_step_it_settles(steps, text, expected) -> None:
    assert steps(text, "en") == expected


# --- neighbouring sentences: a later step and a publication day -----------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    # a counted time from the one day the sentence before gives is a day (few_days)
    ("On 14 May, the CNIL fined Google €50 million. Two days later, it ordered Google to "
     "comply.", "en", [("fine", "google", "2024-05-14"), ("order", "google", "2024-05-16")]),
    ("La CNIL a infligé une amende à Google. Cette sanction, rendue publique lundi, avait été "
     "prononcée le 14 mai.", "fr", [("fine", "google", None)]),
])
def test_regression_a_later_step_or_a_publication_day_gives_no_wrong_day(
        steps, text, language, expected) -> None:
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La CNIL a infligé une amende de 50 millions d'euros à Google. Cette sanction, prononcée "
     "le 14 mai, a été rendue publique lundi.", "fr", [("fine", "google", "2024-05-14")]),
    # the probe opened in 2020 is a step of its own (background_openings), the fine keeps 4 March
    ("The Commission fined Apple €1.8 billion. The decision, adopted on 4 March, follows an "
     "investigation opened in 2020.", "en",
     [("fine", "apple", "2024-03-04"), ("investigation", "apple", "2020")]),
    ("The CNIL fined Google €50 million on Monday. On Tuesday, Google said it would appeal the "
     "fine.", "en", [("fine", "google", "2024-05-20")]),
    # the authority's announcement dates its step when the text gives no other day
    ("The CNIL fined Google €50 million. The fine, announced on Monday, follows a complaint.",
     "en", [("fine", "google", "2024-05-20")]),
    # the probe's opening, told only here, is a step of its own (target_context, as tests/broad
    # 706 "The CMA opened its investigation in January"); the fine keeps no day
    ("Ofcom fined 4chan £20,000. The regulator had opened its investigation on 10 June 2023.",
     "en", [("fine", "4chan", None), ("investigation", "4chan", "2023-06-10")]),
])
def test_guard_neighbouring_sentences_keep_the_right_day(steps, text, language,
                                                         expected) -> None:
    assert steps(text, language) == expected
