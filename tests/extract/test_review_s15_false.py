"""Review of session 15 (issue 3): false steps the merged change made up.

- a sum with a unit of time after an order's condition is a warning only when it is a penalty
  ("a daily fine", "une astreinte", "owe ... per week") and no one but the body is reporting it;
- a finding of no breach ("There is no evidence that X breached ..., the authority concluded",
  "Rien ne prouve que X a enfreint ..., a conclu l'Arcom") is no investigation;
- a further term told by a company ("..., a indiqué Meta") or one informing shareholders is
  no order of the body.

Each case gives the text, its steps' (type, target) that must be present and those that must be
absent; the traps keep the steps they have.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold


@pytest.fixture(scope="module")
def steps(extractor, article_of, reference):
    """steps(text, language) -> the (type, target) pairs of the text's steps."""

    def run(text: str, language: str) -> set[tuple[str, str]]:
        article = article_of("Headline\n\n" + text, language, dt.date(2025, 5, 14), "Headline")
        rows = to_gold(extractor.extract(article), reference)["actions"]
        return {(str(r["type"]), str(r["target"])) for r in rows}

    return run


_ORDER_EN = "Ofcom ordered Pornhub on Monday to introduce age checks. "
_ORDER_FR = "L'Arcom a ordonné lundi à Pornhub de mettre en place un contrôle de l'âge. "
_FINE_FR = "L'AGCM a infligé une amende à Meta et à TikTok. "
_FINE_EN = "The AGCM fined Meta and TikTok on Monday. "
_W = ("warning", "Pornhub")

# (language, text, present, absent)
WARNINGS = [
    pytest.param("en", _ORDER_EN + "Otherwise, users pay £5 per month for the premium service.",
                 [], [_W], id="regression_price_per_month_no_warning_en"),
    pytest.param("en", _ORDER_EN + "If it does not, users would lose £2 per day, campaigners "
                 "said.", [], [_W], id="regression_loss_told_by_others_no_warning_en"),
    pytest.param("en", _ORDER_EN + "If it does not, it faces a daily fine of £2, campaigners "
                 "said.", [], [_W], id="regression_fine_told_by_others_no_warning_en"),
    pytest.param("fr", _ORDER_FR + "Sinon, les utilisateurs paient 5 euros par mois pour le "
                 "service premium.", [], [_W], id="regression_price_per_month_no_warning_fr"),
    pytest.param("fr", _ORDER_FR + "Si elle ne le fait pas, les utilisateurs perdraient 2 euros "
                 "par jour, ont indiqué des associations.", [], [_W],
                 id="regression_loss_told_by_others_no_warning_fr"),
    # traps: a penalty per day or week stays a warning
    pytest.param("en", _ORDER_EN + "If it does not, it faces a daily fine of £50,000.", [_W], [],
                 id="regression_daily_fine_warning_en"),
    pytest.param("en", _ORDER_EN + "If it does not, it faces a penalty of £50,000 per day, "
                 "the regulator said.", [_W], [],
                 id="regression_penalty_told_by_body_warning_en"),
    pytest.param("fr", _ORDER_FR + "À défaut, elle devra payer une astreinte de 100 000 euros "
                 "par jour de retard.", [_W], [], id="regression_astreinte_warning_fr"),
    pytest.param("fr", _ORDER_FR + "Sinon, elle devra payer une amende de 50 000 euros par "
                 "jour.", [_W], [], id="regression_amende_per_day_warning_fr"),
]

FINDINGS = [
    pytest.param("en", "There is no evidence that Uber breached the rules, the Dutch Data "
                 "Protection Authority concluded on Monday.", [], [("investigation", "Uber")],
                 id="regression_no_evidence_no_investigation_en"),
    pytest.param("en", "It found no sign that Uber broke the law, the Dutch Data Protection "
                 "Authority concluded on Monday.", [], [("investigation", "Uber")],
                 id="regression_found_no_no_investigation_en"),
    pytest.param("fr", "Rien ne prouve que TikTok a enfreint ses obligations, a conclu mardi "
                 "l'Arcom.", [], [("investigation", "TikTok")],
                 id="regression_rien_ne_prouve_no_investigation_fr"),
    pytest.param("fr", "Aucune preuve ne montre que TikTok a enfreint ses obligations, a conclu "
                 "mardi l'Arcom.", [], [("investigation", "TikTok")],
                 id="regression_aucune_preuve_no_investigation_fr"),
    # traps: a breach found stays an investigation
    pytest.param("en", "Uber breached the rules when it sent drivers' records abroad, the Dutch "
                 "Data Protection Authority concluded on Monday.", [("investigation", "Uber")],
                 [], id="regression_breach_found_investigation_en"),
    pytest.param("fr", "TikTok a enfreint ses obligations, a conclu mardi l'Arcom.",
                 [("investigation", "TikTok")], [],
                 id="regression_breach_found_investigation_fr"),
]

TERMS = [
    pytest.param("fr", _FINE_FR + "Les deux sociétés devront également informer leurs "
                 "actionnaires de la perte, a indiqué Meta.", [("fine", "Meta")],
                 [("order", "Meta"), ("order", "TikTok")],
                 id="regression_term_told_by_company_no_order_fr"),
    pytest.param("fr", _FINE_FR + "Les deux sociétés devront également informer leurs "
                 "actionnaires de la perte.", [("fine", "Meta")],
                 [("order", "Meta"), ("order", "TikTok")],
                 id="regression_inform_shareholders_no_order_fr"),
    pytest.param("en", _FINE_EN + "The two companies must also inform their shareholders of "
                 "the loss, Meta said.", [("fine", "Meta")],
                 [("order", "Meta"), ("order", "TikTok")],
                 id="regression_term_told_by_company_no_order_en"),
    # traps: a term informing users stays an order
    pytest.param("fr", _FINE_FR + "Les deux sociétés devront également informer leurs "
                 "utilisateurs.", [("order", "Meta"), ("order", "TikTok")], [],
                 id="regression_inform_users_order_fr"),
    pytest.param("fr", _FINE_FR + "Les deux sociétés devront également publier une déclaration "
                 "rectificative.", [("order", "Meta"), ("order", "TikTok")], [],
                 id="regression_publish_term_order_fr"),
    pytest.param("en", _FINE_EN + "The two companies must also inform their users.",
                 [("order", "Meta"), ("order", "TikTok")], [],
                 id="regression_inform_users_order_en"),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"),
                         WARNINGS + FINDINGS + TERMS)
def test_regression_no_false_step(steps, language: str, text: str,
                                  present: list[tuple[str, str]],
                                  absent: list[tuple[str, str]]) -> None:
    found = steps(text, language)
    for step in present:
        assert step in found, f"{step} missing from {found}"
    for step in absent:
        assert step not in found, f"{step} made up in {found}"
