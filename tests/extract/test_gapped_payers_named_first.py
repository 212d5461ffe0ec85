"""A fine told once for two companies, each with its own sum, the first company its subject
(issue 3, guideline 5; session 20 probes, "a wrong fact is worse than a missing one").

"Selon la CNIL, Google a dû s'acquitter d'une amende de 2 millions d'euros et Meta 1 million
d'euros" gave one fine, on Meta, of 2 million: the fine's noun took the company after its sum
("et Meta 1 million") as its target, the first company's sum with it. A company in an "and
Company sum" pair after the fine's own sum pays its own sum under the same step; the fine's
target is the subject named before it. Each company keeps the sum written next to it; a pair
with a time of its own ("et Meta 1 million d'euros en 2020") is another, earlier fine.
"""

from __future__ import annotations

from decimal import Decimal

import pytest


def _fines(rows: list[dict[str, object]]) -> set[tuple[object, object]]:
    return {(r["target"], Decimal(str(r["amount"])) if r.get("amount") is not None else None)
            for r in rows if r["type"] == "fine"}


M2, M1, M10, M5 = (Decimal(n) for n in ("2000000", "1000000", "10000000", "5000000"))

# (language, text, the (target, amount) of every fine)
CASES = [
    pytest.param("fr", "Selon la CNIL, Google a dû s'acquitter d'une amende de 2 millions "
                 "d'euros et Meta 1 million d'euros.", {("Google", M2), ("Meta", M1)},
                 id="selon_la_cnil_s_acquitter_d_une_amende_fr"),
    pytest.param("en", "According to the CNIL, Google had to pay a fine of €2 million and Meta "
                 "€1 million.", {("Google", M2), ("Meta", M1)},
                 id="according_to_had_to_pay_a_fine_en"),
    pytest.param("fr", "La CNIL a annoncé que Google avait écopé d'une amende de 2 millions "
                 "d'euros et Meta 1 million d'euros.", {("Google", M2), ("Meta", M1)},
                 id="annonce_que_google_avait_ecope_fr"),
    pytest.param("fr", "Selon l'AGCM, Amazon a reçu une amende de 10 millions d'euros et Apple 5 "
                 "millions d'euros.", {("Amazon", M10), ("Apple", M5)},
                 id="selon_l_agcm_a_recu_une_amende_fr"),
    pytest.param("en", "Italy's AGCM said Amazon had to pay a fine of €10 million and Apple €5 "
                 "million.", {("Amazon", M10), ("Apple", M5)},
                 id="said_amazon_had_to_pay_en"),
    pytest.param("fr", "D'après l'AGCM, Amazon devra payer une amende de 10 millions d'euros et "
                 "Apple 5 millions d'euros.", {("Amazon", M10), ("Apple", M5)},
                 id="d_apres_devra_payer_fr"),
    pytest.param("en", "According to the CNIL, Google must pay a fine of €2 million and Meta €1 "
                 "million.", {("Google", M2), ("Meta", M1)}, id="according_to_must_pay_en"),
    # traps: the shapes that already paired each company with its sum
    pytest.param("fr", "La CNIL a infligé à Google une amende de 2 millions d'euros et à Meta 1 "
                 "million d'euros.", {("Google", M2), ("Meta", M1)},
                 id="trap_a_inflige_a_google_et_a_meta_fr"),
    pytest.param("fr", "La CNIL a infligé une amende de 2 millions d'euros à Google et de 1 "
                 "million d'euros à Meta.", {("Google", M2), ("Meta", M1)},
                 id="trap_sum_before_each_company_fr"),
    pytest.param("en", "The CNIL fined Google €2 million and Meta €1 million.",
                 {("Google", M2), ("Meta", M1)}, id="trap_fined_google_and_meta_en"),
    pytest.param("fr", "Google a dû payer une amende de 2 millions d'euros et Meta 1 million "
                 "d'euros, selon la CNIL.", {("Google", M2), ("Meta", M1)},
                 id="trap_selon_after_the_payment_fr"),
    pytest.param("en", "According to Italy's AGCM, Amazon was hit with a fine of €10 million and "
                 "Apple €5 million.", {("Amazon", M10), ("Apple", M5)},
                 id="trap_was_hit_with_a_fine_en"),
    # traps: a pair with a time of its own is another fine; a company with no sum pays none
    pytest.param("fr", "Selon la CNIL, Google a dû s'acquitter d'une amende de 2 millions "
                 "d'euros et Meta 1 million d'euros en 2020.", {("Google", M2)},
                 id="trap_pair_with_its_own_year_fr"),
    pytest.param("fr", "Selon la CNIL, Google a reçu une amende de 2 millions d'euros, et Meta a "
                 "fait appel.", {("Google", M2)}, id="trap_second_company_with_no_sum_fr"),
    pytest.param("en", "According to the CNIL, Google had to pay a fine of €2 million, and Meta "
                 "appealed.", {("Google", M2)}, id="trap_second_company_appealed_en"),
]


@pytest.mark.parametrize(("language", "text", "fines"), CASES)
def test_each_company_pays_its_own_sum(rows, language, text, fines):
    assert _fines(rows(text, language, "2025-03-10")) == fines
