"""Telecom carriers told to cut access carry out the body's block (issue 3, session 18).

House convention: "ordered internet service providers to block X", "a ordonné aux opérateurs de
bloquer X" are the body's block of X. The same holds when the carriers are named by their
company names ("ordered Safaricom to block Telegram", "a ordonné à Orange et Free de couper
TikTok"): the block's target is the platform, never the carrier (data/patterns/carriers.yaml).
A carrier stays the target of its own sanction ("fined Safaricom", "ordered Safaricom to refund
customers"). Throttling a platform restricts access to it, a block as "restricted access to X"
is. Invented sentences in the style of wire copy and African, Turkish, Russian, French news.
"""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2025, 3, 6)
CARRIERS = {"safaricom", "airtel", "telkom", "mtn", "turkcell", "vodafone", "glo", "vodacom",
            "halotel", "orange", "free", "sonatel", "expresso", "djezzy", "mobilis", "ooredoo",
            "inwi", "rostelecom", "megafon", "beeline", "mts", "grameenphone", "robi", "sfr",
            "bouygues-telecom", "maroc-telecom", "türk-telekom", "mtn-uganda", "9mobile"}


@pytest.fixture
def steps(short_steps):
    return short_steps(D)


def _blocks(found):
    return {f for f in found if f[0] == "block"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Kenya's Communications Authority ordered Safaricom to block Telegram during the national "
     "exams.", "en", ("block", "communications-authority-of-kenya", "telegram")),
    ("The Uganda Communications Commission ordered MTN and Airtel to block Facebook on Tuesday.",
     "en", ("block", "ucc-uganda", "facebook")),
    ("The Communications Authority of Kenya directed Safaricom, Airtel and Telkom to suspend "
     "access to Telegram on Thursday.", "en",
     ("block", "communications-authority-of-kenya", "telegram")),
    ("Turkey's BTK ordered Turkcell, Vodafone and Türk Telekom to restrict access to X on "
     "Friday.", "en", ("block", "btk", "x")),
    ("The Nigerian Communications Commission instructed MTN, Glo, Airtel and 9mobile to block "
     "Twitter on Saturday.", "en", ("block", "ncc-nigeria", "x")),
    ("The Tanzania Communications Regulatory Authority told Vodacom and Halotel to cut off "
     "access to X on Monday.", "en", ("block", "tcra", "x")),
    ("Bangladesh's BTRC asked Grameenphone, Robi and Banglalink to shut down Facebook on "
     "Friday.", "en", ("block", "btrc", "facebook")),
    ("The Uganda Communications Commission ordered MTN Uganda and its subsidiaries to block "
     "Facebook on Tuesday.", "en", ("block", "ucc-uganda", "facebook")),
    ("Roskomnadzor ordered Rostelecom, MTS, Beeline and MegaFon to block Telegram.", "en",
     ("block", "roskomnadzor", "telegram")),
    ("Le gouvernement sénégalais a ordonné à Orange et Free de couper TikTok mardi.", "fr",
     ("block", "senegal-ministry-of-communication", "tiktok")),
    ("L'ARTP a ordonné mardi à Sonatel, Free et Expresso de suspendre l'accès à TikTok.", "fr",
     ("block", "artp-senegal", "tiktok")),
    ("Le gouvernement algérien a enjoint à Djezzy, Mobilis et Ooredoo de couper l'accès à "
     "Facebook jeudi.", "fr", ("block", "algeria-government", "facebook")),
    ("L'ANRT a ordonné à Maroc Telecom, Orange et Inwi de bloquer Telegram vendredi.", "fr",
     ("block", "anrt-morocco", "telegram")),
    ("Le gouvernement sénégalais a ordonné à Orange et aux autres opérateurs de couper TikTok "
     "mardi.", "fr", ("block", "senegal-ministry-of-communication", "tiktok")),
    ("Le gouvernement sénégalais a demandé aux opérateurs Orange, Free et Expresso de suspendre "
     "TikTok.", "fr", ("block", "senegal-ministry-of-communication", "tiktok")),
    # a provider that is a reference entity (Starlink) is no target of the block either
    ("Brazil's Supreme Federal Court ordered Starlink and Claro to block Rumble on Saturday.",
     "en", ("block", "brazil-supreme-court", "rumble")),
    ("Indonesia's communications ministry ordered Telkomsel, Indosat and XL Axiata to block "
     "Telegram on Friday.", "en", ("block", "komdigi", "telegram")),
])
def test_carriers_named_and_told_to_cut_access_carry_out_the_bodys_block(steps, text, language,
                                                                         expected):
    found = steps(text, language)
    assert expected in found
    assert not [f for f in found if f[2] in CARRIERS | {"starlink"}], found
    assert not [f for f in found if f[0] == "order"], found


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Carriers told to throttle a platform: a block, as "a ordonné aux opérateurs de restreindre
    # l'usage de Facebook" is (sleet 1027 gold) and "ordonne de brider Facebook" (actions.yaml).
    ("The Uganda Communications Commission ordered MTN and Airtel to throttle Facebook on "
     "Tuesday.", "en", ("block", "ucc-uganda", "facebook")),
    ("Turkey's BTK told Turkcell and Vodafone to slow down access to X on Friday.", "en",
     ("block", "btk", "x")),
    ("L'ARTP a ordonné à Sonatel et Free de brider TikTok mardi.", "fr",
     ("block", "artp-senegal", "tiktok")),
])
def test_carriers_told_to_throttle_a_platform_carry_out_a_block(steps, text, language,
                                                               expected):
    found = steps(text, language)
    assert expected in found
    assert not [f for f in found if f[2] in CARRIERS], found


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A body's own throttling of a platform is its block: the later house gold says so (tests/
    # gale/README.md: "Slowing down a platform is a `block` (1127, as hail 1034's degrading)"),
    # overruling the earlier broad 702 and cold notes ("throttling is not a block"), whose
    # texts tell it with nouns no trigger reads ("YouTube throttling"). Session 19 (shutdowns):
    # data/patterns/shutdowns.yaml reads the verb with a named platform or access as object.
    ("The Uganda Communications Commission throttled Facebook on Tuesday.", "en",
     ("block", "ucc-uganda", "facebook")),
    ("Russia's Roskomnadzor has been throttling YouTube since August.", "en",
     ("block", "roskomnadzor", "youtube")),
    ("Le BTK a ralenti l'accès à Instagram mercredi.", "fr", ("block", "btk", "instagram")),
])
def test_a_body_throttling_a_platform_itself_is_its_block(steps, text, language, expected):
    assert _blocks(steps(text, language)) == {expected}


@pytest.mark.parametrize(("text", "language"), [
    ("Ofcom throttled its own spending on Tuesday.", "en"),
    ("The BTK throttled back its review of the merger on Tuesday.", "en"),
    ("The Uganda Communications Commission said the new rules throttled competition among "
     "carriers.", "en"),
    ("Roskomnadzor a ralenti l'examen du dossier de Telegram.", "fr"),
    ("L'Arcep a bridé les ambitions tarifaires des opérateurs.", "fr"),
])
def test_throttling_what_is_no_platform_is_no_block(steps, text, language):
    assert not _blocks(steps(text, language))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Communications Authority of Kenya fined Safaricom 50 million shillings on Tuesday.",
     "en", ("fine", "communications-authority-of-kenya", "safaricom")),
    ("Kenya's Communications Authority ordered Safaricom to refund customers.", "en",
     ("order", "communications-authority-of-kenya", "safaricom")),
    ("L'Arcep a ordonné à Orange de rembourser ses clients mardi.", "fr",
     ("order", "arcep", "orange")),
    # a name of the carrier's own product is no platform cut off
    ("The Communications Authority of Kenya ordered Safaricom to suspend M-Pesa charges on "
     "Tuesday.", "en", ("order", "communications-authority-of-kenya", "safaricom")),
])
def test_a_carrier_stays_the_target_of_its_own_sanction(steps, text, language, expected):
    found = steps(text, language)
    assert expected in found
    assert not _blocks(found)


@pytest.mark.parametrize(("text", "language"), [
    # the carrier's own products or conduct suspended: no platform cut off
    ("The Uganda Communications Commission ordered MTN to suspend its new data bundles.", "en"),
    ("The Communications Authority of Kenya ordered Safaricom to suspend the sale of SIM cards.",
     "en"),
    ("L'Arcep a ordonné à Orange de suspendre ses nouvelles offres.", "fr"),
    ("L'ARTP a ordonné à Sonatel de couper ses tarifs d'itinérance.", "fr"),
    ("The Nigerian Communications Commission ordered MTN to block unregistered SIM cards.",
     "en"),
    ("The Uganda Communications Commission ordered Airtel to throttle its unlimited plans.",
     "en"),
])
def test_a_carrier_told_to_stop_its_own_conduct_blocks_nothing(steps, text, language):
    assert not _blocks(steps(text, language))


@pytest.mark.parametrize(("text", "language"), [
    # asked of the body, threatened, asked by others: no step taken
    ("The opposition asked the Communications Authority of Kenya to order Safaricom to block "
     "Telegram.", "en"),
    ("Lawmakers urged the Uganda Communications Commission to order MTN and Airtel to block "
     "Facebook.", "en"),
    ("The Uganda Communications Commission could order MTN and Airtel to block Facebook.", "en"),
    ("Activists asked Safaricom and Airtel to block Telegram.", "en"),
    ("L'opposition a demandé à l'ARTP d'ordonner à Orange de bloquer TikTok.", "fr"),
    ("Le gouvernement sénégalais pourrait ordonner à Orange et Free de couper TikTok.", "fr"),
])
def test_a_carrier_block_asked_for_or_threatened_is_no_step(steps, text, language):
    assert not _blocks(steps(text, language))


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A carrier reporting the cut it made on a named body's orders: the body's block.
    ("Safaricom said on Tuesday it had suspended access to Telegram on the orders of the "
     "Communications Authority of Kenya.", "en",
     ("block", "communications-authority-of-kenya", "telegram")),
    ("MTN said it had blocked Facebook on the instructions of the Uganda Communications "
     "Commission.", "en", ("block", "ucc-uganda", "facebook")),
    ("Orange a indiqué avoir bloqué TikTok sur ordre de l'ARTP.", "fr",
     ("block", "artp-senegal", "tiktok")),
    ("Les opérateurs ont coupé l'accès à Facebook sur instruction du gouvernement sénégalais.",
     "fr", ("block", "senegal-ministry-of-communication", "facebook")),
])
def test_a_carrier_cutting_access_on_a_bodys_orders_reports_its_block(steps, text, language,
                                                                      expected):
    found = steps(text, language)
    assert expected in found
    assert not [f for f in found if f[2] in CARRIERS or f[1] in CARRIERS], found


@pytest.mark.parametrize(("text", "language"), [
    # A platform withholding accounts on an order blocks no platform: not a block of itself.
    ("X blocked 8,000 accounts in India on Tuesday following an order from India's Ministry of "
     "Electronics and Information Technology.", "en"),
    ("X said it had blocked 8,000 accounts in India on the orders of the Indian government.",
     "en"),
    ("X a bloqué 8 000 comptes en Inde sur ordre du gouvernement indien.", "fr"),
])
def test_a_platform_withholding_accounts_on_orders_is_no_block_of_itself(steps, text,
                                                                         language):
    assert not _blocks(steps(text, language))


def test_a_carrier_reporting_a_cut_on_an_unnamed_bodys_orders_names_no_step(steps):
    found = steps("MTN said it had blocked Facebook on the regulator's orders.", "en")
    assert not [f for f in found if f[1] in CARRIERS or f[2] in CARRIERS], found


@pytest.mark.parametrize(("text", "language"), [
    # The carriers told to cut access to what no name gives: no order on the carriers.
    ("Le tribunal judiciaire de Paris a ordonné à Orange, SFR, Free et Bouygues Telecom de "
     "bloquer l'accès à 26 sites.", "fr"),
    ("Le tribunal judiciaire de Paris a ordonné à Orange et SFR de bloquer Coco.", "fr"),
    ("The Communications Authority of Kenya ordered Safaricom and Airtel to block access to 26 "
     "betting sites on Tuesday.", "en"),
])
def test_carriers_told_to_cut_access_are_no_targets_even_when_the_platform_is_unknown(
        steps, text, language):
    found = steps(text, language)
    assert not [f for f in found if f[2] in CARRIERS], found


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The platform named before: "the app", "l'application" is the one the article names.
    ("Kenya probe\n\nThe Communications Authority of Kenya opened an investigation into Telegram "
     "on Monday. On Tuesday it ordered Safaricom and Airtel to block the app.", "en",
     ("block", "communications-authority-of-kenya", "telegram")),
    ("Sénégal\n\nL'ARTP a ouvert une enquête sur TikTok lundi. Mardi, elle a ordonné à Orange "
     "et Free de bloquer l'application.", "fr", ("block", "artp-senegal", "tiktok")),
])
def test_carriers_told_to_block_the_platform_named_before_block_it(steps, text, language,
                                                                   expected):
    found = steps(text, language)
    assert expected in found
    assert not [f for f in found if f[2] in CARRIERS], found


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A body as the subject keeps its own block on another's orders: only a carrier reporting
    # gives way to the body whose order it carried out.
    ("Roskomnadzor blocked Telegram on Monday on the orders of the Tagansky District Court.",
     "en", ("block", "roskomnadzor", "telegram")),
    ("Roskomnadzor a bloqué Telegram lundi sur décision du tribunal Taganski.", "fr",
     ("block", "roskomnadzor", "telegram")),
])
def test_a_body_blocking_on_anothers_orders_keeps_its_block(steps, text, language, expected):
    found = steps(text, language)
    assert expected in found
    assert not [f for f in found if f[1] == "tagansky-court"], found
