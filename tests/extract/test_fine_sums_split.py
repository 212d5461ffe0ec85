"""Each company's own sum when a fine is shared out or told beside other sums (issue 3,
session 12, cause AMOUNTS). Invented texts, English and French, with traps.

- A breakdown after a colon or in brackets names each company's part with "for" / "pour" / "à"
  ("... d'amendes : 60 millions pour Microsoft et 30 millions pour TikTok"); a part in the same
  currency in brackets is a breakdown, not a conversion (money.py `is_conversion`).
- A fine noun between a sum and its company ("70 millions d'euros d'amende à Google (40
  millions à Google LLC ...)") keeps the group's total, not one entity's part.
- A lead fining several companies (with or without their total), then one sentence giving the
  parts as coordinated pairs with the verb said once ("Meta écope de 20 millions d'euros et
  TikTok de 10 millions", "Google must pay £40 million and Amazon £20 million":
  coordinated_parts.py, combined_fines.py); a sentence naming the companies with no sum is
  passed over.
- A total over time in another clause ("..., and it has imposed penalties running to billions
  since 2021") does not void the first clause's sum (fine_sum_context.py `is_cumulative_for`).
- "a écopé de N millions d'euros" without the word amende is a fine (lexicon.yaml).
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

pytestmark = pytest.mark.slow

AMAZON = "organisation/amazon"
APPLE = "organisation/apple"
CRITEO = "organisation/criteo"
GOOGLE = "organisation/google"
META = "organisation/meta"
MICROSOFT = "organisation/microsoft"
TIKTOK = "service/tiktok"
UBER = "organisation/uber"
ZALANDO = "service/zalando"
SHEIN = "service/shein"
NETFLIX = "service/netflix"
LINKEDIN = "service/linkedin"


def _fines(extractor, article_of, text: str, language: str) -> list[tuple[object, ...]]:
    article = article_of(text, language, dt.date(2024, 3, 6))
    return sorted({(a.type, a.targets[0] if a.targets else None,
                    int(a.amount.amount) if a.amount else None,
                    a.amount.currency if a.amount else None)
                   for a in extractor.extract(article).actions
                   if a.status in FACTUAL_STATUSES and a.type == "fine"}, key=str)


def _check(extractor, article_of, text: str, language: str,
           expected: list[tuple[object, ...]]) -> None:
    assert _fines(extractor, article_of, text, language) == sorted(expected, key=str)


M = 1_000_000


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a breakdown in brackets or after a colon, per company
    ("The Turkish Competition Authority on Tuesday fined Google and Meta a combined 300 million"
     " lira (200 million lira for Google and 100 million lira for Meta).", "en",
     [("fine", GOOGLE, 200 * M, "TRY"), ("fine", META, 100 * M, "TRY")]),
    ("On 12 February the Korea Fair Trade Commission fined Apple and Google 60 billion won in "
     "all (40 billion won for Google and 20 billion won for Apple).", "en",
     [("fine", GOOGLE, 40_000 * M, "KRW"), ("fine", APPLE, 20_000 * M, "KRW")]),
    ("La CNIL a infligé lundi plus de 90 millions d'euros d'amendes à Microsoft et TikTok : 60 "
     "millions pour Microsoft et 30 millions pour TikTok.", "fr",
     [("fine", MICROSOFT, 60 * M, "EUR"), ("fine", TIKTOK, 30 * M, "EUR")]),
    ("L'Autorité de la concurrence a sanctionné jeudi Apple et Meta d'amendes d'un montant "
     "total de 250 millions d'euros (150 millions pour Apple et 100 millions pour Meta).", "fr",
     [("fine", APPLE, 150 * M, "EUR"), ("fine", META, 100 * M, "EUR")]),
    ("En mai 2022, l'autorité italienne de la concurrence avait infligé plus de 20 millions "
     "d'euros d'amendes à Zalando et Shein : 12 millions pour Zalando et 9 millions pour "
     "Shein.", "fr",
     [("fine", ZALANDO, 12 * M, "EUR"), ("fine", SHEIN, 9 * M, "EUR")]),
    # a group's total before its entities' parts, then another company
    ("Par deux délibérations du 10 janvier, la CNIL a infligé 70 millions d'euros d'amende à "
     "Google (40 millions à Google LLC et 30 millions à Google Ireland Limited) et 25 millions "
     "d'euros à Amazon Europe Core.", "fr",
     [("fine", GOOGLE, 70 * M, "EUR"), ("fine", AMAZON, 25 * M, "EUR")]),
    ("Le 3 juin, l'Autorité de la concurrence a infligé 45 millions d'euros d'amende à Meta "
     "(30 millions à Meta Platforms Ireland et 15 millions à Meta Platforms Inc) et 10 millions"
     " d'euros à Uber.", "fr",
     [("fine", META, 45 * M, "EUR"), ("fine", UBER, 10 * M, "EUR")]),
    # the parts in a sentence of coordinated pairs after the lead
    ("The European Commission on Monday fined Apple and Meta a combined €700 million. Apple "
     "was hit with €500 million and Meta with €200 million.", "en",
     [("fine", APPLE, 500 * M, "EUR"), ("fine", META, 200 * M, "EUR")]),
    ("The CMA fined Google and Amazon a total of £60 million on Friday. Google must pay £40 "
     "million and Amazon £20 million.", "en",
     [("fine", GOOGLE, 40 * M, "GBP"), ("fine", AMAZON, 20 * M, "GBP")]),
    ("Japan's Fair Trade Commission fined Google and Apple a total of 9 billion yen on "
     "Wednesday. Google will pay 6 billion yen, and Apple 3 billion yen.", "en",
     [("fine", GOOGLE, 6000 * M, "JPY"), ("fine", APPLE, 3000 * M, "JPY")]),
    ("The Dutch Authority for Consumers and Markets fined Uber and Netflix on 4 March. Uber "
     "must pay €12 million and Netflix €3 million.", "en",
     [("fine", UBER, 12 * M, "EUR"), ("fine", NETFLIX, 3 * M, "EUR")]),
    ("L'autorité italienne de la concurrence a infligé jeudi des amendes d'un montant total de "
     "30 millions d'euros à Meta et TikTok. Meta écope de 20 millions d'euros et TikTok de 10 "
     "millions d'euros.", "fr",
     [("fine", META, 20 * M, "EUR"), ("fine", TIKTOK, 10 * M, "EUR")]),
    ("La Commission européenne a infligé mardi des amendes d'un montant total de 400 millions "
     "d'euros à Google et Microsoft. Google devra acquitter 250 millions d'euros, et Microsoft "
     "150 millions.", "fr",
     [("fine", GOOGLE, 250 * M, "EUR"), ("fine", MICROSOFT, 150 * M, "EUR")]),
    ("Le Bundeskartellamt a sanctionné mercredi Amazon et Zalando pour un total de 17 millions "
     "d'euros. Selon l'autorité, Amazon et Zalando ont échangé des informations sensibles. "
     "Amazon écope de 11 millions d'euros et Zalando de 6 millions d'euros.", "fr",
     [("fine", AMAZON, 11 * M, "EUR"), ("fine", ZALANDO, 6 * M, "EUR")]),
    # a total over time in another clause
    ("Last month the Irish Data Protection Commission fined TikTok 345 million euros for its "
     "handling of children's data, and it has imposed penalties running to billions of euros "
     "on Meta since 2021.", "en",
     [("fine", TIKTOK, 345 * M, "EUR"), ("fine", META, None, None)]),
    ("Le mois dernier, la CNIL a infligé 40 millions d'euros d'amende à Criteo, et elle a "
     "prononcé des sanctions de plusieurs milliards d'euros depuis 2019.", "fr",
     [("fine", CRITEO, 40 * M, "EUR")]),
    # "écoper de N" without the word amende
    ("L'autorité espagnole de la concurrence a ouvert une enquête sur Amazon en 2019. En "
     "juillet 2021, Amazon a écopé de 46 millions d'euros, pour des clauses abusives.", "fr",
     [("fine", AMAZON, 46 * M, "EUR")]),
    ("La Commission européenne a infligé une amende de 500 millions d'euros à Apple lundi. En "
     "novembre dernier, Meta avait écopé de 797 millions d'euros pour avoir lié ses services.",
     "fr",
     [("fine", APPLE, 500 * M, "EUR"), ("fine", META, 797 * M, "EUR")]),
    ("Brazil's CADE fined Apple and Google R$ 90 million in total on 4 March: R$ 60 million for "
     "Apple and R$ 30 million for Google.", "en",
     [("fine", APPLE, 60 * M, "BRL"), ("fine", GOOGLE, 30 * M, "BRL")]),
    ("The European Commission fined Apple and Meta €800 million on 22 April (€500 million for "
     "Apple and €300 million for Meta).", "en",
     [("fine", APPLE, 500 * M, "EUR"), ("fine", META, 300 * M, "EUR")]),
    ("La CNIL a sanctionné le 29 décembre Microsoft et Apple de 68 millions d'euros au total (60"
     " millions pour Microsoft et 8 millions pour Apple).", "fr",
     [("fine", MICROSOFT, 60 * M, "EUR"), ("fine", APPLE, 8 * M, "EUR")]),
    ("La Commission européenne a infligé le 7 mars 1,8 milliard d'euros d'amendes au total à "
     "Apple et Meta : 1,2 milliard pour Apple et 600 millions pour Meta.", "fr",
     [("fine", APPLE, 1200 * M, "EUR"), ("fine", META, 600 * M, "EUR")]),
    ("The Italian Competition Authority fined Amazon and Apple a total of €200 million on 23 "
     "November. Amazon will pay €68 million, and Apple €132 million.", "en",
     [("fine", AMAZON, 68 * M, "EUR"), ("fine", APPLE, 132 * M, "EUR")]),
    ("The CNIL fined Google and Amazon on 7 December. Google was ordered to pay €100 million and"
     " Amazon €35 million.", "en",
     [("fine", GOOGLE, 100 * M, "EUR"), ("fine", AMAZON, 35 * M, "EUR")]),
    ("The Dutch Data Protection Authority fined Uber and Netflix on 22 July. Uber will pay €290 "
     "million and Netflix €4.75 million.", "en",
     [("fine", UBER, 290 * M, "EUR"), ("fine", NETFLIX, 4_750_000, "EUR")]),
    ("L'autorité turque de la concurrence a infligé mardi des amendes à Google et Meta. Google "
     "écope de 300 millions de livres turques et Meta de 100 millions de livres turques.", "fr",
     [("fine", GOOGLE, 300 * M, "TRY"), ("fine", META, 100 * M, "TRY")]),
    ("Le Garante italien a sanctionné mercredi Uber et Amazon pour un total de 15 millions "
     "d'euros. Uber se voit infliger 10 millions d'euros et Amazon 5 millions.", "fr",
     [("fine", UBER, 10 * M, "EUR"), ("fine", AMAZON, 5 * M, "EUR")]),
    ("The Irish Data Protection Commission fined LinkedIn 310 million euros on Thursday, and it "
     "has imposed fines worth billions of euros on tech companies since 2018.", "en",
     [("fine", LINKEDIN, 310 * M, "EUR")]),
    ("La CNIL a infligé mardi une amende de 5 millions d'euros à TikTok ; elle a prononcé au "
     "total plus de 300 millions d'euros de sanctions depuis 2020.", "fr",
     [("fine", TIKTOK, 5 * M, "EUR")]),
    ("La CNIL a infligé jeudi 32 millions d'euros d'amende à Amazon, et elle a prononcé des "
     "sanctions de plusieurs centaines de millions d'euros au total depuis 2019.", "fr",
     [("fine", AMAZON, 32 * M, "EUR")]),
    ("L'Autorité de la concurrence avait ouvert une enquête sur Google en 2019. En juin 2021, "
     "Google a écopé de 220 millions d'euros, pour abus de position dominante.", "fr",
     [("fine", GOOGLE, 220 * M, "EUR")]),
])
def test_regression_each_company_takes_its_own_part(extractor, article_of, text, language,
                                                    expected):
    _check(extractor, article_of, text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a combined total alone is no company's sum
    ("The European Commission on Monday fined Apple and Meta a combined €700 million.", "en",
     [("fine", APPLE, None, None), ("fine", META, None, None)]),
    # revenue, earlier fines, or the same companies in another matter are no parts
    ("The European Commission on Monday fined Apple and Meta a combined €700 million. Apple "
     "made €90 billion in revenue last year and Meta €40 billion.", "en",
     [("fine", APPLE, None, None), ("fine", META, None, None)]),
    ("La Commission européenne a infligé mardi des amendes d'un montant total de 400 millions "
     "d'euros à Google et Microsoft. Google et Microsoft avaient déjà payé 2 milliards et 500 "
     "millions d'euros en 2019.", "fr",
     [("fine", GOOGLE, None, None), ("fine", MICROSOFT, None, None)]),
    ("The CMA fined Google and Amazon a total of £60 million on Friday. Google must pay £40 "
     "million and Microsoft £20 million.", "en",
     [("fine", GOOGLE, None, None), ("fine", AMAZON, None, None)]),
    # one group's entities: the group's total, brackets or not
    ("The Irish Data Protection Commission fined Meta €90 million on 5 March (€60 million for "
     "Meta Platforms Ireland and €30 million for Meta Platforms Inc).", "en",
     [("fine", META, 90 * M, "EUR")]),
    ("La CNIL a infligé le 5 mars une amende de 80 millions d'euros à Google (50 millions à "
     "Google LLC et 30 millions à Google Ireland Limited) et de 20 millions d'euros à "
     "Microsoft.", "fr",
     [("fine", GOOGLE, 80 * M, "EUR"), ("fine", MICROSOFT, 20 * M, "EUR")]),
    # a conversion in brackets stays a conversion
    ("The European Commission fined Google €2.42 billion ($2.7 billion) on Tuesday.", "en",
     [("fine", GOOGLE, 2420 * M, "EUR")]),
    ("La CNIL a infligé jeudi une amende de 150 millions d'euros (environ 160 millions de "
     "dollars) à Google.", "fr",
     [("fine", GOOGLE, 150 * M, "EUR")]),
    # a total over time in the sum's own clause is no fine's sum
    ("The European Commission has fined Google a total of €8 billion in three cases.", "en",
     [("fine", GOOGLE, None, None)]),
    # "écoper de" a sum of something else is no fine
    ("Amazon a écopé de 746 millions d'euros de chiffre d'affaires en juillet.", "fr", []),
    # a colon giving users, not parts
    ("La CNIL a infligé lundi une amende de 90 millions d'euros à Microsoft : 60 millions "
     "d'utilisateurs sont concernés.", "fr",
     [("fine", MICROSOFT, 90 * M, "EUR")]),
    ("The Korea Fair Trade Commission fined Apple and Google a total of 60 billion won on "
     "Monday: 40 billion won for Google and 20 billion won for Apple.", "en",
     [("fine", GOOGLE, 40_000 * M, "KRW"), ("fine", APPLE, 20_000 * M, "KRW")]),
    # already right: a pair told with its own verb, a breakdown of one group beside another
    # company, a total over time beside the sum, crore amounts after a colon
    ("The Korea Fair Trade Commission fined Google and Apple on Tuesday. Google was fined 42 "
     "billion won and Apple 20 billion won.", "en",
     [("fine", GOOGLE, 42_000 * M, "KRW"), ("fine", APPLE, 20_000 * M, "KRW")]),
    ("The CNIL fined Google €150 million (€90 million for Google LLC and €60 million for Google "
     "Ireland) and Meta €60 million on 6 January.", "en",
     [("fine", GOOGLE, 150 * M, "EUR"), ("fine", META, 60 * M, "EUR")]),
    ("Ofcom fined TikTok £1.9 million on Tuesday, while it has issued fines totalling £40 "
     "million over the past five years.", "en",
     [("fine", TIKTOK, 1_900_000, "GBP")]),
    ("The Competition Commission of India fined Google and Meta more than ₹2,000 crore on 20 "
     "October: ₹1,337 crore for Google and ₹700 crore for Meta.", "en",
     [("fine", GOOGLE, 13_370 * M, "INR"), ("fine", META, 7000 * M, "INR")]),
])
def test_traps_keep_the_right_sum_or_none(extractor, article_of, text, language, expected):
    _check(extractor, article_of, text, language, expected)
