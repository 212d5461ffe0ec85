"""Unknown bodies whose country is told around the name, not inside it (issue 3 point 7,
session 20 probes): a possessive country of several words ("Sri Lanka's Public Utilities
Commission"), and the place a sentence opens with ("Au Cameroun, l'Agence de régulation des
télécommunications a ..."). No other place makes a body's country."""

from __future__ import annotations

import pytest


def _rows(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return [(t, j, target) for t, _, j, target in gold_rows(text, language)]


# a country of two or three words, then a possessive, opens the body's name
POSSESSIVE_COUNTRIES = [
    ("Sri Lanka's Public Utilities Commission opened an investigation into Uber on Monday.",
     ("investigation", "LK", "Uber")),
    ("Sri Lanka's Telecommunications Regulatory Commission ordered TikTok to remove the videos "
     "on Monday.", ("order", "LK", "TikTok")),
    ("Burkina Faso's Superior Council of Communication suspended TikTok on Monday.",
     ("block", "BF", "TikTok")),
    ("South Africa's Film and Publication Board fined Telegram on Monday.",
     ("fine", "ZA", "Telegram")),
]


@pytest.mark.parametrize(("text", "row"), POSSESSIVE_COUNTRIES)
def test_body_after_a_possessive_country_of_several_words(gold_rows, text, row) -> None:
    assert row in _rows(gold_rows, text, "en")


# the sentence opens with the country, a comma, then the body named without it
OPENING_PLACES = [
    ("Au Cameroun, l'Agence de régulation des télécommunications a ouvert lundi une enquête "
     "sur Orange.", "fr", ("investigation", "CM", "Orange")),
    ("Au Burkina Faso, le Conseil supérieur de la communication a suspendu TikTok lundi.",
     "fr", ("block", "BF", "TikTok")),
    ("En Tanzanie, la Commission de la concurrence équitable a infligé lundi une amende à "
     "Uber.", "fr", ("fine", "TZ", "Uber")),
    ("In Sri Lanka, the Telecommunications Regulatory Commission ordered providers to block "
     "Facebook on Sunday.", "en", ("block", "LK", "Meta")),
    ("In Botswana, the Consumer Protection Agency fined Temu on Monday.", "en",
     ("fine", "BW", "Temu")),
]


@pytest.mark.parametrize(("text", "language", "row"), OPENING_PLACES)
def test_body_after_the_country_a_sentence_opens_with(gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)


# traps: a body's own country beats the opening place; a place inside the sentence, or a
# company's possessive, gives no country; a threat is no step
TRAPS = [
    ("In Ghana, the French Competition Authority fined Orange on Monday.", "en",
     [("fine", "FR", "Orange")]),
    ("Regulators met in Botswana, and the Consumer Protection Agency fined Temu on Monday.",
     "en", []),
    ("Mercado Libre's Consumer Protection Office said on Monday that it had fined Temu.", "en",
     []),
    ("Au Cameroun, l'Agence de régulation des télécommunications pourrait suspendre TikTok.",
     "fr", []),
    # a head alone is a body told before (or the EU's Commission), never a new one
    ("In Kenya, the Authority fined Safaricom on Monday.", "en", []),
    ("En Italie, l'Autorité a ouvert lundi une enquête sur DeepSeek.", "fr", []),
]


@pytest.mark.parametrize(("text", "language", "rows"), TRAPS)
def test_trap_no_country_but_the_body_own_or_the_opening_place(
        gold_rows, text, language, rows) -> None:
    assert _rows(gold_rows, text, language) == rows


# a new body named again without its country is the same body
REPEATED_NAMES = [
    ("The Vietnamese Ministry of Industry and Trade criticised Temu on Monday. The Ministry of "
     "Industry and Trade said it had ordered Temu to complete its registration.", "en",
     ("order", "Vietnamese Ministry of Industry and Trade", "VN", "Temu")),
    ("The Zambia Information and Communications Technology Authority warned Telegram on "
     "Monday. On Tuesday the Information and Communications Technology Authority blocked "
     "Telegram.", "en",
     ("block", "Zambia Information and Communications Technology Authority", "ZM", "Telegram")),
    ("L'Autorité de régulation des télécommunications du Burkina Faso a convoqué TikTok lundi. "
     "Mardi, l'Autorité de régulation des télécommunications a suspendu TikTok.", "fr",
     ("block", "Autorité de régulation des télécommunications du Burkina Faso", "BF",
      "TikTok")),
]


@pytest.mark.parametrize(("text", "language", "row"), REPEATED_NAMES)
def test_new_body_named_again_without_its_country(gold_rows, text, language, row) -> None:
    assert row in gold_rows(text, language)


def test_trap_name_again_with_another_country_is_that_country_body(gold_rows) -> None:
    rows = gold_rows("The Zambian Ministry of Health warned Temu on Monday. The Botswana "
                     "Ministry of Health fined Temu on Tuesday.", "en")
    assert [(t, j) for t, _, j, _ in rows if t == "fine"] == [("fine", "BW")]


def test_regression_a_bare_head_after_the_opening_place_is_no_new_body(gold_rows) -> None:
    rows = gold_rows("In Ireland, the Commission opened an investigation into Meta on Monday.",
                     "en")
    assert all(actor != "Commission" and j != "IE" for _, actor, j, _ in rows)
