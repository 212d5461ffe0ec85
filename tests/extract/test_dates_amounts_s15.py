"""Dates and amounts of steps, session 15 (issue 3, guidelines 6 and 7): the classes of
phrasing that gave a step a wrong date or a wrong (or no) sum on the dev sets, in other words.

- the day a law was passed is not the step's ("en vertu de la loi du 6 janvier 1978");
- the day in an "until ... on <day>" clause bounds the measure, not the step;
- "61,342,847.73 lira": a sum written in full before a currency word that needs a multiplier;
- a sanction reported on one day and told a few sentences later with the day it was decided
  ("The fine was imposed on January 26", "La sanction, décidée le 20 février", "Adoptée le 29
  mai ..., la délibération");
- "in March of that year", "en mars de la même année": the year last written, not the
  publication's;
- "It is also examining ...", "Il enquête aussi ...": a running probe, not one more act on the
  day told before;
- a step in an "after ..." clause set off by a comma does not take the main clause's date;
- "The order, dated May 21, ...": a document's day told in the next sentence;
- "Outre le paiement, la DGCCRF a imposé ...": a measure of the settlement just told.

Each case names the step (type, target) and the date (ISO, as gold files write it) and, where
given, the amount and currency it must have; the traps keep the date they have.
"""

from __future__ import annotations

from decimal import Decimal

import pytest


def _row(rows: list[dict[str, object]], kind: str, target: str) -> dict[str, object]:
    found = [r for r in rows if r["type"] == kind and r["target"] == target]
    assert found, f"no {kind} on {target} in {rows}"
    return found[0]


# (language, published, text, type, target, date)
DATES = [
    # the day a law was passed
    pytest.param("fr", "2024-03-06", "La CNIL a infligé à Criteo une amende de 2 millions "
                 "d'euros, en application de la loi du 6 janvier 1978.", "fine", "Criteo", None,
                 id="regression_law_of_a_day_fr"),
    pytest.param("fr", "2024-03-06", "Le Garante a infligé une amende de 15 millions d'euros à "
                 "OpenAI, au titre du règlement (UE) 2016/679 du 27 avril 2016.", "fine",
                 "OpenAI", None, id="regression_regulation_of_a_day_fr"),
    pytest.param("en", "2024-03-06", "Italy's competition authority AGCM fined Amazon 10 million "
                 "euros, under the Consumer Code of 6 September 2005.", "fine", "Amazon", None,
                 id="regression_code_of_a_day_en"),
    pytest.param("en", "2024-03-06", "The Turkish Competition Authority fined Google 2 million "
                 "lira for breaching Law No. 4054 of 13 December 1994.", "fine", "Google", None,
                 id="trap_law_number_and_multiplier_en"),
    pytest.param("fr", "2024-03-06", "La CNIL a infligé mardi à Criteo une amende de 2 millions "
                 "d'euros, en application de la loi du 6 janvier 1978.", "fine", "Criteo",
                 "2024-03-05", id="trap_law_of_a_day_leaves_the_weekday_fr"),
    # a day in an "until ..." clause
    pytest.param("en", "2024-11-09", "The Communications Authority of Kenya ordered operators to "
                 "block Telegram until the examinations end on November 22.", "block",
                 "Telegram", None, id="regression_until_clause_day_en"),
    pytest.param("en", "2024-11-09", "In a letter dated October 31, the Communications Authority "
                 "of Kenya directed operators to suspend access to Telegram until the "
                 "examinations end on November 22.", "block", "Telegram", "2024-10-31",
                 id="trap_dated_letter_over_until_clause_en"),
    # a sanction told later with the day it was decided
    pytest.param("en", "2024-02-08", "PARIS, Feb 8 - Clearview AI has been fined 5 million euros "
                 "by France's CNIL, the regulator said on Thursday. The fine was imposed on "
                 "January 26 by its restricted committee.", "fine", "Clearview AI", "2024-01-26",
                 id="regression_fine_imposed_on_a_day_told_next_en"),
    pytest.param("fr", "2024-03-05", "ROME, 5 mars 2024 - Le Garante italien a infligé une amende "
                 "de 15 millions d'euros à OpenAI, a-t-il annoncé mardi. L'enquête portait sur "
                 "ChatGPT. La sanction, décidée le 20 février par le collège, repose sur le "
                 "RGPD.", "fine", "OpenAI", "2024-02-20",
                 id="regression_sanction_decidee_two_sentences_on_fr"),
    pytest.param("en", "2023-09-15", "DUBLIN, Sept 15 - TikTok has been fined 345 million euros "
                 "by Ireland's Data Protection Commission, which found it broke the GDPR. The "
                 "commission said on Friday that the fine was set in a final decision adopted on "
                 "Sept. 1.", "fine", "TikTok", "2023-09-01",
                 id="regression_fine_set_in_decision_adopted_en"),
    pytest.param("fr", "2024-06-07", "La CNIL a rendu publique jeudi une sanction de 10 millions "
                 "d'euros contre Yahoo. Adoptée le 29 mai par la formation restreinte, la "
                 "délibération vise la société Yahoo EMEA.", "fine", "Yahoo", "2024-05-29",
                 id="regression_fronted_adoptee_le_fr"),
    # "of that year"
    pytest.param("en", "2025-05-10", "Texas opened two cases against Google in 2022. In March of "
                 "that year, the Texas Attorney General sued Google over location tracking.",
                 "lawsuit", "Google", "2022-03", id="regression_month_of_that_year_en"),
    pytest.param("en", "2025-05-10", "The ICO began looking at TikTok in 2019. In July of the "
                 "same year, the ICO fined TikTok £12.7 million.", "fine", "TikTok", "2019-07",
                 id="regression_month_of_the_same_year_en"),
    pytest.param("fr", "2025-05-10", "La CNIL a ouvert une enquête en 2022. En mars de la même "
                 "année, la CNIL a infligé une amende de 5 millions d'euros à TikTok.", "fine",
                 "TikTok", "2022-03", id="regression_mois_de_la_meme_annee_fr"),
    pytest.param("fr", "2025-05-10", "La CNIL a ouvert une enquête en 2022 sur TikTok, puis, le "
                 "3 mars de cette année-là, la CNIL a infligé une amende de 5 millions d'euros à "
                 "TikTok.", "fine", "TikTok", "2022-03-03",
                 id="regression_jour_de_cette_annee_la_fr"),
    pytest.param("en", "2025-05-10", "The ICO fined TikTok £12.7 million in July of the same "
                 "year.", "fine", "TikTok", None, id="regression_that_year_unwritten_en"),
    # a running probe told after a dated step
    pytest.param("en", "2024-10-01", "In November 2022 the Federal Cartel Office opened "
                 "proceedings into Amazon's price controls. It is also examining whether Apple's "
                 "tracking framework favours its own advertising.", "investigation", "Apple",
                 None, id="regression_is_also_examining_en"),
    pytest.param("fr", "2024-10-01", "En novembre 2022, l'Office fédéral des cartels a ouvert "
                 "une procédure contre Amazon. Il enquête aussi sur Apple.", "investigation",
                 "Apple", None, id="regression_il_enquete_aussi_fr"),
    # a step in an "after ..." clause
    pytest.param("en", "2024-12-14", "Binance withdrew from the market in April 2023, after the "
                 "SEC sued it.", "lawsuit", "Binance", None,
                 id="regression_after_clause_step_en"),
    pytest.param("fr", "2024-12-14", "Binance s'est retiré du marché en avril 2023, après que la "
                 "SEC l'a poursuivi en justice.", "lawsuit", "Binance", None,
                 id="regression_apres_que_clause_step_fr"),
    # the document's day told next
    pytest.param("en", "2025-05-23", "Vietnam's Ministry of Science and Technology has told "
                 "providers to block Telegram, according to an order seen by Reuters. The order, "
                 "dated May 21, was signed by an official.", "block", "Telegram", "2025-05-21",
                 id="regression_order_dated_told_next_en"),
    # a measure told with "Outre le paiement", "Outre la transaction": the settlement's day
    pytest.param("fr", "2021-10-09", "La DGCCRF a infligé mardi à Google une amende "
                 "transactionnelle de 1,1 million d'euros. L'enquête avait été ouverte en 2019. "
                 "La transaction a été conclue avec l'accord du procureur. Outre le paiement, la "
                 "DGCCRF a imposé à Google de publier un avis.", "order", "Google", "2021-10-05",
                 id="regression_outre_le_paiement_fr"),
    pytest.param("fr", "2021-10-09", "L'AGCM a infligé mardi à Amazon une amende de 10 millions "
                 "d'euros. L'enquête avait été ouverte en 2019. L'amende a été réduite de moitié. "
                 "Outre la transaction, l'AGCM a enjoint à Amazon de modifier ses conditions.",
                 "order", "Amazon", "2021-10-05", id="regression_outre_la_transaction_fr"),
]

# Traps: the date a step has stays.
KEPT = [
    pytest.param("fr", "2024-03-06", "La CNIL a infligé à Google une amende de 3 millions "
                 "d'euros le 4 mars.", "fine", "Google", "2024-03-04", id="trap_plain_day_fr"),
    pytest.param("en", "2024-02-06", "The Dutch Data Protection Authority fined Uber 290 million "
                 "euros on Monday. The fine follows a decision adopted on 3 January by the "
                 "European Data Protection Board.", "fine", "Uber", "2024-02-05",
                 id="trap_another_body_decision_adopted"),
    pytest.param("en", "2024-02-06", "The CNIL fined Google 150 million euros on Monday. The fine "
                 "was imposed on Google Ireland, which had already been fined on 3 January.",
                 "fine", "Google", "2024-02-05", id="trap_already_fined_on_a_day"),
    pytest.param("en", "2024-10-01", "In November 2022 the Federal Cartel Office opened "
                 "proceedings into Amazon's price controls. It also opened proceedings against "
                 "Apple.", "investigation", "Apple", "2022-11", id="trap_it_also_opened"),
    pytest.param("fr", "2024-10-01", "En novembre 2022, l'Office fédéral des cartels a ouvert "
                 "une procédure contre Amazon. Il a aussi ouvert une procédure contre Apple.",
                 "investigation", "Apple", "2022-11", id="trap_il_a_aussi_ouvert"),
    pytest.param("en", "2024-12-14", "The SEC sued Binance in April 2023, after the company "
                 "withdrew from the market.", "lawsuit", "Binance", "2023-04",
                 id="trap_step_before_after_clause"),
    pytest.param("en", "2024-12-14", "Binance withdrew from the market in April 2023 after the "
                 "SEC sued it.", "lawsuit", "Binance", "2023-04",
                 id="trap_after_clause_without_comma_same_time"),
    pytest.param("en", "2024-06-01", "Italy's Garante ordered OpenAI in March 2023 to stop "
                 "processing Italians' data, after a data breach exposed chat titles.", "order",
                 "OpenAI", "2023-03", id="trap_step_before_its_after_clause"),
    pytest.param("fr", "2024-12-14", "Le 3 mars, après une longue enquête, la CNIL a infligé une "
                 "amende de 5 millions d'euros à Google.", "fine", "Google", "2024-03-03",
                 id="trap_apres_phrase_between_commas"),
    pytest.param("en", "2024-03-06", "Ofcom fined 4chan £20,000 on 3 March, six months after the "
                 "Online Safety Act came into force.", "fine", "4chan", "2024-03-03",
                 id="trap_act_without_its_day"),
    pytest.param("en", "2025-05-10", "The ICO began looking at TikTok in 2019. That July, the ICO "
                 "fined TikTok £12.7 million.", "fine", "TikTok", "2019-07",
                 id="trap_that_named_month"),
    pytest.param("fr", "2021-10-09", "La DGCCRF a infligé mardi à Google une amende "
                 "transactionnelle de 1,1 million d'euros. Outre le paiement, la DGCCRF avait "
                 "ordonné en 2019 à Google de retirer ses étoiles.", "order", "Google", "2019",
                 id="trap_outre_le_paiement_own_year"),
    pytest.param("en", "2024-11-09", "The Communications Authority of Kenya ordered operators to "
                 "block Telegram on Monday until further notice.", "block", "Telegram",
                 "2024-11-04", id="trap_until_further_notice"),
]


@pytest.mark.parametrize(("language", "published", "text", "kind", "target", "date"),
                         DATES + KEPT)
def test_step_date(rows, language, published, text, kind, target, date):
    assert _row(rows(text, language, published), kind, target)["date"] == date


# (language, published, text, type, target, amount, currency)
AMOUNTS = [
    pytest.param("en", "2023-07-29", "The Turkish Competition Authority fined Trendyol "
                 "61,342,847.73 lira on Thursday.", "fine", "Trendyol", "61342847.73", "TRY",
                 id="regression_lira_written_in_full_en"),
    pytest.param("en", "2024-03-06", "South Korea's Fair Trade Commission fined Coupang "
                 "1,628,000,000 won on Monday.", "fine", "Coupang", "1628000000", "KRW",
                 id="regression_won_written_in_full_en"),
    pytest.param("fr", "2024-03-06", "La Commission sud-coréenne de la concurrence a infligé "
                 "lundi à Kakao une amende de 27 100 000 000 won.", "fine", "Kakao",
                 "27100000000", "KRW", id="regression_won_written_in_full_fr"),
    pytest.param("en", "2024-03-06", "South Africa's Competition Commission fined Google "
                 "4,500,000 rand on Monday.", "fine", "Google", "4500000", "ZAR",
                 id="regression_rand_written_in_full_en"),
    # traps
    pytest.param("en", "2024-03-06", "The Turkish Competition Authority fined Trendyol 1.5 "
                 "million lira on Thursday.", "fine", "Trendyol", "1500000", "TRY",
                 id="trap_lira_with_multiplier"),
    pytest.param("en", "2024-03-06", "Brazil's ANPD fined Meta R$ 2 million over 120,000 real "
                 "profiles.", "fine", "Meta", "2000000", "BRL", id="trap_real_not_a_sum"),
    pytest.param("fr", "2024-03-06", "L'AGCM a infligé mardi à Apple et à Google une amende de "
                 "10 millions d'euros chacune.", "fine", "Google", "10000000", "EUR",
                 id="trap_chacune_each"),
    pytest.param("fr", "2024-03-06", "La Commission coréenne de protection des informations "
                 "personnelles a infligé mardi à Kakao une amende de 15,1 milliards de wons.",
                 "fine", "Kakao", "15100000000", "KRW", id="trap_milliards_de_wons"),
]


@pytest.mark.parametrize(("language", "published", "text", "kind", "target", "amount",
                          "currency"), AMOUNTS)
def test_step_amount(rows, language, published, text, kind, target, amount, currency):
    row = _row(rows(text, language, published), kind, target)
    assert (Decimal(str(row["amount"])), row["currency"]) == (Decimal(amount), currency)
