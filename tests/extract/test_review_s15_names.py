"""Review fixes of session 15 (issue 3): two wrong readings the reviewer found in the merged
change. Invented texts (not dev-set sentences).

- A demonym describing users or investors ("Filipino users", "Thai investors", "Les
  Philippins") opening a sentence moved a bare shared name ("the SEC") from its default holder
  to that place's body: only a state's demonym used for the state ("the Philippine government"),
  a body of that place, a place as subject or a dateline moves it (shared_names.py); a suit "in
  a US court" is the default's.
- The gap after a person's noun in a passive subject crossed a verb of saying and a new
  subject ("Users in Turkey said Instagram was blocked by the BTK", "Barcelona City Council
  said Airbnb was fined"): the step was dropped as aimed at a person (person_objects.py).
"""

from __future__ import annotations

import pytest

US_SEC, PH_SEC, TH_SEC = ("Securities and Exchange Commission",
                          "Securities and Exchange Commission of the Philippines",
                          "Securities and Exchange Commission of Thailand")

# A demonym of people opening a sentence is no place the text is about.
PEOPLE_DEMONYMS = [
    ('en', 'Filipino users lost access to Binance in March. The SEC sued Binance on 5 June '
           '2023.', [('lawsuit', US_SEC, 'US', 'Binance')]),
    ('en', 'Thai investors have flocked to Bybit. The SEC fined Bybit $1 million on 5 June 2023.',
     [('fine', US_SEC, 'US', 'Bybit')]),
    ('en', 'The Philippine government blocked access to Binance in March. The SEC sued Binance '
           'on 5 June 2023 in a US court.',
     [('block', 'Philippine government', 'PH', 'Binance'), ('lawsuit', US_SEC, 'US', 'Binance')]),
    ('fr', "Les Philippins ont perdu l'accès à Binance en mars. La SEC a poursuivi Binance le 5 "
           "juin 2023.", [('lawsuit', US_SEC, 'US', 'Binance')]),
]

# The state, its regulators, a dateline or the country as subject still move it.
PLACE_TRAPS = [
    ('en', 'Thai regulators have tightened crypto rules. The SEC fined Bybit $1 million on 5 '
           'June 2023.', [('fine', TH_SEC, 'TH', 'Bybit')]),
    ('en', 'The Philippine government blocked access to Binance in March. The SEC sued Binance '
           'on 5 June 2023.',
     [('block', 'Philippine government', 'PH', 'Binance'), ('lawsuit', PH_SEC, 'PH', 'Binance')]),
    ('en', 'MANILA - The SEC sued Binance on 5 June 2023.', [('lawsuit', PH_SEC, 'PH', 'Binance')]),
    ('en', 'The Philippines has cracked down on crypto exchanges. The SEC sued Binance on 5 June '
           '2023.', [('lawsuit', PH_SEC, 'PH', 'Binance')]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PEOPLE_DEMONYMS)
def test_regression_a_demonym_of_people_does_not_move_a_default_holder(gold_rows, language, text,
                                                                        expected):
    assert gold_rows(text, language) == sorted(expected)


@pytest.mark.parametrize(("language", "text", "expected"), PLACE_TRAPS)
def test_a_state_a_dateline_or_a_country_still_moves_a_default_holder(gold_rows, language, text,
                                                                      expected):
    assert gold_rows(text, language) == sorted(expected)


# A passive step reported by someone: its subject is the platform after the verb of saying (the
# gold names a service by its operator: Instagram -> Meta).
REPORTED_PASSIVES = [
    ('en', 'Users in Turkey said Instagram was blocked by the BTK on Friday.', 'block',
     'Meta'),
    ('en', 'Barcelona City Council said Airbnb was fined 600,000 euros on Friday.', 'fine',
     'Airbnb'),
    ('fr', "Des utilisateurs en Turquie ont déclaré qu'Instagram avait été bloqué par la BTK "
           "vendredi.", 'block', 'Meta'),
    ('fr', "La mairie de Barcelone a déclaré qu'Airbnb a été condamné à une amende de 600 000 "
           "euros vendredi.", 'fine', 'Airbnb'),
]


@pytest.mark.parametrize(("language", "text", "kind", "target"), REPORTED_PASSIVES)
def test_regression_a_passive_step_after_a_verb_of_saying_is_the_platform_s(gold_rows, language,
                                                                            text, kind, target):
    assert (kind, target) in {(row[0], row[3]) for row in gold_rows(text, language)}


# The person is still the subject when nothing but a complement stands in between.
PERSON_TRAPS = [
    ('en', 'An employee of Meta was fined by the court on Friday.'),
    ('en', 'A TikTok user was fined by the court on Friday.'),
    ('en', 'Users in Turkey were fined by the court on Friday for posts on Instagram.'),
    ('fr', 'Un internaute a été condamné pour cyberharcèlement sur Instagram vendredi.'),
    ('fr', "Un salarié de Meta a été condamné à une amende vendredi."),
]


@pytest.mark.parametrize(("language", "text"), PERSON_TRAPS)
def test_a_person_subject_s_step_stays_no_action(gold_rows, language, text):
    assert gold_rows(text, language) == []
