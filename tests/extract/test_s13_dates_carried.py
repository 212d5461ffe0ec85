"""Dates carried between statements of one step (issue 3, session 13, guideline 6: the date
is when the authority acted; a missing date is better than a wrong one). Invented texts, each
written with its expected dates before the rules were changed; the text's day is Wednesday 6
March 2024 (Monday 4, Tuesday 5, Thursday 29 February, Friday 1 March).

- A reporting clause by the step's actor dates its step, "confirmed" included when the actor
  reports its own act, for every kind of step (commitments too): one shared lexicon,
  `reporting_verbs`; not another's act it confirms, nor the company's confirmation of its fine.
- A dated repeat of a step first told without a day hands its day over (`own_day_steps`,
  `backup`); not an older step, "also" another one.
- A lead-in sentence with a day and the body but no step dates the step told next
  (`lead_in_days`); not a company's day, nor a step with its own date.
- A measure inherits its body's dated decision (guards for `step_dates` policy 3).
- "The case goes back to 2021, when ..." dates the "when" clause's step (`antecedent_years`);
  not a lawsuit told in another sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 6)


def _dates_of(dated_steps, language: str, body: str, kind: str, target: str) -> list[str | None]:
    """The dates of the text's steps of `kind` against a target whose key holds `target`."""
    steps = dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
    return sorted((d for k, t, d in steps if k == kind and t and target in t),
                  key=lambda d: d or "")


def _ids(cases: list[tuple[object, ...]]) -> list[str]:
    return [f"{i}-{str(case[1])[:40]}" for i, case in enumerate(cases)]


REPORTED = [
    ('en', 'The Dutch Data Protection Authority confirmed on Tuesday that it had ordered '
           'Clearview AI to delete its database of faces.',
     'order', 'clearview', ['2024-03-05']),
    ('fr', 'Le BTK turc a confirmé vendredi avoir bloqué Discord dans tout le pays.',
     'block', 'discord', ['2024-03-01']),
    ('en', "Italy's AGCM confirmed on Thursday that it had fined Apple 10 million euros over "
           "iCloud storage.",
     'fine', 'apple', ['2024-02-29']),
    ('fr', "Kominfo a confirmé lundi avoir bloqué Steam et Epic Games, faute d'enregistrement.",
     'block', 'steam', ['2024-03-04']),
    ('en', 'The CMA said on Friday it had accepted commitments from Google over its Privacy '
           'Sandbox plans.',
     'commitment', 'google', ['2024-03-01']),
    ('fr', "L'Autorité de la concurrence a annoncé jeudi avoir accepté les engagements proposés "
           "par Meta sur la publicité en ligne.",
     'commitment', 'meta', ['2024-02-29']),
    ('en', "India's competition regulator CCI said on Monday it had accepted commitments offered"
           " by Amazon on its marketplace rules.",
     'commitment', 'amazon', ['2024-03-04']),
    ('fr', "La Commission européenne a indiqué mardi qu'elle avait rendu contraignants les "
           "engagements d'Apple sur le paiement sans contact.",
     'commitment', 'apple', ['2024-03-05']),
    ('en', "Germany's Bundeskartellamt confirmed on Monday that it had opened proceedings "
           "against Temu over its pricing.",
     'investigation', 'temu', ['2024-03-04']),
    ('fr', "La CNIL a confirmé mardi qu'elle avait infligé une amende de 5 millions d'euros à "
           "TikTok.",
     'fine', 'tiktok', ['2024-03-05']),
    ('en', "Meta confirmed on Tuesday that it had been fined by Ireland's Data Protection "
           "Commission.",
     'fine', 'meta', [None]),
    ('en', 'Amazon confirmed on Friday that the CMA had opened an investigation into Amazon.',
     'investigation', 'amazon', [None]),
    ('en', 'The ICO confirmed on Monday that it had fined TikTok in April 2023.',
     'fine', 'tiktok', ['2023-04']),
    ('fr', "Google a confirmé jeudi que l'Autorité de la concurrence avait accepté ses "
           "engagements.",
     'commitment', 'google', [None]),
    ('en', 'The watchdog confirmed on Friday that the Garante had fined OpenAI 15 million euros.',
     'fine', 'openai', [None]),
    ('fr', 'Le tribunal a confirmé vendredi que la CNIL avait infligé une amende à Google.',
     'fine', 'google', [None]),
    ('en', "Italy's AGCM confirmed on Thursday that it had already fined Apple in 2021 over the "
           "same practice.",
     'fine', 'apple', ['2021']),
    # traps: the adoption day the text gives wins over the day it is confirmed (guideline 6)
    ("fr", "La CNIL a confirmé lundi avoir infligé une amende de 5 millions d'euros à Google. "
           "La décision a été adoptée vendredi dernier, a précisé le régulateur.",
     "fine", "google", ["2024-03-01"]),
    ("en", "Spain's AEPD confirmed on Monday it had fined Google 10 million euros. The decision "
           "was adopted last Friday, the regulator said.",
     "fine", "google", ["2024-03-01"]),
]

REPEATS = [
    ('en', "Australia's ACCC has taken Google to the Federal Court. The regulator filed "
           "proceedings on Friday, alleging misleading conduct over location data.",
     'lawsuit', 'google', ['2024-03-01']),
    ('fr', 'La DGCCRF a assigné Amazon en justice. La DGCCRF a déposé lundi une plainte contre '
           'Amazon devant le tribunal de commerce de Paris.',
     'lawsuit', 'amazon', ['2024-03-04']),
    ('en', 'Texas has sued Meta over facial recognition. The state attorney general filed the '
           'lawsuit against Meta on Monday in state court.',
     'lawsuit', 'meta', ['2024-03-04']),
    ('en', 'The US Justice Department has sued Apple over its smartphone monopoly. The '
           'department filed the complaint against Apple on Thursday in New Jersey.',
     'lawsuit', 'apple', ['2024-02-29']),
    ('en', "Australia's ACCC has taken Google to the Federal Court. The ACCC had also sued "
           "Google on Friday over a separate matter.",
     'lawsuit', 'google', [None, '2024-03-01']),
    ('en', 'The FTC has sued Amazon over Prime cancellations. The FTC sued Amazon in 2019 as well.',
     'lawsuit', 'amazon', [None, '2019']),
    ('fr', 'La DGCCRF a assigné Amazon en justice. La DGCCRF avait déjà déposé lundi une plainte'
           ' contre Amazon.',
     'lawsuit', 'amazon', [None]),
    ('en', "Australia's ACCC has taken Google to the Federal Court. Google said on Friday it "
           "would defend itself.",
     'lawsuit', 'google', [None]),
    ('fr', 'La DGCCRF a assigné Amazon en justice. Amazon a réagi lundi en contestant les faits.',
     'lawsuit', 'amazon', [None]),
]

LEAD_INS = [
    ('en', 'On Thursday the competition office put a price on that habit. The UOKiK imposed a '
           'fine of 20 million zlotys on Allegro.',
     'fine', 'allegro', ['2024-02-29']),
    ('fr', "Le gendarme des télécoms a tranché mardi. L'Arcep a ordonné à Free de rétablir "
           "l'accès aux vidéos sous huit jours.",
     'order', 'free', ['2024-03-05']),
    ('en', "South Korea's antitrust regulator had its say on Monday. The KFTC fined Google 42 "
           "billion won over its app store.",
     'fine', 'google', ['2024-03-04']),
    ('fr', "L'AGCM italienne a frappé fort jeudi. Elle a infligé une amende de 10 millions "
           "d'euros à TikTok.",
     'fine', 'tiktok', ['2024-02-29']),
    ('en', 'On Thursday Allegro published its quarterly results. The UOKiK imposed a fine of 20 '
           'million zlotys on Allegro.',
     'fine', 'allegro', [None]),
    ('en', 'On Thursday the competition office looked back. The UOKiK had fined Allegro in 2019.',
     'fine', 'allegro', ['2019']),
    ('fr', 'Amazon a publié mardi ses résultats. La DGCCRF a infligé une amende à Amazon.',
     'fine', 'amazon', [None]),
]

MEASURES = [
    ('en', 'The FTC fined X 150 million dollars on Tuesday. A complaint was filed the same day '
           'by the Justice Department. The FTC also barred X from using the data for '
           'advertising.',
     'order', 'x', ['2024-03-05']),
    ('fr', "La CNIL a infligé mardi une amende de 10 millions d'euros à Yahoo. Une plainte a "
           "aussi été déposée par une association. Elle enjoint à Yahoo de cesser de déposer des"
           " cookies.",
     'order', 'yahoo', ['2024-03-05']),
    # past the body's other steps told in between (a suit filed the same day, a probe)
    ("fr", "La FTC a infligé mardi une amende de 150 millions de dollars à Twitter. Une plainte "
           "a été déposée le même jour par la FTC contre Twitter. Elle interdit à Twitter "
           "d'utiliser ces données à des fins publicitaires.",
     "order", "x", ["2024-03-05"]),
    ("fr", "La CNIL a infligé mardi une amende de 10 millions d'euros à Yahoo. La CNIL a aussi "
           "ouvert une enquête sur Yahoo. Elle enjoint à Yahoo de cesser de déposer des cookies.",
     "order", "yahoo", ["2024-03-05"]),
    ("en", "Brazil's ANPD fined Meta 50 million reais on Monday. The ANPD also asked Meta for "
           "information on its AI training. The ANPD ordered Meta to stop using Brazilians' data.",
     "order", "meta", ["2024-03-04"]),
    # traps: a step told in between on a day of its own
    ("fr", "La CNIL a infligé mardi une amende de 10 millions d'euros à Yahoo. La CNIL a ouvert "
           "une enquête sur Yahoo le 4 janvier 2024. Elle enjoint à Yahoo de cesser de déposer "
           "des cookies.",
     "order", "yahoo", [None]),
    ("en", "The FTC fined Twitter 150 million dollars on Tuesday. The FTC sued Twitter in federal "
           "court on Monday. The FTC barred Twitter from using the data for advertising.",
     "order", "x", [None]),
]

ANTECEDENT_YEARS = [
    ('en', "The case goes back to 2021, when the KPPU began investigating Google's billing rules.",
     'investigation', 'google', ['2021']),
    ('fr', "L'affaire remonte à 2020, lorsque la CNIL a ouvert une enquête sur Clearview AI.",
     'investigation', 'clearview', ['2020']),
    ('en', 'The dispute dates back to 2019, when the Bundeskartellamt opened proceedings against'
           ' Amazon.',
     'investigation', 'amazon', ['2019']),
    ('fr', 'Le dossier remonte à 2022, quand la Commission européenne a ouvert une enquête sur '
           'Meta.',
     'investigation', 'meta', ['2022']),
    ('en', 'The case goes back to 2012, when Meta bought Instagram. The FTC sued Meta over the '
           'deal.',
     'lawsuit', 'meta', [None]),
]


@pytest.mark.parametrize(("language", "body", "kind", "target", "expected"), REPORTED,
                         ids=_ids(REPORTED))
def test_regression_a_reported_step_takes_the_day_its_actor_says_or_confirms_it(
        dated_steps, language, body, kind, target, expected):
    assert _dates_of(dated_steps, language, body, kind, target) == expected


@pytest.mark.parametrize(("language", "body", "kind", "target", "expected"), REPEATS,
                         ids=_ids(REPEATS))
def test_regression_a_dated_repeat_hands_its_day_to_the_undated_step(
        dated_steps, language, body, kind, target, expected):
    assert _dates_of(dated_steps, language, body, kind, target) == expected


@pytest.mark.parametrize(("language", "body", "kind", "target", "expected"), LEAD_INS,
                         ids=_ids(LEAD_INS))
def test_regression_a_lead_in_day_dates_the_step_told_next(
        dated_steps, language, body, kind, target, expected):
    assert _dates_of(dated_steps, language, body, kind, target) == expected


@pytest.mark.parametrize(("language", "body", "kind", "target", "expected"), MEASURES,
                         ids=_ids(MEASURES))
def test_a_measure_takes_its_bodys_dated_decision_day(
        dated_steps, language, body, kind, target, expected):
    assert _dates_of(dated_steps, language, body, kind, target) == expected


@pytest.mark.parametrize(("language", "body", "kind", "target", "expected"), ANTECEDENT_YEARS,
                         ids=_ids(ANTECEDENT_YEARS))
def test_regression_the_year_a_case_goes_back_to_dates_the_when_clause_step(
        dated_steps, language, body, kind, target, expected):
    assert _dates_of(dated_steps, language, body, kind, target) == expected
