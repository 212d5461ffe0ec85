"""A body's acronym several countries' bodies share, told with another country (issue 3,
guideline 3; session 20 probes, "a wrong fact is worse than a missing one").

"Arcep" alone is France's in the reference; Benin's, Burkina Faso's, Chad's, Togo's and Niger's
telecoms regulators bear the same name. "Chad's telecommunications regulator Arcep ordered
internet providers to block Telegram" gave France's Arcep: the country of the description right
before the name ("Chad's ... regulator", "le régulateur burkinabè des télécoms, l'Arcep") is
the body's, and so is the country a sentence opens on ("Au Tchad, l'Arcep ..."). That country's
body when the reference holds one (Benin's), France's when the country is France, else nobody:
never France's body for another country's.
"""

from __future__ import annotations

import re

import pytest


def _blocks(rows: list[dict[str, object]], target: str) -> set[tuple[object, object]]:
    """The (actor, jurisdiction) of the blocks of `target` that name a body."""
    return {(r["actor"], r["jurisdiction"]) for r in rows
            if r["type"] == "block" and r["target"] == target and r["actor"] is not None}


BENIN = ("Electronic Communications and Postal Regulatory Authority of Benin", "BJ")
FRANCE = ("Arcep", "FR")

# (language, text, the (actor, jurisdiction) of each block of the last platform named: nobody's
# body gives no block, or one with no actor)
CASES = [
    pytest.param("en", "Chad's telecommunications regulator Arcep ordered internet providers to "
                 "block Telegram.", set(), id="chads_regulator_arcep_en"),
    pytest.param("en", "Burkina Faso's telecoms regulator, Arcep, ordered providers to block "
                 "Telegram.", set(), id="burkina_fasos_regulator_arcep_en"),
    pytest.param("en", "On Monday, the Chadian telecoms regulator Arcep ordered providers to "
                 "block WhatsApp.", set(), id="the_chadian_regulator_arcep_en"),
    pytest.param("fr", "Le régulateur burkinabè des télécoms, l'Arcep, a ordonné aux fournisseurs "
                 "d'accès de bloquer Telegram.", set(), id="regulateur_burkinabe_l_arcep_fr"),
    pytest.param("fr", "Le régulateur tchadien des télécommunications, l'Arcep, a ordonné le "
                 "blocage de TikTok.", set(), id="regulateur_tchadien_l_arcep_fr"),
    pytest.param("fr", "Au Tchad, l'Arcep a bloqué Telegram.", set(), id="au_tchad_l_arcep_fr"),
    pytest.param("fr", "L'Arcep tchadienne a ordonné le blocage de Telegram.", set(),
                 id="l_arcep_tchadienne_fr"),
    pytest.param("fr", "L'Arcep burkinabè a ordonné mardi la suspension de TikTok.", set(),
                 id="l_arcep_burkinabe_fr"),
    pytest.param("fr", "Au Burkina Faso, l'Arcep a ordonné le blocage de Telegram.", set(),
                 id="au_burkina_faso_l_arcep_fr"),
    pytest.param("en", "In Chad, Arcep ordered internet providers to block Telegram.", set(),
                 id="in_chad_arcep_en"),
    # traps: a holder's country gives its body, France's or none gives France's
    pytest.param("en", "Benin's telecommunications regulator Arcep ordered internet providers to "
                 "block Telegram.", {BENIN}, id="trap_benins_regulator_arcep_en"),
    pytest.param("fr", "Le régulateur béninois des télécoms, l'Arcep, a ordonné le blocage de "
                 "Telegram.", {BENIN}, id="trap_regulateur_beninois_l_arcep_fr"),
    pytest.param("fr", "Au Bénin, l'Arcep a ordonné le blocage de Telegram.", {BENIN},
                 id="trap_au_benin_l_arcep_fr"),
    pytest.param("en", "France's telecoms regulator Arcep ordered providers to block Telegram.",
                 {FRANCE}, id="trap_frances_regulator_arcep_en"),
    pytest.param("fr", "Le régulateur français des télécoms, l'Arcep, a ordonné le blocage de "
                 "Telegram.", {FRANCE}, id="trap_regulateur_francais_l_arcep_fr"),
    pytest.param("fr", "L'Arcep a ordonné le blocage de Telegram.", {FRANCE},
                 id="trap_l_arcep_alone_fr"),
    pytest.param("fr", "L'Arcep a ordonné mardi le blocage de Telegram.", {FRANCE},
                 id="trap_l_arcep_then_a_verb_fr"),
    pytest.param("fr", "L'Arcep béninoise a ordonné le blocage de Telegram.", {BENIN},
                 id="trap_l_arcep_beninoise_fr"),
    pytest.param("en", "Arcep ordered providers to block Telegram.", {FRANCE},
                 id="trap_arcep_alone_en"),
    pytest.param("fr", "Après le blocage de Telegram au Tchad, l'Arcep a ordonné le blocage de "
                 "TikTok en France.", {FRANCE}, id="trap_chad_named_in_passing_fr"),
    pytest.param("en", "Meta's lead regulator, Arcep, ordered providers to block Telegram.",
                 {FRANCE}, id="trap_description_of_a_company_en"),
]


_PLATFORMS = re.compile(r"Telegram|TikTok|WhatsApp")


@pytest.mark.parametrize(("language", "text", "blocks"), CASES)
def test_shared_acronym_is_the_described_countrys(rows, language, text, blocks):
    target = _PLATFORMS.findall(text)[-1]
    assert _blocks(rows(text, language, "2025-03-10"), target) == blocks
