"""Wrong facts: words that name a step nobody took (issue 3, session 12; guidelines 1-4).

A step asked of a court or sought in a suit ("is seeking ... an order barring X"), a condition
for lifting a measure ("until the app pays the fines it owes"), a provisional intent ("minded
to fine", "invited the company to make representations"), a demand that another body act,
even with an adverb before its "that"/"que", and the charge a suit states ("sued X, accusing it
of ...") are no step of their own. Each veto has positive guards that must stay found.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

FTC, DOJ, ACCC = ("Federal Trade Commission", "US Department of Justice",
                  "Australian Competition and Consumer Commission")
ICO, SEC, CNIL = "Information Commissioner's Office", "Securities and Exchange Commission", "CNIL"
NM_AG = "New Mexico Attorney General"


def _text(body: str) -> str:
    return "Headline\n\n" + body


# --- a measure sought from a court is the suit's aim, not an order taken -------------------

@pytest.mark.parametrize(("body", "language"), [
    ("The FTC is seeking civil penalties and an injunction barring Amazon from using dark "
     "patterns.", "en"),
    ("The Justice Department is seeking damages and a court order requiring Google to "
     "sell Chrome.", "en"),
    ("The SEC sought disgorgement, penalties and an order barring Coinbase from further "
     "violations.", "en"),
    ("The ACCC is seeking declarations, penalties and an order restraining Google from "
     "misleading consumers.", "en"),
])
def test_regression_a_measure_sought_is_no_order(labelled, body, language) -> None:
    assert labelled(_text(body), language) == set()


@pytest.mark.parametrize(("body", "language", "expected"), [
    # the suit stays, its aim is no order
    ("The ACCC sued Google in the Federal Court on 12 May 2023, seeking penalties and an order "
     "restraining it from misleading users.", "en", {("lawsuit", ACCC, ("Google",))}),
    # a body's own order after a suit it won
    ("The FTC ordered Amazon on 3 March 2024 to stop using dark patterns.", "en",
     {("order", FTC, ("Amazon",))}),
])
def test_a_suit_or_an_order_given_stays_found(labelled, body, language, expected) -> None:
    assert labelled(_text(body), language) == expected


# --- a condition for lifting a measure is no step -----------------------------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Roskomnadzor ordered the suspension of Telegram on 2 March 2024, until the app obeys all "
     "court orders, pays the fines it owes and names a representative.", "en",
     {("block", "Roskomnadzor", ("Telegram",))}),
    ("Roskomnadzor a ordonné le 2 mars 2024 la suspension de Telegram, jusqu'à ce que "
     "l'application respecte toutes les décisions, paie les amendes dues et nomme un "
     "représentant.", "fr", {("block", "Roskomnadzor", ("Telegram",))}),
    ("Roskomnadzor ordered the suspension of Telegram on 2 March 2024, unless the app obeys "
     "all court orders and pays the fines it owes.", "en",
     {("block", "Roskomnadzor", ("Telegram",))}),
])
def test_regression_a_lifting_condition_states_no_fine(labelled, body, language,
                                                        expected) -> None:
    assert labelled(_text(body), language) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Roskomnadzor blocked Telegram on 16 April 2018 until further notice.", "en",
     {("block", "Roskomnadzor", ("Telegram",))}),
    ("Until then, Ofcom had fined OnlyFans £1.05 million on 28 March 2025.", "en",
     {("fine", "Ofcom", ("OnlyFans",))}),
    # a capacity, no condition
    ("L'Arcom, en tant qu'autorité de régulation, a mis en demeure Pornhub le 3 mars 2025.",
     "fr", {("order", "Arcom", ("Pornhub",))}),
])
def test_until_as_a_time_bound_keeps_the_step(labelled, body, language, expected) -> None:
    assert labelled(_text(body), language) == expected


# --- a provisional intent and a right of reply are no fine and no call ---------------------

@pytest.mark.parametrize(("body", "language"), [
    ("In May 2023 the ICO said it was minded to impose a fine of £27 million on TikTok and "
     "invited the company to make representations.", "en"),
    ("The ICO said on 4 October 2022 that it was minded to fine Clearview AI £17 million and "
     "invited it to respond.", "en"),
    ("L'autorité a indiqué le 4 octobre 2022 avoir l'intention d'infliger une amende à "
     "Clearview AI et l'a invitée à présenter ses observations.", "fr"),
])
def test_regression_a_provisional_intent_is_no_fine(labelled, body, language) -> None:
    assert labelled(_text(body), language) == set()


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The ICO fined TikTok £12.7 million on 4 April 2023.", "en",
     {("fine", ICO, ("TikTok",))}),
    ("The European Commission on 8 May 2024 called on TikTok to suspend its reward programme.",
     "en", {("statement", "European Commission", ("TikTok",))}),
])
def test_a_fine_imposed_or_a_call_to_act_stays_found(labelled, body, language,
                                                       expected) -> None:
    assert labelled(_text(body), language) == expected


# --- a demand that another body act, with an adverb before its "that" / "que" --------------

@pytest.mark.parametrize(("body", "language"), [
    ("Consumer groups demanded again that the FTC investigate Temu.", "en"),
    ("Les associations de consommateurs réclament désormais que la CNIL enquête sur Temu.",
     "fr"),
    ("Les éditeurs exigent aussi que l'Arcom sanctionne Google.", "fr"),
    ("Les syndicats de chauffeurs souhaitent également que la KFTC enquête sur Kakao.",
     "fr"),
])
def test_regression_a_third_partys_demand_is_no_step(labelled, body, language) -> None:
    assert labelled(_text(body), language) == set()


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("La CNIL exige désormais que Temu cesse de collecter ces données.", "fr",
     {("order", CNIL, ("Temu",))}),
    ("La CNIL a ouvert une enquête sur Temu le 3 mars 2024.", "fr",
     {("investigation", CNIL, ("Temu",))}),
])
def test_a_bodys_own_demand_or_probe_stays_found(labelled, body, language, expected) -> None:
    assert labelled(_text(body), language) == expected


# --- the charge a suit states is no investigation of its own --------------------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The New Mexico attorney general sued Snap on 5 September 2024, accusing the company of "
     "failing to protect children.", "en", {("lawsuit", NM_AG, ("Snap",))}),
    ("The SEC sued Coinbase on 6 June 2023, accusing it of violating securities laws.", "en",
     {("lawsuit", SEC, ("Coinbase",))}),
    ("The FTC filed a complaint against Amazon on 21 June 2023, accusing it of breaching "
     "consumer law.", "en", {("lawsuit", FTC, ("Amazon",))}),
])
def test_regression_a_suits_charge_is_no_investigation(labelled, body, language,
                                                        expected) -> None:
    assert labelled(_text(body), language) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The European Commission accused Meta of breaching the Digital Markets Act on 1 July "
     "2024.", "en", {("investigation", "European Commission", ("Meta",))}),
    ("The European Commission accused X of breaching the Digital Services Act on 12 July "
     "2024.", "en", {("investigation", "European Commission", ("X",))}),
])
def test_a_regulators_accusation_stays_a_finding(labelled, body, language, expected) -> None:
    assert labelled(_text(body), language) == expected
