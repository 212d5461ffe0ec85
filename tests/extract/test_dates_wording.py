"""Date wordings of news reports and releases that left a dated step undated, or dated it
wrongly (issue 3, D6, guideline 6): where or to whom a step was announced, a day given in a
clause before a colon, another step of the lead sentence, present states, "le 5 courant".

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.dates import dateline_of

PUBLISHED = dt.date(2025, 3, 14)  # a Friday: Thursday is 13 March, Monday 10 March


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


# --- where or to whom the step was announced is not its sayer (announced_dates) -------------

@pytest.mark.parametrize(("text", "language"), [
    ("La CNIL a ouvert une enquête sur Temu : elle soupçonne la plateforme de collecter trop de "
     "données, a-t-elle indiqué lundi dans un communiqué.", "fr"),
    ("La CNIL a ouvert une enquête sur Temu : elle soupçonne la plateforme de collecter trop de "
     "données, a-t-elle indiqué lundi à l'AFP.", "fr"),
    ("The CMA has opened an investigation into Temu: it suspects the marketplace of misleading "
     "shoppers, the regulator said on Monday in a statement.", "en"),
])
def test_regression_a_closing_saying_with_its_place_dates_the_step(dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "temu", "2025-03-10")]


def test_guard_a_closing_saying_by_the_company_to_a_newspaper_dates_nothing(dated) -> None:
    text = ("La CNIL a ouvert une enquête sur Temu : elle soupçonne la plateforme de collecter "
            "trop de données, a indiqué lundi à l'AFP la société Temu.")
    assert dated(text, "fr") == [("investigation", "temu", None)]


# --- a day in a clause that names the step, before a colon (colon_dates) --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("X est devenu, jeudi 13 mars, la première plateforme sanctionnée au titre du règlement sur "
     "les services numériques : Bruxelles lui réclame 120 millions d'euros.",
     [("fine", "x", "2025-03-13")]),
    ("Meta est devenu, jeudi, la première entreprise condamnée à une amende au titre du DMA : la "
     "Commission lui réclame 200 millions d'euros.", [("fine", "meta", "2025-03-13")]),
])
def test_regression_a_day_before_a_colon_in_a_clause_naming_the_step_dates_it(
        dated, text, expected) -> None:
    assert dated(text, "fr") == expected


@pytest.mark.parametrize("text", [
    # the day of another event: a report handed over
    "Un rapport remis jeudi aux autorités le confirme : la CNIL a infligé une amende de 10 "
    "millions d'euros à Google.",
    # the clause before the colon names no step
    "Jeudi 13 mars, coup de théâtre à Bruxelles : Google a été condamné à une amende de 10 "
    "millions d'euros par un tribunal américain en 2023.",
])
def test_guard_a_day_before_a_colon_of_another_event_dates_nothing(dated, text) -> None:
    assert all(date != "2025-03-13" for _, _, date in dated(text, "fr"))


# --- a headline's step takes the day of the lead's step of its own kind (action_dates) -------

def test_regression_a_headline_fine_does_not_take_the_day_of_the_leads_probe(dated) -> None:
    text = ("Ofcom opened an investigation into 4chan on 10 June 2024.\nIt has since fined the "
            "forum £20,000 for failing to respond.")
    steps = dated("Ofcom fines 4chan\n" + text, "en", title="Ofcom fines 4chan")
    assert ("investigation", "4chan", "2024-06-10") in steps
    assert all(date != "2024-06-10" for kind, _, date in steps if kind == "fine")


# --- a step's announcement told in the active voice (step_dates) ----------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ofcom has fined 4chan £20,000 for failing to respond to information requests. The "
     "regulator announced the penalty on Thursday.", "en", [("fine", "4chan", "2025-03-13")]),
    ("La CNIL a sanctionné Google d'une amende de 10 millions d'euros. Elle a rendu publique sa "
     "décision jeudi.", "fr", [("fine", "google", "2025-03-13")]),
    # the company's announcement of its appeal is no day of the fine
    ("La CNIL a sanctionné Google d'une amende de 10 millions d'euros. La société a annoncé son "
     "recours jeudi.", "fr", [("fine", "google", None)]),
])
def test_regression_announcing_the_step_on_a_day_dates_it(dated, text, language,
                                                          expected) -> None:
    assert dated(text, language) == expected


# --- a headline's step stands for the lead's when only the headline was read (summarised_steps)

_PENALISES = "India's antitrust watchdog penalises Meta over WhatsApp privacy policy"
_LEAD = ("NEW DELHI - The Competition Commission of India has penalised Meta Platforms 213.14 "
         "crore rupees (about $25 million) over WhatsApp's 2021 privacy policy update.\n")


def test_regression_a_headline_fine_takes_the_day_of_the_order_that_also_directs(dated) -> None:
    text = (_LEAD + "In an order issued on Monday, the watchdog also directed WhatsApp not to "
            "share user data with other Meta companies.")
    steps = dated(f"{_PENALISES}\n{text}", "en", title=_PENALISES)
    assert ("fine", "meta", "2025-03-10") in steps
    assert ("order", "whatsapp", "2025-03-10") in steps


def test_guard_a_headline_fine_keeps_no_day_from_an_order_on_another_company(dated) -> None:
    text = (_LEAD + "In an order issued on Monday, the watchdog directed WhatsApp not to share "
            "user data with other Meta companies.")
    steps = dated(f"{_PENALISES}\n{text}", "en", title=_PENALISES)
    assert [date for kind, _, date in steps if kind == "fine"] == [None]


# --- a present state is no dated step (present_states) --------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("MOSCOU, 13 mars - Les appels vocaux passés via WhatsApp sont désormais partiellement "
     "bloqués en Russie, a confirmé jeudi Roskomnadzor, le régulateur russe des "
     "télécommunications.", "fr"),
    ("MOSCOU, 13 mars - L'accès à WhatsApp est désormais bloqué en Russie depuis le 4 mars, a "
     "confirmé jeudi Roskomnadzor.", "fr"),
])
def test_regression_a_present_state_takes_no_day_of_its_dateline_or_saying(
        dated, text, language) -> None:
    assert [date for kind, _, date in dated(text, language) if kind == "block"] == [None]


def test_guard_a_blocking_on_a_day_keeps_it_beside_a_present_state(dated) -> None:
    text = ("MOSCOU, 13 mars - Roskomnadzor a bloqué jeudi l'accès à WhatsApp, qui reste bloqué "
            "dans tout le pays.")
    assert [date for kind, _, date in dated(text, "fr") if kind == "block"] == ["2025-03-13"]


# --- datelines of wires and releases (dates.dateline_of) ------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("March 13, 2025 /PRNewswire/ -- The Federal Trade Commission today sued Amazon",
     (dt.date(2025, 3, 13), False)),
    ("March 13, 2025 (AP) — The Federal Trade Commission sued Amazon",
     (dt.date(2025, 3, 13), False)),
    ("For Release: March 13, 2025", (dt.date(2025, 3, 13), True)),
])
def test_dateline_of_wire_and_release_labels(line, expected) -> None:
    assert dateline_of(line, "en") == expected


def test_regression_today_under_a_wire_dateline_is_the_datelines_day(dated) -> None:
    text = ("March 12, 2025 /PRNewswire/ -- The Federal Trade Commission today sued Amazon over "
            "its Prime cancellation process.")
    assert dated(text, "en") == [("lawsuit", "amazon", "2025-03-12")]


# --- a decision told with its day, then its measures (decision_days) ------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ofcom issued its decision on Thursday. The regulator has fined 4chan £20,000 and ordered "
     "it to respond within ten days.", "en",
     [("fine", "4chan", "2025-03-13"), ("order", "4chan", "2025-03-13")]),
    ("The decision was adopted on 3 March. The CNIL fined Google €10 million for dropping "
     "cookies without consent.", "en", [("fine", "google", "2025-03-03")]),
    ("La décision a été adoptée le 3 mars. La CNIL a infligé à Google une amende de 10 millions "
     "d'euros.", "fr", [("fine", "google", "2025-03-03")]),
])
def test_regression_the_measures_after_a_dated_decision_take_its_day(
        dated, text, language, expected) -> None:
    assert dated(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the company's decision
    ("Meta announced its decision on 7 January to end fact-checking in the US. The European "
     "Commission fined Meta €200 million.", [("fine", "meta", None)]),
    # a probe is no measure of the decision
    ("The decision was adopted on 3 March. The European Commission has opened proceedings "
     "against Meta.", [("investigation", "meta", None)]),
    # background
    ("The decision was adopted on 3 March. The European Commission had already fined Meta "
     "€200 million.", [("fine", "meta", None)]),
])
def test_guard_a_dated_decision_of_another_or_another_step_dates_nothing(
        dated, text, expected) -> None:
    assert dated(text, "en") == expected


# --- a notice or a measure referred to with its day (step_dates) ----------------------------

@pytest.mark.parametrize("text", [
    "eSafety has issued X Corp with an infringement notice for $610,500. The notice was issued "
    "on Thursday.",
    "The Garante has ordered X Corp to stop processing the data of Italian users. The measure "
    "was adopted on Thursday.",
])
def test_regression_a_notice_or_measure_referred_to_with_its_day_dates_the_step(
        dated, text) -> None:
    assert [date for _, _, date in dated(text, "en")] == ["2025-03-13"]


# --- a date of another event in the step's sentence (other_events) --------------------------

@pytest.mark.parametrize(("text", "language", "kind"), [
    ("The CMA opened an investigation into Google, ahead of a hearing on 20 March.", "en",
     "investigation"),
    ("Ofcom has fined 4chan £20,000 for failing to answer a request sent on 10 June 2024.", "en",
     "fine"),
    ("La CNIL a infligé une amende de 10 millions d'euros à Google au titre de la loi entrée en "
     "vigueur le 1er janvier 2025.", "fr", "fine"),
])
def test_regression_a_date_of_another_event_is_not_the_steps(dated, text, language,
                                                             kind) -> None:
    assert [date for k, _, date in dated(text, language) if k == kind] == [None]


def test_guard_the_steps_own_date_beside_another_event_is_kept(dated) -> None:
    text = ("Ofcom fined 4chan £20,000 on 13 March for failing to answer a request sent on 10 June "
            "2024.")
    assert dated(text, "en") == [("fine", "4chan", "2025-03-13")]


# --- the company's spokesperson is not the body's (announced_dates) -------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ofcom has fined 4chan £20,000, a spokesperson for the forum said on Thursday.", "en", None),
    ("La CNIL a infligé une amende de 10 millions d'euros à Google, a indiqué jeudi un "
     "porte-parole de la société.", "fr", None),
    ("Ofcom has fined 4chan £20,000, a spokesperson for the regulator said on Thursday.", "en",
     "2025-03-13"),
])
def test_regression_a_closing_saying_by_the_companys_spokesperson_dates_nothing(
        dated, text, language, expected) -> None:
    assert [date for kind, _, date in dated(text, language) if kind == "fine"] == [expected]


# --- "le 5 courant": a day of the publication's month (relative_dates) ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("La CNIL a infligé le 5 courant une amende de 10 millions d'euros à Google.", "2025-03-05"),
    ("La CNIL a infligé le 12 du mois courant une amende de 10 millions d'euros à Google.",
     "2025-03-12"),
    # a day still to come this month is no day of a step taken
    ("La CNIL a infligé le 20 courant une amende de 10 millions d'euros à Google.", None),
])
def test_regression_a_day_of_the_current_month_dates_the_step(dated, text, expected) -> None:
    assert dated(text, "fr") == [("fine", "google", expected)]


# --- "a few days earlier" keeps the month when it cannot change (few_days) ------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Fin janvier, la Garante a ordonné à DeepSeek de cesser de traiter les données des "
     "utilisateurs italiens. Elle lui avait adressé une demande d'informations quelques jours "
     "plus tôt.", "fr", "2025-01"),
    ("On 20 January, the Garante ordered DeepSeek to stop processing the data of Italian users. "
     "It had sent the company a request for information a few days earlier.", "en", "2025-01"),
    # a few days before 3 January may be December
    ("On 3 January, the Garante ordered DeepSeek to stop processing the data of Italian users. "
     "It had sent the company a request for information a few days earlier.", "en", None),
    # a few days before another event
    ("On 20 January, the Garante ordered DeepSeek to stop processing the data of Italian users. "
     "It had sent the company a request for information a few days before the hearing.", "en",
     None),
])
def test_regression_a_few_days_apart_gives_the_month_it_cannot_leave(
        dated, text, language, expected) -> None:
    assert [d for kind, _, d in dated(text, language) if kind == "request_for_information"] \
        == [expected]


# --- a probe running "since" a date was opened then (running_probes) ------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("L'Office fédéral des ententes allemand examine lui aussi le dispositif ATT d'Apple depuis "
     "2022.", "fr", "2022"),
    ("The Federal Trade Commission has been investigating Amazon since March 2023.", "en",
     "2023-03"),
    # the date counts something else than the probe
    ("The Federal Trade Commission opened an investigation into Amazon, which has sold devices "
     "in the US since 2014.", "en", None),
])
def test_regression_a_probe_running_since_a_date_was_opened_then(
        dated, text, language, expected) -> None:
    assert [d for kind, _, d in dated(text, language) if kind == "investigation"] == [expected]


# --- a sibling decision in the next sentence (next_siblings) --------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("On Wednesday the European Commission fined Apple €500 million. Meta was fined €200 "
     "million.", "en"),
    ("Mercredi, la Commission européenne a infligé une amende de 500 millions d'euros à Apple. "
     "Meta a écopé d'une amende de 200 millions d'euros.", "fr"),
])
def test_regression_a_sibling_fine_in_the_next_sentence_takes_the_day(
        dated, text, language) -> None:
    assert dated(text, language) == [("fine", "apple", "2025-03-12"),
                                     ("fine", "meta", "2025-03-12")]


@pytest.mark.parametrize("text", [
    # background
    "On Wednesday the European Commission fined Apple €500 million. Meta had been fined €200 "
    "million.",
    # an old decision: not what the news is about
    "On 3 January 2025 the European Commission fined Apple €500 million. Meta was fined €200 "
    "million.",
])
def test_guard_a_sibling_told_as_background_or_after_an_old_decision_keeps_no_day(
        dated, text) -> None:
    assert [d for _, target, d in dated(text, "en") if target == "meta"] in ([], [None])


# --- "today" under a wire's dateline without a year (wire_datelines) ------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("LONDON, March 13 (Reuters) - Ofcom said today it had fined 4chan £20,000.", "en",
     "2025-03-13"),
    ("LONDON, March 13 (Reuters) - Ofcom said yesterday it had fined 4chan £20,000.", "en",
     "2025-03-12"),
    ("PARIS, 13 mars (Reuters) - La CNIL a annoncé aujourd'hui avoir infligé une amende de 10 "
     "millions d'euros à 4chan.", "fr", "2025-03-13"),
    # written on the publication day: nothing moves
    ("LONDON, March 14 (Reuters) - Ofcom said today it had fined 4chan £20,000.", "en",
     "2025-03-14"),
])
def test_regression_today_under_a_wire_dateline_counts_from_its_day(
        dated, text, language, expected) -> None:
    assert [d for kind, _, d in dated(text, language) if kind == "fine"] == [expected]


# --- a headline's step dated by its lead when the lead's step was not read (headline_dates) --

@pytest.mark.parametrize(("title", "lead", "language"), [
    ("EU fines Apple",
     "Apple was hit with a €500 million fine by EU antitrust regulators on Thursday.", "en"),
    ("Bruxelles sanctionne Apple",
     "Apple fait appel de l'amende de 500 millions d'euros infligée jeudi par la Commission "
     "européenne.", "fr"),
])
def test_regression_a_headline_step_takes_the_day_its_unread_lead_gives(
        dated, title, lead, language) -> None:
    steps = dated(f"{title}\n{lead}", language, title=title)
    assert [d for _, target, d in steps if target == "apple"] == ["2025-03-13"]


@pytest.mark.parametrize("lead", [
    # the day of another event
    "Apple was hit with a €500 million fine by EU antitrust regulators after a hearing on "
    "Thursday.",
    # the lead tells another company's step
    "Google was hit with a €500 million fine by EU antitrust regulators on Thursday.",
])
def test_guard_a_headline_step_takes_no_day_its_lead_gives_another_event(dated, lead) -> None:
    steps = dated(f"EU fines Apple\n{lead}", "en", title="EU fines Apple")
    assert [d for _, target, d in steps if target == "apple"] in ([None], [])


def test_guard_a_step_verb_after_the_hearing_keeps_the_steps_day() -> None:
    from regkg.extract.other_events import _another_event

    text = "The hearing judge ordered X Corp on Monday to hide the videos."
    assert not _another_event(text, text.index("on Monday"), "order")
    text = "The CMA opened an investigation into Google, ahead of a hearing on 20 March."
    assert _another_event(text, text.index("20 March"), "investigation")
