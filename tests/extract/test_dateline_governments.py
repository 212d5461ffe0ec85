"""A bare "le gouvernement" under a dateline abroad is that country's government, not France's
(issue 3, guideline 3; session 20 probes, "a wrong fact is worse than a missing one").

French press means France by "le gouvernement" when the text names no country
(actor_context._government, the domain default). "BRUXELLES - Le gouvernement a interdit
vendredi l'application TikTok" gave the French government: the dateline's city places the text
in Belgium, as a dated dateline ("BRUXELLES, 7 mars (Reuters) -") does. Under a dateline abroad
the government is that country's (foreign_context.foreign_country), or nobody when the reference
has none; a Paris dateline keeps France's, and a named body keeps its name.
"""

from __future__ import annotations

import pytest


def _actors(rows: list[dict[str, object]], kind: str) -> set[tuple[object, object]]:
    return {(r["actor"], r["jurisdiction"]) for r in rows
            if r["type"] == kind and r["actor"] is not None}


BELGIUM = ("Belgian government", "BE")
FRANCE = ("French government", "FR")

# (language, text, type, the (actor, jurisdiction) of the steps of that type)
CASES = [
    pytest.param("fr", "BRUXELLES - Le gouvernement a interdit vendredi l'application TikTok sur "
                 "les smartphones de service de ses agents.", "block", {BELGIUM},
                 id="bruxelles_dash_le_gouvernement_fr"),
    pytest.param("fr", "BRUXELLES, 7 mars (Reuters) - Le gouvernement a interdit vendredi "
                 "l'application TikTok.", "block", {BELGIUM},
                 id="bruxelles_dated_dateline_le_gouvernement_fr"),
    pytest.param("fr", "ANKARA - Le gouvernement a interdit vendredi l'application TikTok.",
                 "block", {("Turkish government", "TR")}, id="ankara_le_gouvernement_fr"),
    pytest.param("fr", "OTTAWA (AFP) - Le gouvernement a interdit vendredi TikTok sur les "
                 "appareils fédéraux.", "block", {("Government of Canada", "CA")},
                 id="ottawa_wire_le_gouvernement_fr"),
    pytest.param("fr", "LONDRES - Le gouvernement a ouvert une enquête sur TikTok.",
                 "investigation", {("UK government", "GB")}, id="londres_le_gouvernement_fr"),
    # the description of a domain's regulator under the same dateline: Belgium's, not Arcep
    pytest.param("fr", "BRUXELLES - Le régulateur des télécoms a ordonné le blocage de Telegram.",
                 "block", {("Belgian Institute for Postal Services and Telecommunications", "BE")},
                 id="bruxelles_le_regulateur_fr"),
    # traps: Paris, no dateline, a named body, a named country
    pytest.param("fr", "PARIS - Le gouvernement a interdit vendredi l'application TikTok sur les "
                 "smartphones de service de ses agents.", "block", {FRANCE},
                 id="trap_paris_le_gouvernement_fr"),
    pytest.param("fr", "Le gouvernement a interdit vendredi l'application TikTok.", "block",
                 {FRANCE}, id="trap_no_dateline_le_gouvernement_fr"),
    pytest.param("fr", "BRUXELLES - La Commission européenne a infligé vendredi une amende de 500 "
                 "millions d'euros à Apple.", "fine", {("European Commission", "EU")},
                 id="trap_bruxelles_la_commission_fr"),
    pytest.param("fr", "BRUXELLES - Le gouvernement français a interdit vendredi l'application "
                 "TikTok.", "block", {FRANCE}, id="trap_bruxelles_gouvernement_francais_fr"),
    pytest.param("fr", "BRUXELLES - La CNIL a infligé vendredi une amende de 5 millions d'euros à "
                 "TikTok.", "fine", {("CNIL", "FR")}, id="trap_bruxelles_la_cnil_fr"),
    pytest.param("en", "BRUSSELS - The European Commission fined Apple €500 million on Friday.",
                 "fine", {("European Commission", "EU")}, id="trap_brussels_commission_en"),
]


@pytest.mark.parametrize(("language", "text", "kind", "actors"), CASES)
def test_dateline_abroad_places_the_government(rows, language, text, kind, actors):
    assert _actors(rows(text, language, "2025-03-10"), kind) == actors
