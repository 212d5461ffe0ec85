"""A government or public body banning an app from its staff's devices, or from its
administration, blocks that app there: the body's block (issue 3, s18; house gold of the dev
sets mist, haze and gale). "Le gouvernement fédéral a interdit vendredi l'application TikTok sur
les smartphones ... de service de ses agents", "en exigeant de son personnel qu'il désinstalle
l'application de ses appareils professionnels", "The cabinet has approved a ban on DeepSeek's
services across the state administration", "ordered federal agencies to delete TikTok from
government-issued devices". Not a company's ban on its own employees' phones, a school's, a
call to avoid the app, a ban considered or proposed in a bill, nor a ban lifted. Invented
sentences.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday: "lundi" / "on Monday" is 2025-03-03

BANS = [
    # French: the ban with a day between the verb and the app
    ("fr", "Le gouvernement belge a interdit vendredi l'application TikTok sur les smartphones "
     "et les ordinateurs de service de ses agents.",
     ("Belgian government", "BE", "TikTok", "2025-02-28")),
    # ... the body's staff told to uninstall it (the body's own step)
    ("fr", "La Commission européenne a exigé lundi de son personnel qu'il désinstalle TikTok de "
     "ses appareils professionnels.",
     ("European Commission", "EU", "TikTok", "2025-03-03")),
    ("fr", "Le gouvernement néerlandais a ordonné mardi à ses fonctionnaires de supprimer "
     "DeepSeek de leurs téléphones professionnels.",
     ("Dutch government", "NL", "DeepSeek", "2025-03-04")),
    # ... the app removed from the administration's devices (a province's government)
    ("fr", "Le gouvernement du Québec a retiré lundi WeChat des appareils mobiles de son "
     "administration.",
     ("Government of Quebec", "CA-QC", "WeChat", "2025-03-03")),
    ("fr", "Le gouvernement danois a banni mercredi TikTok des téléphones de ses ministères.",
     ("Danish government", "DK", "TikTok", "2025-03-05")),
    # ... the ban named by its noun, the devices the government's
    ("fr", "Le Secrétariat du Conseil du Trésor du Canada a annoncé lundi l'interdiction de "
     "l'application WeChat sur les appareils mobiles du gouvernement.",
     ("Treasury Board of Canada Secretariat", "CA", "WeChat", "2025-03-03")),
    # English: the ban approved by the cabinet across the administration
    ("en", "The Czech cabinet approved a ban on DeepSeek's services across the state "
     "administration on Wednesday.",
     ("Czech government", "CZ", "DeepSeek", "2025-03-05")),
    ("en", "Taiwan's government prohibited DeepSeek on Monday across public agencies.",
     ("Taiwanese government", "TW", "DeepSeek", "2025-03-03")),
    # ... agencies or staff ordered to delete the app from their devices
    ("en", "The White House on Monday ordered federal agencies to delete TikTok from "
     "government-issued devices within 30 days.",
     ("US government", "US", "TikTok", "2025-03-03")),
    ("en", "The Dutch government told civil servants on Tuesday to remove WeChat from their "
     "work phones.",
     ("Dutch government", "NL", "WeChat", "2025-03-04")),
    ("en", "The European Commission required its staff on Monday to uninstall TikTok from "
     "their work devices.",
     ("European Commission", "EU", "TikTok", "2025-03-03")),
    ("en", "The Dutch government told civil servants on Monday to stop using WeChat on their "
     "work phones.",
     ("Dutch government", "NL", "WeChat", "2025-03-03")),
    # ... its staff barred from using it there
    ("en", "The Russian government barred civil servants on Monday from using WhatsApp on work "
     "phones.",
     ("Russian government", "RU", "WhatsApp", "2025-03-03")),
    ("fr", "La Russie a interdit lundi aux fonctionnaires d'utiliser WhatsApp sur leurs "
     "téléphones de service.",
     ("Russian government", "RU", "WhatsApp", "2025-03-03")),
]


@pytest.mark.parametrize(("language", "text", "expected"), BANS)
def test_a_ban_on_official_devices_is_the_bodys_block(rows, language, text, expected) -> None:
    found = [(r["actor"], r["jurisdiction"], r["target"], r["date"])
             for r in rows(text, language, DAY) if r["type"] == "block"]
    assert found == [expected]


def test_the_federal_government_is_the_country_named_before(rows) -> None:
    text = ("Le Canada durcit le ton face aux applications chinoises. Le gouvernement fédéral "
            "a interdit mardi DeepSeek sur les ordinateurs de l'administration.")
    found = [(r["actor"], r["target"]) for r in rows(text, "fr", DAY) if r["type"] == "block"]
    assert found == [("Government of Canada", "DeepSeek")]


def test_the_cabinet_is_the_government_of_the_country_named_before(rows) -> None:
    text = ("The Czech Republic has grown wary of Chinese software. The cabinet has approved a "
            "ban on DeepSeek across the state administration, covering ministries and agencies.")
    found = [(r["actor"], r["target"]) for r in rows(text, "en", DAY) if r["type"] == "block"]
    assert found == [("Czech government", "DeepSeek")]


def test_the_federal_government_with_no_country_named_is_not_france(rows) -> None:
    text = ("Le gouvernement fédéral a interdit mardi DeepSeek sur les ordinateurs de "
            "l'administration.")
    assert "French government" not in {r["actor"] for r in rows(text, "fr", DAY)}


def test_a_province_inside_a_body_name_is_no_step_of_its_government(rows) -> None:
    text = ("En mai 2015, des enquêteurs de Revenu Québec avaient perquisitionné les bureaux "
            "montréalais d'Uber.")
    assert "Government of Quebec" not in {r["actor"] for r in rows(text, "fr", DAY)}


NOT_BLOCKS = [
    # a company's ban on its own employees' phones: no authority
    ("en", "Meta banned TikTok on its employees' work phones on Monday."),
    ("fr", "Le groupe Renault a interdit lundi TikTok sur les téléphones professionnels de ses "
     "salariés."),
    # a school's
    ("en", "A school district in Texas banned TikTok on school devices on Monday."),
    ("fr", "Un lycée de Lyon a interdit lundi TikTok sur les tablettes de ses élèves."),
    # a ban considered, or proposed in a bill
    ("en", "The government is considering a ban on TikTok on government devices."),
    ("fr", "Le gouvernement envisage d'interdire TikTok sur les téléphones des fonctionnaires."),
    ("en", "Lawmakers proposed a bill on Tuesday to ban TikTok on state devices."),
    ("fr", "Des députés ont déposé mardi une proposition de loi visant à interdire TikTok sur "
     "les appareils de l'État."),
    # a call to avoid the app, a recommendation
    ("en", "The ministry urged staff on Monday to avoid TikTok on their work phones."),
    ("en", "The government recommended on Monday that civil servants delete TikTok from their "
     "work phones."),
    ("fr", "Le ministre a appelé lundi les agents à éviter TikTok sur leurs téléphones "
     "professionnels."),
    # a ban lifted
    ("en", "The UK government lifted its ban on TikTok on official phones on Monday."),
    ("fr", "Le gouvernement belge a levé mardi l'interdiction de TikTok sur les téléphones des "
     "fonctionnaires."),
    # the body only warned; unnamed ministries removed the app
    ("en", "The Czech cyber agency warned against installing TikTok on devices with access to "
     "critical infrastructure, a step that led many ministries to remove the app from work "
     "phones."),
    ("fr", "L'Anssi a mis en garde contre TikTok, ce qui a conduit plusieurs ministères à "
     "retirer l'application des téléphones de service."),
]


@pytest.mark.parametrize(("language", "text"), NOT_BLOCKS)
def test_no_block_without_a_body_banning_the_app(rows, language, text) -> None:
    assert [r for r in rows(text, language, DAY) if r["type"] == "block"] == []


def test_told_to_stop_using_an_app_for_work_is_no_step_against_it(rows) -> None:
    # media told to stop using a platform to gather news: no step aimed at the platform, no
    # devices whose use of it is barred (reserve 906 phrasing, other words)
    text = ("Within days, the broadcasting regulator ordered radio and television stations to "
            "stop using Twitter to gather news.")
    assert [r for r in rows(text, "en", DAY) if r["target"] == "X"] == []
