"""Missing dates of steps, session 15 (issue 3, guideline 6): the classes of phrasing where the
text gives a step's day and the rules gave none, in other words than the dev sets'.

- a block in force "since" a day "by decision / on the orders of" a body (`decided_states`):
  the decision named, the day it runs from is the step's; a block "since" a day with no decision
  named, and another step told beside the block, keep no date;
- a live blog's time-stamped entries under a day heading (`live_blog_days`): a step an entry
  tells in the present takes the heading's day (also a time alone on its line, "14:10 KST", and a
  heading going on after a dash, and reported speech "said ... that it had imposed"); a
  background step, a heading of a month only, and an entry with no heading above keep no date;
  a later heading gives its own day;
- a company that "was also fined / a également été condamnée" (`also_undergone`): one more
  measure of the same authority's dated decision on it told before; not a measure with its own
  year, a pluperfect, an English present perfect, nor another company's;
- a step after a fronted "In a decision taken in August but published in December,"
  (`fronted_decisions`): the decision's day, not the publication's; not a report's or a
  complaint's day, not a decision told in another sentence.

Each case names the step (type, target) and the date it must have (ISO, as gold files write it,
None: no date).
"""

from __future__ import annotations

import pytest


def _rows_of(rows: list[dict[str, object]], kind: str, target: str) -> list[dict[str, object]]:
    found = [r for r in rows if r["type"] == kind and r["target"] == target]
    assert found, f"no {kind} on {target} in {rows}"
    return found


_BLOG_FR = (
    "Lundi 11 mars 2024. Les dernières informations, mises à jour au fil de la journée.\n\n"
    "{first} – C'est officiel. La CNIL annonce avoir infligé une amende de 5 millions d'euros "
    "à Criteo.\n\n"
    "15h00 – Bruxelles aussi. La Commission européenne annonce l'ouverture d'une enquête "
    "contre TikTok.")
_BLOG_EN = (
    "Thursday, 6 June 2024. Follow the latest updates below.\n\n"
    "09:15 – Official. The Italian Competition Authority announces a fine of 10 million euros "
    "against Shein.\n\n"
    "11:40 – Spain too. The Spanish Data Protection Agency opens an investigation into Temu.")

# (language, published, text, type, target, date)
DATES = [
    # a block "since" a day, the decision named
    pytest.param("fr", "2024-03-12", "Telegram est bloqué depuis mars 2023 sur décision de la "
                 "justice brésilienne.", "block", "Telegram", "2023-03",
                 id="regression_block_since_month_by_court_decision_fr"),
    pytest.param("fr", "2024-03-12", "Depuis le 4 mars, sur décision de l'Arcep, les "
                 "opérateurs bloquent l'application Telegram.", "block", "Telegram",
                 "2024-03-04", id="regression_fronted_since_day_by_decision_fr"),
    pytest.param("fr", "2024-03-12", "Depuis le 9 février, sur ordre du Roskomnadzor, "
                 "WhatsApp est bloqué en Russie.", "block", "WhatsApp", "2024-02-09",
                 id="regression_fronted_since_day_on_order_fr"),
    pytest.param("en", "2024-03-12", "X has been blocked in Pakistan since February 17 on the "
                 "orders of the Pakistan Telecommunication Authority.", "block", "X",
                 "2024-02-17", id="regression_block_since_day_on_the_orders_of_en"),
    pytest.param("en", "2024-03-12", "Since February 17, under a decision of the Pakistan "
                 "Telecommunication Authority, X has been blocked across Pakistan.", "block", "X",
                 "2024-02-17", id="regression_fronted_since_under_a_decision_en"),
    pytest.param("en", "2024-03-12", "Telegram has been blocked since April 2018 on the "
                 "orders of Roskomnadzor.", "block", "Telegram", "2018-04",
                 id="regression_since_month_on_the_orders_of_en"),
    # traps: no decision named, another step, a step that is not a state
    pytest.param("fr", "2024-03-12", "Telegram est bloqué en Russie depuis mars 2023.", "block",
                 "Telegram", None, id="trap_block_since_month_no_decision_fr"),
    pytest.param("en", "2024-03-12", "X has been blocked in Pakistan since February 17, the "
                 "Pakistan Telecommunication Authority said.", "block", "X", None,
                 id="trap_block_since_day_no_decision_en"),
    pytest.param("fr", "2024-03-12", "Bloqué depuis 2019 sur décision de la justice russe, "
                 "Telegram a aussi été condamné à une amende de 3 millions de roubles par le "
                 "tribunal Taganski.", "fine", "Telegram", None,
                 id="trap_fine_beside_a_block_since_a_year_fr"),
    pytest.param("en", "2024-03-12", "The CNIL fined Criteo 40 million euros on 15 June 2023. "
                 "Telegram has been blocked in Iran since April 2018 by order of the "
                 "judiciary.", "fine", "Criteo", "2023-06-15",
                 id="trap_since_day_stays_in_its_sentence_en"),
    pytest.param("fr", "2024-03-12", "Le 2 mars, sur décision de l'Arcep, les opérateurs ont "
                 "bloqué l'application Telegram.", "block", "Telegram", "2024-03-02",
                 id="trap_own_day_of_a_decided_block_fr"),
    # a live blog's entries under a day heading
    pytest.param("fr", "2024-03-11", _BLOG_FR.format(first="14h10"), "fine", "Criteo",
                 "2024-03-11", id="regression_live_blog_entry_present_fr"),
    pytest.param("fr", "2024-03-11", _BLOG_FR.format(first="14h10"), "investigation", "TikTok",
                 "2024-03-11", id="regression_live_blog_second_entry_fr"),
    pytest.param("fr", "2024-03-11", _BLOG_FR.format(first="9 h 05"), "fine", "Criteo",
                 "2024-03-11", id="regression_live_blog_spaced_time_stamp_fr"),
    pytest.param("en", "2024-06-06", _BLOG_EN, "fine", "Shein", "2024-06-06",
                 id="regression_live_blog_entry_present_en"),
    pytest.param("en", "2024-06-06", _BLOG_EN, "investigation", "Temu", "2024-06-06",
                 id="regression_live_blog_second_entry_en"),
    pytest.param("fr", "2024-03-13", "Lundi 11 mars 2024. Le fil de la journée.\n\n14h10 – "
                 "La CNIL annonce une amende de 5 millions d'euros contre Criteo.\n\n"
                 "Mardi 12 mars 2024. Le fil continue.\n\n10h20 – La Commission européenne "
                 "annonce l'ouverture d'une enquête contre TikTok.", "investigation", "TikTok",
                 "2024-03-12", id="regression_live_blog_later_heading_fr"),
    # traps: no heading, a heading of a month only, a background entry, a time with no entry
    pytest.param("fr", "2024-03-11", "14h10 – C'est officiel. La CNIL annonce avoir infligé "
                 "une amende de 5 millions d'euros à Criteo.", "fine", "Criteo", None,
                 id="trap_time_stamp_without_day_heading_fr"),
    pytest.param("fr", "2024-03-11", "Mars 2024. Les dernières informations.\n\n14h10 – La "
                 "CNIL annonce une amende de 5 millions d'euros contre Criteo.", "fine",
                 "Criteo", None, id="trap_month_heading_not_a_day_fr"),
    pytest.param("fr", "2024-03-11", "Lundi 11 mars 2024. Le fil de la journée.\n\n16h00 – "
                 "Rappel. La CNIL avait déjà infligé une amende à Criteo.", "fine", "Criteo",
                 None, id="trap_live_blog_background_step_fr"),
    pytest.param("en", "2024-06-06", "Thursday, 6 June 2024. Latest updates.\n\n09:15 – "
                 "Background. The Italian Competition Authority had already fined Shein "
                 "10 million euros.", "fine", "Shein", None,
                 id="trap_live_blog_background_step_en"),
    pytest.param("en", "2024-06-06", "Thursday, 6 June 2024. Latest updates.\n\n09:15 – "
                 "Earlier fine. The Italian Competition Authority fined Shein 10 million euros "
                 "in March 2023.", "fine", "Shein", "2023-03",
                 id="trap_live_blog_entry_own_month_en"),
    pytest.param("en", "2024-06-06", "Thursday, 6 June 2024. The regulator met at 09:15 on "
                 "Thursday.\n\nThe Italian Competition Authority has opened an investigation "
                 "into Temu.", "investigation", "Temu", None,
                 id="trap_day_heading_without_entries_en"),
    pytest.param("fr", "2024-03-11", "Lundi 11 mars 2024. Le fil de la journée.\n\n14h10 – "
                 "Le rappel. L'an dernier, la CNIL a infligé une amende à Criteo.", "fine",
                 "Criteo", "2023", id="trap_live_blog_entry_own_year_fr"),
]


_ORDER_EN = ("China's market regulator SAMR on Saturday ordered Tencent to end its exclusive music "
             "licensing deals. The deals covered most recorded music in the country. ")
_ORDER_FR = ("La CNIL a ordonné mardi à Criteo de supprimer les données collectées sans "
             "consentement. La société a un an pour s'exécuter. ")
DATES += [
    pytest.param("en", "2021-07-26", _ORDER_EN + "Tencent was also fined 500,000 yuan for "
                 "failing to notify a 2016 purchase.", "fine", "Tencent", "2021-07-24",
                 id="regression_company_also_fined_en"),
    pytest.param("fr", "2024-06-20", _ORDER_FR + "Criteo a également été condamnée à une amende "
                 "de 40 millions d'euros.", "fine", "Criteo", "2024-06-18",
                 id="regression_company_also_fined_fr"),
    pytest.param("en", "2021-07-26", _ORDER_EN + "Tencent was also fined 500,000 yuan in 2018 for "
                 "failing to notify a purchase.", "fine", "Tencent", "2018",
                 id="trap_also_fined_with_its_own_year_en"),
    pytest.param("en", "2021-07-26", _ORDER_EN + "Tencent had also been fined 500,000 yuan for "
                 "failing to notify a purchase.", "fine", "Tencent", None,
                 id="trap_also_fined_pluperfect_en"),
    pytest.param("en", "2021-07-26", _ORDER_EN + "Tencent has also been fined 500,000 yuan for "
                 "failing to notify a purchase.", "fine", "Tencent", None,
                 id="trap_also_fined_present_perfect_en"),
    pytest.param("en", "2021-07-26", _ORDER_EN + "Alibaba was also fined 500,000 yuan by SAMR for "
                 "failing to notify a purchase.", "fine", "Alibaba", None,
                 id="trap_another_company_also_fined_en"),
    pytest.param("fr", "2024-06-20", _ORDER_FR + "Criteo avait également été condamnée à une "
                 "amende de 40 millions d'euros.", "fine", "Criteo", None,
                 id="trap_also_fined_pluperfect_fr"),
]

DATES += [
    pytest.param("en", "2024-05-23", "In a decision taken in August but published only in "
                 "December, the Dutch competition authority ACM ordered Apple to let dating-app "
                 "providers use other payment systems.", "order", "Apple", "2023-08",
                 id="regression_fronted_decision_taken_but_published_en"),
    pytest.param("en", "2024-05-23", "In a ruling issued on 3 March but made public on Monday, the "
                 "Italian Competition Authority fined Meta 3.5 million euros.", "fine", "Meta",
                 "2024-03-03", id="regression_fronted_ruling_issued_but_made_public_en"),
    pytest.param("en", "2024-05-23", "In a decision adopted on 3 March but announced on Monday, "
                 "the Spanish Data Protection Agency ordered Google to delete the data.", "order",
                 "Google", "2024-03-03",
                 id="regression_fronted_decision_adopted_not_announced_day_en"),
    pytest.param("fr", "2024-05-23", "Dans une décision rendue le 12 mars mais publiée mercredi, "
                 "la CNIL a ordonné à Criteo de supprimer les données.", "order", "Criteo",
                 "2024-03-12", id="regression_fronted_decision_rendue_mais_publiee_fr"),
    pytest.param("fr", "2024-05-23", "Dans une délibération adoptée en février mais rendue "
                 "publique jeudi, la CNIL a infligé une amende de 2 millions d'euros à Criteo.",
                 "fine", "Criteo", "2024-02", id="regression_fronted_deliberation_adoptee_fr"),
    pytest.param("fr", "2024-05-23", "Dans un rapport publié le 12 mars mais dévoilé mercredi, la "
                 "CNIL a ordonné à Criteo de supprimer les données.", "order", "Criteo", None,
                 id="trap_fronted_report_is_no_decision_fr"),
    pytest.param("en", "2024-05-23", "In a decision taken in August, the court struck down the "
                 "law. The ACM ordered Apple to let dating-app providers use other payment "
                 "systems.", "order", "Apple", None,
                 id="trap_decision_day_of_another_sentence_en"),
    pytest.param("en", "2024-05-23", "In a decision published on Monday, the Dutch competition "
                 "authority ACM ordered Apple to let dating-app providers use other payment "
                 "systems.", "order", "Apple", "2024-05-20",
                 id="trap_fronted_publication_day_alone_kept_en"),
]

_BLOG_LINES = ("Tuesday 14 May 2024 - live updates from our Tokyo desk\n\n"
               "16:20 JST\n\nShares fell slightly after the announcement.\n\n"
               "14:05 JST\n\n{entry}")
DATES += [
    pytest.param("en", "2024-05-14", _BLOG_LINES.format(
        entry="The Japan Fair Trade Commission said this afternoon that it had issued a cease "
              "and desist order to Google over its search deals."), "order", "Google",
        "2024-05-14", id="trap_live_blog_reported_had_stays_dated_en"),
    pytest.param("en", "2024-05-14", _BLOG_LINES.format(
        entry="The Japan Fair Trade Commission announces a cease and desist order against "
              "Google over its search deals."), "order", "Google", "2024-05-14",
        id="regression_live_blog_time_line_present_en"),
    pytest.param("en", "2024-05-14", _BLOG_LINES.format(
        entry="Background: the Japan Fair Trade Commission had already issued a cease and "
              "desist order to Google over its search deals."), "order", "Google", None,
        id="trap_live_blog_time_line_background_en"),
]


@pytest.mark.parametrize(("language", "published", "text", "kind", "target", "date"), DATES)
def test_step_date(rows, language, published, text, kind, target, date):
    found = _rows_of(rows(text, language, published), kind, target)
    assert [r["date"] for r in found] == [date] * len(found)
