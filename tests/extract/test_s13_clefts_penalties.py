"""Periodic penalties told after an order, and steps of a counted plural told with their noun
elided (issue 3, session 13, second round: session 12's leftovers in the dev sets).

1. A sum per day or week to pay if the platform does not comply, told in a sentence of its own
   after the order ("If it did not, the decision said, it would owe 5 million euros for every
   week of delay", "Faute de s'y conformer, le groupe devra payer 250 000 reais par jour"),
   with no word for penalty: the stated consequence is a warning with that sum, on the order's
   day (guideline 4; a periodic penalty beside an order is no fine).
2. "X filed two lawsuits against Y. The first, filed in January 2022, ... The second, filed in
   October 2022, ...": each ordinal with its participle and its own date is one of the counted
   steps; the first gives the counted step its day, a later one on another day is another step.
   Only after a plural of steps ("two stores ... The first, opened in 2012" is none).

Invented cases, written with their expected (type, actor, jurisdiction, target, date, amount)
before the change; traps must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2024, 3, 6)

# 1. The consequence of not complying, a periodic sum, in the sentence after the order.
PENALTIES = [
    ("en", "The Competition Commission of India ordered Google on Monday to allow third-party "
     "billing within three months. If it did not, the order said, it would owe 10 million "
     "rupees for every week of non-compliance.",
     {("order", "Competition Commission of India", "IN", "Google", "2024-03-04", None),
      ("warning", "Competition Commission of India", "IN", "Google", "2024-03-04", 10000000)}),
    ("en", "The Federal Trade Commission ordered Amazon on Tuesday to stop the practice. "
     "Failing to comply, the company will have to pay $50,000 per day.",
     {("order", "Federal Trade Commission", "US", "Amazon", "2024-03-05", None),
      ("warning", "Federal Trade Commission", "US", "Amazon", "2024-03-05", 50000)}),
    ("en", "Japan's Fair Trade Commission ordered Apple on 4 March to open its app store. "
     "If Apple fails to comply, it would owe ¥10 million for every day of delay.",
     {("order", "Japan Fair Trade Commission", "JP", "Apple", "2024-03-04", None),
      ("warning", "Japan Fair Trade Commission", "JP", "Apple", "2024-03-04", 10000000)}),
    ("en", "The Korea Fair Trade Commission ordered Google on Friday to stop the practice. "
     "If it does not, the commission said, Google will pay 50 million won per day.",
     {("order", "Korea Fair Trade Commission", "KR", "Google", "2024-03-01", None),
      ("warning", "Korea Fair Trade Commission", "KR", "Google", "2024-03-01", 50000000)}),
    ("en", "The Competition Commission of South Africa ordered Meta on Monday to carry news "
     "links. Otherwise, the company will have to pay $20,000 a day.",
     {("order", "Competition Commission of South Africa", "ZA", "Meta", "2024-03-04", None),
      ("warning", "Competition Commission of South Africa", "ZA", "Meta", "2024-03-04", 20000)}),
    ("fr", "Le Cade a ordonné lundi à Apple de lever ses restrictions. Faute de s'y conformer, "
     "le fabricant de l'iPhone devra payer 250 000 reais par jour.",
     {("order", "Administrative Council for Economic Defense", "BR", "Apple", "2024-03-04",
       None),
      ("warning", "Administrative Council for Economic Defense", "BR", "Apple", "2024-03-04",
       250000)}),
    ("fr", "Le Cade a ordonné lundi à Apple de lever ses restrictions. À défaut, Apple devra "
     "verser 150 000 reais par jour de retard.",
     {("order", "Administrative Council for Economic Defense", "BR", "Apple", "2024-03-04",
       None),
      ("warning", "Administrative Council for Economic Defense", "BR", "Apple", "2024-03-04",
       150000)}),
    ("fr", "L'AGCM a ordonné mardi à Meta de modifier ses conditions. Faute de quoi, le groupe "
     "paiera 50 000 euros par jour.",
     {("order", "Italian Competition Authority", "IT", "Meta", "2024-03-05", None),
      ("warning", "Italian Competition Authority", "IT", "Meta", "2024-03-05", 50000)}),
    ("fr", "La CNMC a ordonné le 4 mars à Amazon de lever ces restrictions. Sinon, la "
     "plateforme devra débourser 20 000 euros par semaine de retard.",
     {("order", "National Commission on Markets and Competition", "ES", "Amazon", "2024-03-04",
       None),
      ("warning", "National Commission on Markets and Competition", "ES", "Amazon",
       "2024-03-04", 20000)}),
    ("fr", "La Commission européenne a ordonné lundi à X de retirer ces contenus. Faute de "
     "s'exécuter, X devra payer 1 million d'euros par jour.",
     {("order", "European Commission", "EU", "X", "2024-03-04", None),
      ("warning", "European Commission", "EU", "X", "2024-03-04", 1000000)}),
    ("en", "The Brazilian consumer body Senacon ordered Apple on Monday to change its terms. "
     "Failing that, Apple will have to pay R$ 100,000 a day.",
     {("order", "National Consumer Secretariat", "BR", "Apple", "2024-03-04", None),
      ("warning", "National Consumer Secretariat", "BR", "Apple", "2024-03-04", 100000)}),
    ("en", "Turkey's Competition Authority ordered Google on Tuesday to change its results. "
     "Otherwise, Google would owe 2 million lira for each day of delay.",
     {("order", "Turkish Competition Authority", "TR", "Google", "2024-03-05", None),
      ("warning", "Turkish Competition Authority", "TR", "Google", "2024-03-05", 2000000)}),
    ("en", "The Office of the Privacy Commissioner of Canada ordered TikTok on Monday to delete "
     "the data. If TikTok does not comply, it will pay $10,000 per day.",
     {("order", "Office of the Privacy Commissioner of Canada", "CA", "TikTok", "2024-03-04",
       None),
      ("warning", "Office of the Privacy Commissioner of Canada", "CA", "TikTok", "2024-03-04",
       10000)}),
    ("fr", "L'Arcom a mis en demeure mardi Pornhub de bloquer l'accès aux mineurs. À défaut, le "
     "site devra payer 10 000 euros par jour de retard.",
     {("order", "Arcom", "FR", "Pornhub", "2024-03-05", None),
      ("warning", "Arcom", "FR", "Pornhub", "2024-03-05", 10000)}),
]

# 2. Steps of a counted plural, their noun elided, each on its own day.
ELIDED = [
    ("en", "The Texas Attorney General filed two lawsuits against Google. The first, filed in "
     "January 2022, accused Google of tracking locations. The second, filed in October 2022, "
     "said Google captured biometric data.",
     {("lawsuit", "Texas Attorney General", "US-TX", "Google", "2022-01", None),
      ("lawsuit", "Texas Attorney General", "US-TX", "Google", "2022-10", None)}),
    ("en", "Google settled two lawsuits with the Texas Attorney General on Friday. The first, "
     "filed in January 2022, accused Google of tracking locations. The second, filed in "
     "October 2022, said Google captured biometric data.",
     {("lawsuit", "Texas Attorney General", "US-TX", "Google", "2022-01", None),
      ("lawsuit", "Texas Attorney General", "US-TX", "Google", "2022-10", None)}),
    ("en", "The Federal Trade Commission opened two investigations into Microsoft. The first, "
     "opened in March 2023, concerned cloud licensing at Microsoft. The second, launched in "
     "November 2023, looked at Microsoft's AI deals.",
     {("investigation", "Federal Trade Commission", "US", "Microsoft", "2023-03", None),
      ("investigation", "Federal Trade Commission", "US", "Microsoft", "2023-11", None)}),
    ("en", "The Australian Competition and Consumer Commission has brought two cases against "
     "Google. The first, lodged in October 2019, said Google misled users about location "
     "data. The other, brought in July 2020, concerned Google's use of personal data.",
     {("lawsuit", "Australian Competition and Consumer Commission", "AU", "Google", "2019-10",
       None),
      ("lawsuit", "Australian Competition and Consumer Commission", "AU", "Google", "2020-07",
       None)}),
    ("fr", "L'Autorité de la concurrence a ouvert deux enquêtes sur Google. La première, "
     "ouverte en mars 2022, porte sur la publicité de Google. La seconde, lancée en juin 2023, "
     "vise Android de Google.",
     {("investigation", "French Competition Authority", "FR", "Google", "2022-03", None),
      ("investigation", "French Competition Authority", "FR", "Google", "2023-06", None)}),
    ("fr", "La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo, au terme de deux "
     "procédures. La première, ouverte en janvier 2020, visait Criteo.",
     {("fine", "CNIL", "FR", "Criteo", "2024-02-29", 40000000),
      ("investigation", "CNIL", "FR", "Criteo", "2020-01", None)}),
    ("fr", "La DGCCRF a engagé deux procédures contre Shein. La première, engagée en mars 2023, "
     "visait les fausses promotions de Shein. La deuxième, ouverte en septembre 2024, porte "
     "sur les produits dangereux vendus par Shein.",
     {("investigation", "DGCCRF", "FR", "Shein", "2023-03", None),
      ("investigation", "DGCCRF", "FR", "Shein", "2024-09", None)}),
    ("fr", "Le parquet de Paris a ouvert deux enquêtes visant Telegram. La première, ouverte en "
     "février 2024, porte sur la pédocriminalité sur Telegram. La seconde, ouverte en juillet "
     "2024, vise le blanchiment sur Telegram.",
     {("investigation", "Paris prosecutor's office", "FR", "Telegram", "2024-02", None),
      ("investigation", "Paris prosecutor's office", "FR", "Telegram", "2024-07", None)}),
    ("fr", "La CNIL a engagé deux procédures contre Yahoo. L'autre, ouverte le 15 mars 2023, "
     "vise Yahoo.",
     {("investigation", "CNIL", "FR", "Yahoo", "2023-03-15", None)}),
]

# Traps: no new step, or the slots stay right.
TRAPS = [
    # an ordinal after things that are no steps
    ("en", "The CNIL fined Apple €8 million on Thursday. Apple runs two stores in Lyon. The "
     "first, opened in 2012, sits near the station.",
     {("fine", "CNIL", "FR", "Apple", "2024-02-29", 8000000)}),
    ("fr", "La CNIL a infligé jeudi une amende de 5 millions d'euros à Criteo. Criteo possède "
     "deux bureaux à Paris. Le premier, ouvert en 2005, accueille 300 salariés.",
     {("fine", "CNIL", "FR", "Criteo", "2024-02-29", 5000000)}),
    # suits of others than the body
    ("en", "The Federal Trade Commission sued Amazon on Tuesday. Two class actions were filed "
     "by consumers earlier. The first, filed in 2021 by a group of shoppers, accused Amazon of "
     "inflating prices.",
     {("lawsuit", "Federal Trade Commission", "US", "Amazon", "2024-03-05", None)}),
    # a sum per day that is no consequence of not complying
    ("en", "The Federal Trade Commission ordered Uber on Monday to refund riders. Otherwise, "
     "Uber will have to pay drivers $20 per day more, the company said.",
     {("order", "Federal Trade Commission", "US", "Uber", "2024-03-04", None)}),
    ("en", "Meta said on Monday it would pay €2 million per month to news publishers.", set()),
    ("fr", "À défaut d'accord, les éditeurs devront payer 10 euros par mois, a indiqué Google "
     "lundi.", set()),
    ("en", "Failing to comply would harm users, Google said on Monday.", set()),
    # the periodic fine imposed is the fine itself
    ("fr", "La CNIL a infligé lundi à Google une amende de 100 000 euros par jour de retard.",
     {("fine", "CNIL", "FR", "Google", "2024-03-04", 100000)}),
    # a consequence without a periodic sum stays a bare warning (existing rule), no amount
    ("en", "The Federal Trade Commission ordered Amazon on Tuesday to stop the practice. "
     "Failing to comply, Amazon will pay a one-off sum of $5 million.",
     {("order", "Federal Trade Commission", "US", "Amazon", "2024-03-05", None)}),
    # one sum to pay under the order itself is no warning
    ("fr", "Le Cade a ordonné lundi à Apple de verser 2 millions de reais à un fonds. Apple "
     "devra payer 250 000 reais par jour à ses développeurs, selon l'entreprise.",
     {("order", "Administrative Council for Economic Defense", "BR", "Apple", "2024-03-04",
       None)}),
]


def _actions(extractor: Extractor, reference: Reference, article_of, language: str,
             text: str) -> set[tuple[object, ...]]:
    article = article_of("Headline\n\n" + text + "\n", language, D, "Headline")
    found = to_gold(extractor.extract(article), reference)["actions"]
    return {(a["type"], a["actor"], a["jurisdiction"], a["target"], a["date"], a["amount"])
            for a in found}


@pytest.mark.parametrize(("language", "text", "expected"), PENALTIES)
def test_periodic_sum_after_an_order_is_a_warning(extractor, reference, article_of, language,
                                                   text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ELIDED)
def test_elided_step_of_a_counted_plural_on_its_day(extractor, reference, article_of, language,
                                                    text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), TRAPS)
def test_traps_stay_as_they_are(extractor, reference, article_of, language, text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected
