"""The day a law was adopted is not the day of the step told after it (issue 3, guideline 6:
`date` is when the authority acted; session 20 probes, "a wrong fact is worse than a missing
one").

"The directive was adopted on 4 April. The Commission fined Apple €500 million." gave the fine
4 April: decision_days.py read "The directive was adopted" as a decision told with its day,
whose measures the next sentences take. "directive" names an authority's order as well as an
EU law; told with no authority named, or passed by lawmakers ("by parliament", "par
l'Assemblée nationale"), it is a law's adoption, and the step after it keeps no date. An
authority's own directive or decision told with its day still dates its measures.
"""

from __future__ import annotations

import pytest


def _date(rows: list[dict[str, object]], kind: str, target: str) -> object:
    found = [r for r in rows if r["type"] == kind and r["target"] == target]
    assert found, f"no {kind} on {target} in {rows}"
    return found[0]["date"]


# (language, text, type, target, date)
CASES = [
    # a law noun told with no authority: the law's day
    pytest.param("en", "The directive was adopted on 4 April. The Commission fined Apple €500 "
                 "million.", "fine", "Apple", None, id="directive_adopted_then_fine_en"),
    pytest.param("fr", "La directive a été adoptée le 4 avril. La Commission a infligé à Apple "
                 "une amende de 500 millions d'euros.", "fine", "Apple", None,
                 id="directive_adoptee_puis_amende_fr"),
    pytest.param("fr", "La directive, publiée le 4 avril, impose de nouvelles obligations aux "
                 "plateformes. L'Arcom a ordonné le blocage de Telegram.", "block", "Telegram",
                 None, id="directive_publiee_puis_blocage_fr"),
    pytest.param("en", "The directive was signed on 4 April. Roskomnadzor blocked Telegram.",
                 "block", "Telegram", None, id="directive_signed_then_block_en"),
    # a measure passed by lawmakers: a law
    pytest.param("en", "The ban was adopted by parliament on 4 April. The CNIL fined TikTok €5 "
                 "million.", "fine", "TikTok", None, id="ban_adopted_by_parliament_en"),
    pytest.param("en", "The ban, passed by the National Assembly on 4 April, applies to minors. "
                 "The CNIL fined TikTok €5 million.", "fine", "TikTok", None,
                 id="ban_passed_by_national_assembly_en"),
    pytest.param("fr", "L'interdiction a été adoptée le 4 avril par le Parlement. La CNIL a "
                 "infligé une amende de 5 millions d'euros à TikTok.", "fine", "TikTok", None,
                 id="interdiction_adoptee_par_le_parlement_fr"),
    pytest.param("fr", "L'interdiction, adoptée le 4 avril par les députés, vise les mineurs. "
                 "L'Arcom a ordonné le blocage de Pornhub.", "block", "Pornhub", None,
                 id="interdiction_adoptee_par_les_deputes_fr"),
    # traps: an authority's decision or directive told with its day dates its measures
    pytest.param("en", "The decision was adopted on 3 March. The CNIL fined Google €10 million.",
                 "fine", "Google", "2025-03-03", id="trap_decision_adopted_en"),
    pytest.param("fr", "La décision a été adoptée le 3 mars. La CNIL a infligé à Google une "
                 "amende de 10 millions d'euros.", "fine", "Google", "2025-03-03",
                 id="trap_decision_adoptee_fr"),
    pytest.param("en", "The decision was adopted by the CNIL's restricted committee on 3 March. "
                 "The CNIL fined Google €10 million.", "fine", "Google", "2025-03-03",
                 id="trap_decision_adopted_by_a_committee_en"),
    pytest.param("en", "Roskomnadzor issued its directive on 3 March. Roskomnadzor blocked "
                 "Telegram.", "block", "Telegram", "2025-03-03",
                 id="trap_authority_issued_its_directive_en"),
    pytest.param("en", "The directive was issued by Roskomnadzor on 3 March. Roskomnadzor "
                 "blocked Telegram.", "block", "Telegram", "2025-03-03",
                 id="trap_directive_issued_by_the_authority_en"),
    pytest.param("fr", "L'Arcom a publié sa directive le 3 mars. L'Arcom a ordonné le blocage "
                 "de Telegram.", "block", "Telegram", "2025-03-03",
                 id="trap_autorite_publie_sa_directive_fr"),
    pytest.param("fr", "La directive a été signée le 3 mars par Roskomnadzor. Roskomnadzor a "
                 "bloqué Telegram.", "block", "Telegram", "2025-03-03",
                 id="trap_directive_signee_par_l_autorite_fr"),
    # a law's entry into force never dated the step
    pytest.param("en", "The Online Safety Act came into force on 17 March. Ofcom fined 4chan "
                 "£20,000.", "fine", "4chan", None, id="trap_act_in_force_en"),
    pytest.param("fr", "Le règlement est entré en vigueur le 4 avril. La CNIL a infligé à Google "
                 "une amende de 10 millions d'euros.", "fine", "Google", None,
                 id="trap_reglement_en_vigueur_fr"),
]


@pytest.mark.parametrize(("language", "text", "kind", "target", "date"), CASES)
def test_law_day_is_not_the_steps(rows, language, text, kind, target, date):
    assert _date(rows(text, language, "2025-03-10"), kind, target) == date
