"""A company's payment of the fine its body was told to have imposed is that fine, not a second
one (issue 3, guideline 5: one action per actor, target and date; session 20 probes).

"The Irish DPC fined TikTok in May. TikTok will pay a penalty of €345 million." gave two fines:
the payment names no body, so commitments.company_payment takes the body that acted against
TikTok before, and made a new, undated fine of it. A payment with no day of its own, to the
body that fined the company before (one day told for that fine), pays that fine: it merges with
it, which keeps its day and takes the sum. A payment told as another fine ("a new penalty",
"another fine") or named with its own body stays a step of its own; a payment after a probe
or a suit (no fine told) is still the fine that closes it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest


def _fines(rows: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return sorted(((r["target"], r["date"],
                    Decimal(str(r["amount"])) if r.get("amount") is not None else None)
                   for r in rows if r["type"] == "fine"), key=str)


# (language, text, the (target, date, amount) of every fine)
CASES = [
    pytest.param("en", "The Irish DPC fined TikTok in May. TikTok will pay a penalty of €345 "
                 "million.", [("TikTok", "2024-05", Decimal("345000000"))],
                 id="will_pay_a_penalty_after_a_fine_in_may_en"),
    pytest.param("fr", "La DPC irlandaise a infligé une amende à TikTok en mai. TikTok devra "
                 "payer une amende de 345 millions d'euros.",
                 [("TikTok", "2024-05", Decimal("345000000"))],
                 id="devra_payer_apres_une_amende_en_mai_fr"),
    pytest.param("fr", "La CNIL a sanctionné Google lundi. Google devra verser une amende de 150 "
                 "millions d'euros.", [("Google", "2025-03-10", Decimal("150000000"))],
                 id="devra_verser_apres_une_sanction_fr"),
    pytest.param("en", "Spain's AEPD fined Glovo in 2023. Glovo must pay a penalty of €550,000.",
                 [("Glovo", "2023", Decimal("550000"))],
                 id="must_pay_a_penalty_after_a_fine_in_a_year_en"),
    pytest.param("fr", "L'AGCM a sanctionné Apple en janvier. Apple devra s'acquitter d'une "
                 "amende de 98 millions d'euros.", [("Apple", "2025-01", Decimal("98000000"))],
                 id="devra_s_acquitter_apres_une_sanction_en_janvier_fr"),
    # traps: the shapes that merged already, a new fine, a fine closing a probe or a suit
    pytest.param("en", "Italy's AGCM fined Apple on 3 March. Apple will pay a penalty of €98 "
                 "million.", [("Apple", "2025-03-03", Decimal("98000000"))],
                 id="trap_fine_on_a_day_en"),
    pytest.param("en", "The Irish DPC fined TikTok in May 2023. TikTok will pay a new penalty of "
                 "€5 million.", [("TikTok", "2023-05", None), ("TikTok", None, Decimal("5000000"))],
                 id="trap_a_new_penalty_en"),
    pytest.param("en", "The CNIL fined Google in 2020. Google will pay another fine of €10 "
                 "million, the CNIL said on Monday.",
                 [("Google", "2020", None), ("Google", "2025-03-10", Decimal("10000000"))],
                 id="trap_another_fine_reported_by_its_body_en"),
    pytest.param("en", "Ofcom opened an investigation into 4chan in June. 4chan must pay a "
                 "penalty of £20,000.", [("4chan", None, Decimal("20000"))],
                 id="trap_payment_after_a_probe_en"),
    pytest.param("en", "The FTC sued Amazon in 2023. Amazon will pay a $2.5 billion penalty to "
                 "settle the case.", [("Amazon", None, Decimal("2500000000"))],
                 id="trap_payment_after_a_suit_en"),
    pytest.param("en", "The CNIL fined Google in 2020. The CNIL fined Google again in 2022. "
                 "Google will pay a penalty of €10 million.",
                 [("Google", "2020", None), ("Google", "2022", None),
                  ("Google", None, Decimal("10000000"))],
                 id="trap_two_fines_told_before_en"),
    # traps: a sum per hour or day of delay is a penalty for not complying, no fine paid
    pytest.param("fr", "Le juge a ordonné mardi à Google de retirer les vidéos sous une heure. "
                 "Passé ce délai, l'entreprise devra s'acquitter d'une amende d'un million de "
                 "reais par heure de retard.", [], id="trap_amende_par_heure_de_retard_fr"),
    pytest.param("fr", "Google devra payer une amende de 100 000 euros par jour de retard, a "
                 "indiqué la CNIL.", [], id="trap_amende_par_jour_de_retard_fr"),
]


@pytest.mark.parametrize(("language", "text", "fines"), CASES)
def test_payment_of_a_told_fine_is_that_fine(rows, language, text, fines):
    assert _fines(rows(text, language, "2025-03-10")) == sorted(fines, key=str)
