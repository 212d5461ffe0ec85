"""Dates of steps told in forms the date rules did not read (issue 3, session 12, guideline 6:
`date` is when the authority acted; a dateline dates the findings it announces; present-perfect
reports with no day get none). Invented snippets, each written with its expected date first.

- A reported step takes the day its actor announced it on, whatever its verb: a partial block
  ("said on Tuesday it had restricted access to", "throttled", "a annoncé avoir restreint
  l'accès") and the widening of a probe ("had widened its investigation", "a annoncé mercredi
  avoir élargi son enquête") are steps of their own (`announced_dates`).
- The day a body got a power or a new name dates the power or the name, not the step: "has used
  new powers it gained in 2021 to open proceedings", "les pouvoirs qu'elle a obtenus en 2021",
  "le CSA, devenu l'Arcom le 1er janvier" (`power_dates`).
- A release's later sentence in the simple past ("The inquiry was opened after ... in 2018")
  is background, even when another clause of it has "is" ("because its base is there"): the
  dateline does not date it (`releases`).
- A later target of a step, named in a coordinated clause that opens with its own date ("et en
  juillet, c'est X qui avait été visé", "and, in May 2025, against Shein"), takes that date, not
  the clause before's (`coordinated_dates`).
Traps: a day of another body's saying, a power noun with no getting verb, a step's own date after
the power phrase, a name change told after the step.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 10, 10)  # a Thursday: Monday 7, Tuesday 8, Wednesday 9 October

CASES = [
    # -- a reported step of any verb takes the day its actor announced it on
    ("en", "Roskomnadzor said on Tuesday it had restricted access to Discord for breaking "
           "Russian law.", ("block", "discord", "2024-10-08")),
    ("en", "The Pakistan Telecommunication Authority said on Monday that it had restricted "
           "access to X across the country.", ("block", "x", "2024-10-07")),
    ("en", "Komdigi said on Wednesday it had restricted access to Telegram in Indonesia.",
     ("block", "telegram", "2024-10-09")),
    ("en", "The Competition and Markets Authority said on Monday it had widened its "
           "investigation into Microsoft to cover cloud licensing.",
     ("investigation", "microsoft", "2024-10-07")),
    ("en", "The Federal Trade Commission said on Tuesday it had expanded its investigation "
           "into OpenAI.", ("investigation", "openai", "2024-10-08")),
    ("en", "Italy's AGCM said on Wednesday it had broadened its investigation into Meta to "
           "WhatsApp's AI features.", ("investigation", "meta", "2024-10-09")),
    ("fr", "Le parquet de Paris a annoncé mercredi avoir élargi l'enquête qu'il mène depuis "
           "l'été sur le réseau social X.", ("investigation", "x", "2024-10-09")),
    ("fr", "La CNIL a annoncé mardi avoir étendu son enquête sur TikTok aux données des "
           "mineurs.", ("investigation", "tiktok", "2024-10-08")),
    ("fr", "L'Autorité de la concurrence a indiqué lundi avoir élargi son enquête sur Google "
           "à la publicité en ligne.", ("investigation", "google", "2024-10-07")),
    ("fr", "Roskomnadzor a annoncé mardi avoir restreint l'accès à Discord en Russie.",
     ("block", "discord", "2024-10-08")),
    # -- the day a body got a power or a name is not its step's
    ("en", "Meanwhile, the Bundeskartellamt has used new powers it gained in 2021 to open "
           "proceedings against Amazon.", ("investigation", "amazon", None)),
    ("en", "The Bundeskartellamt has used powers it was given in 2021 to open proceedings "
           "against Apple.", ("investigation", "apple", None)),
    ("en", "The European Commission has used the powers it received in 2023 to open "
           "proceedings against TikTok.", ("investigation", "tiktok", None)),
    ("en", "Using the powers it gained in 2021, the Bundeskartellamt opened proceedings "
           "against Microsoft on 28 March 2023.", ("investigation", "microsoft", "2023-03-28")),
    ("fr", "Le CSA, devenu l'Arcom le 1er janvier, a mis en demeure Pornhub le 13 décembre.",
     ("order", "pornhub", "2023-12-13")),
    ("fr", "Le CSA, devenu l'Arcom le 1er janvier, a mis en demeure Pornhub.",
     ("order", "pornhub", None)),
    ("fr", "Grâce aux pouvoirs qu'elle a obtenus en 2021, l'Autorité de la concurrence a ouvert "
           "une enquête sur Google en mars 2024.", ("investigation", "google", "2024-03")),
    ("fr", "La Commission européenne a utilisé les pouvoirs qu'elle a reçus en 2023 pour ouvrir "
           "une procédure contre Meta.", ("investigation", "meta", None)),
    # -- a simple-past background sentence of a wire copy is not the dateline's
    ("en", "DUBLIN, Oct 10 - Ireland's Data Protection Commission fined LinkedIn 310 million "
           "euros on Thursday.\n\nThe inquiry was opened after a rights group complained to the "
           "CNIL in 2018; the complaint went to Dublin because the firm's base is there.",
     ("investigation", "linkedin", None)),
    ("en", "DUBLIN, Oct 10 - Ireland's Data Protection Commission fined TikTok 345 million "
           "euros on Thursday.\n\nThe investigation was started after a complaint in 2021, "
           "which is the usual path.", ("investigation", "tiktok", None)),
    # -- a later target's own date at the head of its coordinated clause
    ("fr", "Fin août, le parquet de Paris avait ouvert une enquête sur Kick, et en juillet, "
           "c'est X qui avait été visé par une enquête.", ("investigation", "x", "2024-07")),
    ("en", "The European Commission opened proceedings against Temu in October 2023 and, in "
           "May 2024, against Shein.", ("investigation", "shein", "2024-05")),
    ("en", "The European Commission opened proceedings against Temu in October 2023 and, in "
           "May 2024, against Shein.", ("investigation", "temu", "2023-10")),
    ("fr", "La Commission européenne a ouvert une procédure contre AliExpress en mars 2024, "
           "puis, en mai 2024, contre Meta.", ("investigation", "meta", "2024-05")),
    # -- traps: the day stays the step's, or stays empty
    ("en", "The European Commission fined Apple and Meta on 23 April 2024.",
     ("fine", "meta", "2024-04-23")),
    ("fr", "La CNIL a sanctionné Google et Amazon le 7 décembre 2020, et le 10 décembre, "
           "Amazon a annoncé faire appel.", ("sanction", "amazon", "2020-12-07")),
    ("en", "Roskomnadzor restricted access to Discord on Tuesday.",
     ("block", "discord", "2024-10-08")),
    ("en", "Discord said on Tuesday it had been restricted by Roskomnadzor.",
     ("block", "discord", None)),
    ("en", "Roskomnadzor said on Tuesday it had already restricted access to Discord.",
     ("block", "discord", None)),
    ("en", "The Bundeskartellamt used its powers to open proceedings against Amazon on 6 July "
           "2021.", ("investigation", "amazon", "2021-07-06")),
    ("en", "Ofcom, which gained new powers in 2023, fined 4chan on Monday.",
     ("fine", "4chan", "2024-10-07")),
    ("en", "The European Commission fined Apple 1.8 billion euros on 4 March 2024 under rules "
           "it was given in 2022.", ("fine", "apple", "2024-03-04")),
    ("en", "The Federal Trade Commission received the complaint in 2021 and sued Amazon in "
           "June 2023.", ("lawsuit", "amazon", "2023-06")),
    ("fr", "L'Arcom a mis en demeure Pornhub le 13 décembre 2023, avant de devenir plus sévère "
           "en janvier.", ("order", "pornhub", "2023-12-13")),
    ("fr", "La CNIL a infligé une amende à Google le 3 mars 2024 grâce à ses pouvoirs.",
     ("fine", "google", "2024-03-03")),
    ("en", "The Competition and Markets Authority widened its investigation into Microsoft on "
           "Monday.", ("investigation", "microsoft", "2024-10-07")),
    ("en", "DUBLIN, Oct 10 - Ireland's Data Protection Commission has opened an investigation "
           "into X. The watchdog is examining how X trains its chatbot.",
     ("investigation", "x", "2024-10-10")),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(CASES)])
def test_regression_step_dated_by_its_own_form(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
