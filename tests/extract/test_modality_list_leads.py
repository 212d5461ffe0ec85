"""A list item takes the modality of the lead it hangs from (task P9): "Under the DSA, the
Commission can: - send requests for information to Temu;" lists a power, "Ofcom will: - request
information from 4chan" a plan, "l'Arcom pourra : - demander aux moteurs de recherche de
déréférencer X" a threat. A lead with no cue ("Ofcom has today:") leaves the item's step taken.
Invented texts written with their answers before measuring.

`modality.list_lead_status` decides it; the action finders (actions.py, lexicon.py) do not call
it yet, so the end-to-end case is a strict xfail until they do.
"""

from __future__ import annotations

import pytest

from regkg.extract.modality import list_lead_status

# (language, article text, the item's first words, the status the item's step takes)
CASES = [
    ("en", "The Commission opened formal proceedings against Temu on Thursday.\n\nUnder the DSA, "
     "the Commission can:\n\n- send requests for information to Temu;\n", "- send",
     "threatened"),
    ("en", "Ofcom opened an investigation into 4chan.\n\nIf Ofcom finds a breach, it can:\n\n"
     "* fine the company up to £18 million;\n", "* fine", "threatened"),
    ("en", "Ofcom will:\n\n- request information from 4chan;\n", "- request", "planned"),
    ("en", "The Commission has decided not to:\n\n- fine Apple;\n", "- fine", None),
    ("fr", "L'Arcom a mis en demeure X. À défaut de mise en conformité, l'Arcom pourra :\n\n"
     "- demander aux moteurs de recherche de déréférencer X.\n", "- demander", "threatened"),
    ("fr", "Dans ce cadre, la Commission peut :\n\n- adresser des demandes d'informations à "
     "Temu ;\n", "- adresser", "threatened"),
    # no cue in the lead, or no list: the item's own status
    ("en", "Ofcom has today:\n\n- opened an investigation into 4chan;\n", "- opened", "opened"),
    ("en", "The Commission has today decided to:\n\n- impose a fine of €500 million on Apple;\n",
     "- impose", "opened"),
    ("fr", "L'Arcom a décidé :\n\n- de mettre en demeure X ;\n", "- de", "opened"),
    ("en", "Ofcom could fine 4chan.\nThe Commission fined Apple.\n", "The Commission", "opened"),
]


@pytest.mark.parametrize(("language", "text", "item", "status"), CASES)
def test_a_list_item_takes_its_leads_modality(patterns, language, text, item, status):
    assert list_lead_status("opened", text, text.index(item), patterns.of(language),
                            "investigation") == status


def test_a_step_already_denied_stays_denied(patterns):
    text = "Ofcom has today:\n\n- opened an investigation into 4chan;\n"
    assert list_lead_status(None, text, text.index("- opened"), patterns.of("en")) is None


def test_no_step_from_a_list_of_powers(labelled):
    text = ("Title\n\nThe Commission opened formal proceedings against Temu on Thursday.\n\n"
            "Under the DSA, the Commission can:\n\n- send requests for information to Temu;\n\n"
            "- conduct inspections at Temu's premises.\n")
    assert {kind for kind, _, _ in labelled(text, "en")} == {"investigation"}
