"""Cue words that are nouns of a release's grounds or parts of a number state no modality (task
P9): "systemic risks", "the risk assessment reports", "threats to minors", "les risques pour les
mineurs", "les menaces pour la sécurité" are why a body acted, not a threat; "Due to" is
"because"; "the weight of the evidence" is no weighing; "Regulation (EC) No 1/2003" and "Case
No. 1:23-cv-01495" deny nothing. The verbs stay cues ("risks a fine", "risque d'écoper",
"threatened to", "a menacé de", "is due to announce"). Invented sentences written with their
answers before measuring.
"""

from __future__ import annotations

import pytest

EC, OFCOM = "European Commission", "Ofcom"
FINES = ("fine", "sanction")

# (text, language, the step a careful analyst records: (type, actor))
STATED = [
    ("On the basis of the risk assessment reports submitted by Meta, the Commission has today "
     "opened formal proceedings against Meta.", "en", ("investigation", EC)),
    ("Over concerns about threats to minors, the Commission opened formal proceedings against "
     "TikTok.", "en", ("investigation", EC)),
    ("In view of the systemic risks identified, the Commission opened proceedings against X.",
     "en", ("investigation", EC)),
    ("Due to the platform's failure to respond, Ofcom fined 4chan £20,000.", "en",
     ("fine", OFCOM)),
    ("Given the weight of the evidence, the Commission fined Apple €500 million.", "en",
     ("fine", EC)),
    ("Pursuant to Article 23(2) of Regulation (EC) No 1/2003, the Commission fined Google €2.4 "
     "billion.", "en", ("fine", EC)),
    ("In Decision No. 2024-17, the Commission fined Apple €500 million.", "en", ("fine", EC)),
    ("In case No. 1:23-cv-01495, the FTC sued Amazon.", "en",
     ("lawsuit", "Federal Trade Commission")),
    ("Au regard des risques pour les mineurs, la Commission a ouvert une procédure formelle "
     "contre TikTok.", "fr", ("investigation", EC)),
    ("Face aux menaces pour la sécurité publique, Roskomnadzor a bloqué Instagram.", "fr",
     ("block", "Roskomnadzor")),
    ("En raison des risques systémiques, la Commission a adressé une demande d'informations à "
     "Meta.", "fr", ("request_for_information", EC)),
]
THREATS = [
    ("TikTok risks a fine of up to 10% of its annual turnover.", "en"),
    ("Meta is at risk of being fined by the Commission.", "en"),
    ("The FTC threatened to sue Amazon over its Prime cancellation process.", "en"),
    ("The ICO is due to announce its decision on a fine against Snap next month.", "en"),
    ("TikTok risque l'interdiction aux États-Unis.", "fr"),
    ("Google risque jusqu'à 10 % de son chiffre d'affaires.", "fr"),
    ("Meta risque d'écoper d'une amende de la CNIL.", "fr"),
    ("X est menacé d'une amende par la Commission.", "fr"),
    ("Bruxelles a menacé de suspendre X dans l'Union européenne.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "step"), STATED)
def test_a_noun_or_a_number_leaves_the_step_taken(labelled, text, language, step):
    found = {("fine" if kind in FINES else kind, actor)
             for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found == {step}


@pytest.mark.parametrize(("text", "language"), THREATS)
def test_the_verbs_stay_threats(labelled, text, language):
    found = {kind for kind, _, _ in labelled(f"Title\n\n{text}", language)}
    assert found <= {"warning"}
