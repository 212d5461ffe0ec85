"""Several steps told in one sentence (issue 3, session 12, cause MULTI): each step its own
action. Invented sentences, English and French, with traps.

- A second step of a type already told against a target, with a date of its own in its clause
  (extract/own_day_steps.py): "L'enquête avait été ouverte en juin 2021, et la Commission avait
  notifié ses griefs au groupe en juin 2023" is two investigation steps, not one told twice.
- A fine told in a coordinated clause with a sum and no party of its own
  (extract/coordinated_fines.py): "..., and Britain's ICO imposed a £385,000 penalty over the
  same breach" is against the company fined in the first clause; a second body named in the
  sentence takes a step of its own (lexicon.py `_weighed`).
- ", puis" / ", then" opens a clause of its own (trigger_matches.py `_CLAUSE_BREAK`).
A date of None in the expected steps is not checked (the day a second body's fine shares with
the first clause is not what these tests guard).
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

pytestmark = pytest.mark.slow

ACCC = "authority/accc"
AGCM = "authority/agcm"
AMAZON = "organisation/amazon"
APPLE = "organisation/apple"
ARCOM = "authority/arcom"
AUTORITE_DE_LA_CONCURRENCE = "authority/autorite-de-la-concurrence"
BUNDESKARTELLAMT = "authority/bundeskartellamt"
CCI = "authority/cci"
CMA = "authority/cma"
CNIL = "authority/cnil"
CRITEO = "organisation/criteo"
DUTCH_DPA = "authority/dutch-dpa"
EUROPEAN_COMMISSION = "authority/european-commission"
FTC = "authority/ftc"
GARANTE = "authority/garante"
GOOGLE = "organisation/google"
GOOGLE_PLAY = "service/google-play"
ICO = "authority/ico"
IRISH_DPC = "authority/irish-dpc"
JFTC = "authority/jftc"
KFTC = "authority/kftc"
META = "organisation/meta"
MICROSOFT = "organisation/microsoft"
OFCOM = "authority/ofcom"
OPENAI = "organisation/openai"
TIKTOK = "service/tiktok"
TURKISH_COMPETITION_AUTHORITY = "authority/turkish-competition-authority"
UBER = "organisation/uber"
X = "service/x"


def _steps(extractor, article_of, text: str, language: str,
           dated: bool) -> list[tuple[object, ...]]:
    article = article_of(text, language, dt.date(2025, 6, 1))
    return sorted({(a.type, a.actor, a.targets,
                    a.date.iso() if a.date and dated else None)
                   for a in extractor.extract(article).actions
                   if a.status in FACTUAL_STATUSES})


def _check(extractor, article_of, text: str, language: str,
           expected: list[tuple[object, ...]]) -> None:
    dated = all(step[3] is not None for step in expected)
    assert _steps(extractor, article_of, text, language, dated) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("L'enquête sur Google avait été ouverte en juin 2021 par la Commission européenne, et"
     ' la Commission avait notifié ses griefs au groupe en juin 2023.',
     'fr',
     [('investigation', EUROPEAN_COMMISSION, (GOOGLE,), '2021-06'),
      ('investigation', EUROPEAN_COMMISSION, (GOOGLE,), '2023-06')]),
    ("L'enquête avait été ouverte en mars 2020 par l'Autorité de la concurrence contre "
     "Apple, et l'Autorité avait notifié ses griefs à Apple en octobre 2022.",
     'fr',
     [('investigation', AUTORITE_DE_LA_CONCURRENCE, (APPLE,), '2020-03'),
      ('investigation', AUTORITE_DE_LA_CONCURRENCE, (APPLE,), '2022-10')]),
    ('La CNIL avait ouvert une enquête sur TikTok en mai 2020, et elle avait notifié des '
     'griefs à TikTok en février 2022.',
     'fr',
     [('investigation', CNIL, (TIKTOK,), '2020-05'),
      ('investigation', CNIL, (TIKTOK,), '2022-02')]),
    ('Le Bundeskartellamt avait ouvert une procédure contre Amazon en 2020, et il avait '
     'notifié des griefs à Amazon en juin 2023.',
     'fr',
     [('investigation', BUNDESKARTELLAMT, (AMAZON,), '2020'),
      ('investigation', BUNDESKARTELLAMT, (AMAZON,), '2023-06')]),
    ("L'autorité italienne de la concurrence avait ouvert une enquête sur Meta en juillet "
     '2023, puis elle avait notifié des griefs à Meta en mars 2024.',
     'fr',
     [('investigation', AGCM, (META,), '2023-07'),
      ('investigation', AGCM, (META,), '2024-03')]),
    ('The European Commission opened an investigation into Meta in March 2021, and it '
     'widened its investigation into Meta in December 2022.',
     'en',
     [('investigation', EUROPEAN_COMMISSION, (META,), '2021-03'),
      ('investigation', EUROPEAN_COMMISSION, (META,), '2022-12')]),
    ('Ofcom opened an investigation into TikTok in December 2023, and it widened the '
     'investigation into TikTok in July 2024.',
     'en',
     [('investigation', OFCOM, (TIKTOK,), '2023-12'),
      ('investigation', OFCOM, (TIKTOK,), '2024-07')]),
])
def test_regression_second_step_with_its_own_day_is_kept(extractor, article_of, text, language,
                                                         expected):
    _check(extractor, article_of, text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Federal Trade Commission fined Meta $5 billion in July 2019, and Britain's "
     "Information Commissioner's Office imposed a £500,000 penalty over the same scandal.",
     'en',
     [('fine', FTC, (META,), None),
      ('fine', ICO, (META,), None)]),
    ('The Korea Fair Trade Commission fined Apple 10 billion won in May 2021, and in June '
     '2022 it imposed a 20 billion won penalty for blocking rivals from selling apps on a '
     'local store.',
     'en',
     [('fine', KFTC, (APPLE,), '2021-05'),
      ('fine', KFTC, (APPLE,), '2022-06')]),
    ('The Dutch Data Protection Authority fined Uber 10 million euros in January 2024, and'
     ' the French CNIL imposed a 2 million euro penalty over the same failings.',
     'en',
     [('fine', CNIL, (UBER,), None),
      ('fine', DUTCH_DPA, (UBER,), None)]),
    ('Japan Fair Trade Commission fined Google 5 billion yen in April 2024, and in March '
     '2025 it imposed a 3 billion yen penalty for tying its apps.',
     'en',
     [('fine', JFTC, (GOOGLE,), '2024-04'),
      ('fine', JFTC, (GOOGLE,), '2025-03')]),
    ("L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Google "
     'en décembre 2019, et en mars 2021 elle a prononcé une sanction de 220 millions '
     "d'euros pour des pratiques publicitaires.",
     'fr',
     [('fine', AUTORITE_DE_LA_CONCURRENCE, (GOOGLE,), '2019-12'),
      ('fine', AUTORITE_DE_LA_CONCURRENCE, (GOOGLE,), '2021-03')]),
    ("La CNIL a infligé une amende de 60 millions d'euros à Meta en janvier 2022, puis en "
     "décembre 2023 elle a prononcé une sanction de 10 millions d'euros pour le suivi des "
     'utilisateurs.',
     'fr',
     [('fine', CNIL, (META,), '2022-01'),
      ('fine', CNIL, (META,), '2023-12')]),
    ("L'autorité italienne de la concurrence a infligé une amende de 1,1 milliard d'euros "
     'à Amazon en décembre 2021, et la Commission européenne a prononcé une sanction de '
     "746 millions d'euros pour les mêmes faits.",
     'fr',
     [('fine', AGCM, (AMAZON,), None),
      ('fine', EUROPEAN_COMMISSION, (AMAZON,), None)]),
    ('The Australian Competition and Consumer Commission fined Google A$60 million in '
     'August 2022, and in 2023 it imposed a A$10 million penalty for misleading users '
     'about location data.',
     'en',
     [('fine', ACCC, (GOOGLE,), '2022-08'),
      ('fine', ACCC, (GOOGLE,), '2023')]),
    ('Ofcom fined TikTok £1.9 million in July 2025, and in September 2025 the ICO imposed '
     "a £12.7 million penalty over children's data.",
     'en',
     [('fine', ICO, (TIKTOK,), '2025-09'),
      ('fine', OFCOM, (TIKTOK,), '2025-07')]),
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo en juin 2023, et en "
     "novembre 2024 elle a prononcé une sanction de 5 millions d'euros pour des "
     'manquements similaires.',
     'fr',
     [('fine', CNIL, (CRITEO,), '2023-06'),
      ('fine', CNIL, (CRITEO,), '2024-11')]),
])
def test_regression_coordinated_fine_takes_the_first_clause_company(extractor, article_of, text,
                                                                     language, expected):
    _check(extractor, article_of, text, language, expected)


# a repeat on the same day, a step planned or ongoing, the company's own doing, a party of its
# own, several companies fined before: one step, or the right slot
@pytest.mark.parametrize(("text", "language", "expected"), [
    ('La Commission européenne a ouvert une enquête sur Amazon en juillet 2019. En juillet'
     ' 2019, la Commission avait ouvert une procédure contre Amazon.',
     'fr',
     [('investigation', EUROPEAN_COMMISSION, (AMAZON,), '2019-07')]),
    ('The Competition and Markets Authority opened an investigation into Google in January'
     ' 2021, and it is expanding the investigation into Google.',
     'en',
     [('investigation', CMA, (GOOGLE,), '2021-01')]),
    ('La CNIL a ouvert une enquête sur TikTok en mai 2020, et elle pourrait notifier des '
     'griefs à TikTok en 2025.',
     'fr',
     [('investigation', CNIL, (TIKTOK,), '2020-05')]),
    ('Ofcom opened an investigation into TikTok, and it widened the investigation into '
     'TikTok in July 2024.',
     'en',
     [('investigation', OFCOM, (TIKTOK,), '2024-07')]),
    ("L'Autorité de la concurrence a ouvert une enquête sur Meta en 2019, et Meta conteste"
     ' depuis juillet 2023 les griefs.',
     'fr',
     [('investigation', AUTORITE_DE_LA_CONCURRENCE, (META,), '2019')]),
    ('The European Commission opened an investigation into Apple in June 2020, and Apple '
     'said in June 2023 that the probe was unfounded.',
     'en',
     [('investigation', EUROPEAN_COMMISSION, (APPLE,), '2020-06')]),
    ('The Irish Data Protection Commission opened an inquiry into X in April 2023; the '
     'inquiry into X has been running since November 2024.',
     'en',
     [('investigation', IRISH_DPC, (X,), '2023-04')]),
    ('La Commission européenne a infligé une amende à Google en juillet 2018, et Google a '
     "fait appel de l'amende en octobre 2018.",
     'fr',
     [('fine', EUROPEAN_COMMISSION, (GOOGLE,), '2018-07')]),
    ('The European Commission opened an investigation into Microsoft in July 2023, which '
     'ran until July 2024.',
     'en',
     [('investigation', EUROPEAN_COMMISSION, (MICROSOFT,), '2023-07')]),
    ('Le Garante a ouvert une enquête sur OpenAI en mars 2023 et a ouvert en mars 2023 une'
     ' enquête sur OpenAI.',
     'fr',
     [('investigation', GARANTE, (OPENAI,), '2023-03')]),
    ('The CNIL fined Google €100 million in December 2020, and it imposed a €35 million '
     'penalty on Amazon.',
     'en',
     [('fine', CNIL, (AMAZON,), '2020-12'),
      ('fine', CNIL, (GOOGLE,), '2020-12')]),
    ('The CNIL fined Google €100 million in December 2020, and it imposed a €3 million '
     'penalty on a hospital in Paris.',
     'en',
     [('fine', CNIL, (GOOGLE,), '2020-12')]),
    ('The CNIL fined Google and Amazon in December 2020, and it imposed a €3 million '
     'penalty over cookies.',
     'en',
     [('fine', CNIL, (AMAZON,), '2020-12'),
      ('fine', CNIL, (GOOGLE,), '2020-12')]),
    ('The Korea Fair Trade Commission fined Apple 10 billion won in May 2021, and it may '
     'impose a 20 billion won penalty next year.',
     'en',
     [('fine', KFTC, (APPLE,), '2021-05')]),
    ("La CNIL a infligé une amende de 10 millions d'euros à Google en 2021, et elle a "
     "prononcé une sanction de 2 millions d'euros à l'encontre d'un hôpital.",
     'fr',
     [('fine', CNIL, (GOOGLE,), '2021')]),
    ('Google paid a $5 million settlement in 2021, and the company imposed a $1 million '
     'penalty on its suppliers.',
     'en',
     []),
    ('The Federal Trade Commission fined Meta $5 billion in July 2019, and Meta said a '
     '$500,000 penalty would follow.',
     'en',
     [('fine', FTC, (META,), '2019-07')]),
    ('The Competition and Markets Authority opened an investigation into Google in January'
     ' 2021 and expanded the investigation into Google in June 2022.',
     'en',
     [('investigation', CMA, (GOOGLE,), '2021-01'),
      ('investigation', CMA, (GOOGLE,), '2022-06')]),
    ('The Irish Data Protection Commission opened an inquiry into X in April 2023, and in '
     'November 2024 it expanded its inquiry into X.',
     'en',
     [('investigation', IRISH_DPC, (X,), '2023-04'),
      ('investigation', IRISH_DPC, (X,), '2024-11')]),
    ("L'Arcom a ouvert une enquête sur X en janvier 2024, puis a élargi son enquête sur X "
     'en octobre 2024.',
     'fr',
     [('investigation', ARCOM, (X,), '2024-01'),
      ('investigation', ARCOM, (X,), '2024-10')]),
    # a court's judgment told by an agentless passive is no second step of the body
    ("L'Autorité de la concurrence a infligé une amende de 10 millions d'euros à Apple en 2020. "
     "En 2022, le groupe a été condamné par un tribunal américain.",
     "fr",
     [("fine", AUTORITE_DE_LA_CONCURRENCE, (APPLE,), "2020")]),
])
def test_traps_keep_one_step_or_the_right_slot(extractor, article_of, text, language, expected):
    _check(extractor, article_of, text, language, expected)
