"""Anaphors of a body the patterns do not read, and passives placed in another country (issue
3, A5): "the same regulator", "la même autorité", "the federal Commissioner", "He" for an
official (actor_anaphora.py); "4chan was fined in Brazil, Ofcom said" is no step of Ofcom's
(passive_actors.py). Invented texts in the style of wire reports; the positive cases found no
actor before, the negative ones must stay empty (a wrong actor is worse than none)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

D = dt.date(2024, 5, 1)
PIPC, OPC, TX_AG = "authority/pipc", "authority/opc-canada", "authority/texas-attorney-general"
OFCOM, CNIL = "authority/ofcom", "authority/cnil"
GOOGLE, META, OPENAI = "organisation/google", "organisation/meta", "organisation/openai"
TIKTOK, FORUM = "service/tiktok", "service/4chan"


@pytest.fixture
def steps(steps_in):
    """steps(text, ...) -> {(type, actor, targets)} of the factual steps (conftest steps_in)."""
    return functools.partial(steps_in, published=D)


def test_regression_the_same_regulator_is_the_body_named_before(steps):
    text = ("Privacy fines in Seoul\n\nSouth Korea's Personal Information Protection Commission "
            "fined Meta on Monday. In 2022, the same regulator fined Google 69.2 billion won "
            "for tracking users.\n")
    assert ("fine", PIPC, (GOOGLE,)) in steps(text)


def test_regression_la_meme_autorite_is_the_body_named_before(steps):
    text = ("Cookies\n\nLa CNIL a contrôlé Google en 2024. En 2022, la même autorité avait "
            "infligé une amende de 150 millions d'euros à Google.\n")
    assert ("fine", CNIL, (GOOGLE,)) in steps(text, "fr")


def test_regression_the_federal_commissioner_is_the_commissioner(steps):
    text = ("Announcement\n\nThe Office of the Privacy Commissioner of Canada published its "
            "findings on OpenAI. In today's announcement, the federal Commissioner also "
            "ordered OpenAI to delete the data.\n")
    assert ("order", OPC, (OPENAI,)) in steps(text)


def test_the_same_regulator_with_no_body_before_is_nobody(steps):
    text = ("Privacy fines\n\nIn 2022, the same regulator fined Google 69.2 billion won for "
            "tracking users.\n")
    assert not any(s[0] == "fine" for s in steps(text))


def test_regression_he_is_the_officials_office(steps):
    text = ("Privacy case\n\nTexas Attorney General Ken Paxton has long targeted big tech. He "
            "sued TikTok on Thursday over its data practices.\n")
    assert ("lawsuit", TX_AG, (TIKTOK,)) in steps(text)


def test_he_after_a_company_role_is_not_the_official(steps):
    text = ("Privacy case\n\nTexas Attorney General Ken Paxton has long targeted big tech. "
            "TikTok's chief executive disagreed. He sued TikTok on Thursday.\n")
    assert not any(s[0] == "lawsuit" for s in steps(text))


def test_he_two_sentences_after_the_official_is_nobody(steps):
    text = ("Privacy case\n\nTexas Attorney General Ken Paxton has long targeted big tech. "
            "Critics call it a campaign. Others call it overdue. He sued TikTok on Thursday.\n")
    assert not any(s[0] == "lawsuit" for s in steps(text))


def test_regression_a_passive_placed_in_another_country_is_not_the_bodys(steps):
    text = ("Cross-border\n\nOfcom opened an investigation into 4chan in June. 4chan was fined "
            "in Brazil last year, said Ofcom.\n")
    found = steps(text)
    assert ("investigation", OFCOM, (FORUM,)) in found
    assert ("fine", OFCOM, (FORUM,)) not in found


def test_a_passive_placed_in_the_bodys_country_stays_the_bodys(steps):
    text = ("Fined\n\nOfcom opened an investigation into 4chan in June. 4chan was fined £20,000 "
            "in the UK on Monday.\n")
    assert ("fine", OFCOM, (FORUM,)) in steps(text)


PARIS = "authority/paris-prosecutor"
X, TELEGRAM = "service/x", "service/telegram"


def test_regression_le_parquet_is_the_prosecutors_office_named_before(steps):
    text = ("Enquêtes\n\nLe parquet de Paris a ouvert une enquête visant X en juillet. Le parquet "
            "a également ouvert une enquête visant Telegram le 25 août 2024.\n")
    assert ("investigation", PARIS, (TELEGRAM,)) in steps(text, "fr")


def test_le_parquet_with_no_prosecutor_named_is_nobody(steps):
    text = ("Enquêtes\n\nLa CNIL a contrôlé X en juillet. Le parquet a également ouvert une "
            "enquête visant Telegram le 25 août 2024.\n")
    assert not any(s[0] == "investigation" and s[2] == (TELEGRAM,) for s in steps(text, "fr"))


def test_regression_the_state_of_texas_is_its_attorney_general(steps):
    text = "Lawsuit\n\nThe state of Texas sued TikTok on Thursday over children's privacy.\n"
    assert ("lawsuit", TX_AG, (TIKTOK,)) in steps(text)


def test_regression_elle_after_an_official_is_her_office(steps):
    text = ("Telegram\n\nLaure Beccuau a donné des détails mercredi. Elle a ouvert une enquête "
            "visant Telegram le 8 juillet 2024.\n")
    assert ("investigation", PARIS, (TELEGRAM,)) in steps(text, "fr")


def test_elle_after_a_company_role_is_not_the_official(steps):
    text = ("Telegram\n\nLaure Beccuau a donné des détails mercredi, puis le porte-parole de "
            "Telegram a répondu. Elle a ouvert une enquête visant Telegram le 8 juillet 2024.\n")
    assert not any(s[0] == "investigation" for s in steps(text, "fr"))
