"""A platform's commitment answers the authority it dealt with (issue 3, session 16).

Guideline 4 of the corpus counts "changes a platform agrees to in answer to an authority" as a
`commitment` (actor = the company, jurisdiction = the authority it answered). The authority is
often named only by the dealings that led to the change: "After talks with Ofcom, Snapchat
agreed to ...", "À la demande de l'Autorité de la concurrence, Meta a accepté de ...", or a
meeting told the sentence before ("L'Arcom a convoqué les dirigeants de Kick. La plateforme
s'est alors engagée à ..."): dealing_bodies.py. The verb of what the platform agreed to do
("agreed to suspend TikTok Lite") is its own doing, no block of the body it answered
(commitments.agreed_step).

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
Each case failed before the change, or is a trap that must keep its (right) result.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 3, 6)


@pytest.fixture(scope="module")
def placed(placed_facts):
    """placed(body, language) -> {(type, actor label, jurisdiction, target labels)}."""
    return placed_facts(DAY)


def _commitment(company: str, code: str) -> tuple[object, ...]:
    return ("commitment", company, code, (company,))


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("After talks with Ofcom, Snapchat agreed on Monday to add age checks for British users.",
     "en", _commitment("Snapchat", "GB")),
    ("Following weeks of discussions with the Australian Competition and Consumer Commission, "
     "Google has agreed to stop its default search deals with Telstra and Optus.",
     "en", _commitment("Google", "AU")),
    ("At the request of the European Commission, TikTok agreed to remove the rewards feature "
     "from the EU version of its app.", "en", _commitment("TikTok", "EU")),
    ("The Irish Data Protection Commission met Meta executives in Dublin on Friday. The company "
     "then agreed to pause the training of its models on European posts.",
     "en", _commitment("Meta", "IE")),
    ("Après des discussions avec la CNIL, Google s'est engagé mardi à modifier son bandeau "
     "cookies.", "fr", _commitment("Google", "FR")),
    ("À la demande de l'Autorité de la concurrence, Meta a accepté de revoir ses conditions "
     "d'accès aux données publicitaires.", "fr", _commitment("Meta", "FR")),
    ("L'Arcom a convoqué mardi les dirigeants de Kick. La plateforme s'est alors engagée à "
     "renforcer sa modération en français.", "fr", _commitment("Kick.com", "FR")),
])
def test_commitment_answers_the_body_dealt_with(placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language"), [
    # dealings with anyone but an authority: no answer to an authority
    ("After talks with its bankers, TikTok agreed to sell its US unit.", "en"),
    ("After talks with Meta, Apple agreed to open its NFC chip to rival wallets.", "en"),
    ("Après des discussions avec ses actionnaires, Shein a accepté de retarder son entrée en "
     "Bourse.", "fr"),
    # a possibility, and a payment, are no commitment
    ("After talks with Ofcom, Snapchat said it could agree to add age checks.", "en"),
    ("Après des discussions avec la CNIL, Google pourrait s'engager à modifier son bandeau "
     "cookies.", "fr"),
])
def test_no_commitment_without_an_authority_or_a_change(placed, body, language):
    assert not {step for step in placed(body, language) if step[0] == "commitment"}


@pytest.mark.parametrize(("body", "language", "company", "code"), [
    ("At the request of the European Commission, TikTok agreed to suspend TikTok Lite in the "
     "EU.", "en", "TikTok", "EU"),
    ("À la demande de la Commission européenne, TikTok a accepté de suspendre TikTok Lite dans "
     "l'UE.", "fr", "TikTok", "EU"),
    ("After talks with Ofcom, Telegram agreed to block the channels in Britain.", "en",
     "Telegram", "GB"),
])
def test_regression_what_a_platform_agreed_to_do_is_no_step_of_the_body(placed, body, language,
                                                                        company, code):
    """'agreed to suspend TikTok Lite' was a block of the Commission on TikTok."""
    assert placed(body, language) == {_commitment(company, code)}


def test_a_body_step_after_the_platforms_agreement_stays(placed):
    steps = placed("TikTok agreed to change its feed, and Ofcom blocked the app on Monday.", "en")
    assert ("block", "Ofcom", "GB", ("TikTok",)) in steps
