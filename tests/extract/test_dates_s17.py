"""Dates of steps, session 17 (issue 3, guideline 6): classes of date errors that the dev sets
mist and fog showed on unseen text and older dev sets showed too, in other words than theirs.

- a live blog's layout (`live_blog_days`, fog + melt): a day heading naming the desk's
  city after a comma ("Wednesday 14 May 2025, Seoul"), and a time stamp before an entry's title
  with the entry in the next paragraph ("19 h 30 - Le Trésor impose un contrôleur"); a
  background entry, a month heading and stamps with no heading keep no date; a part of a
  total told in a later entry ("Sur les 4,3 milliards, 3,4 milliards ...") stays its own fine
  once dated on the total's day (`dated_repeats`);
- a demand for answers the headline names ("demands answers from Apple, Meta") over a lead
  that tells it in other words with its day ("on Tuesday ordered five companies to explain",
  "a sommé lundi ... de s'expliquer"): the lead's day (`colon_dates.names_step` knew no words
  of a request for information; mist 1079, and dew 1072's lead "demande d'informations"); not
  a lead whose day is another kind of step's; unnamed leads already dated stay dated;
- a measure whose day the next sentence tells by its noun ("The suspension, announced on
  Friday", "The order, dated May 21, gives providers until June 2 to stop X's operations",
  `decision_days`, cold + dew): a company named after the day is the one the decision bears
  on; not a company named before the day, nor a decision on another company, nor the day a
  ban took effect;
- "ce vendredi" / "this Friday" in a past sentence: the last such day up to the text's day
  (fog 1105 was dated right; kept).

Each case names the step (type, target label) and the date it must have (ISO, None: no date).
"""

from __future__ import annotations

import datetime as dt

import pytest


def _rows_of(rows: list[dict[str, object]], kind: str, target: str) -> list[dict[str, object]]:
    found = [r for r in rows if r["type"] == kind and r["target"] == target]
    assert found, f"no {kind} on {target} in {rows}"
    return found


# (language, published, text, type, target, date)
LIVE_BLOGS = [
    pytest.param("en", "2024-06-06", "Thursday 6 June 2024, Rome\n\n10:15\n\nThe Italian "
                 "Competition Authority fines Shein 10 million euros over misleading green "
                 "claims.", "fine", "Shein", "2024-06-06",
                 id="regression_live_blog_heading_with_city_en"),
    pytest.param("fr", "2025-03-04", "Mardi 4 mars 2025, Bruxelles\n\n11 h 30\n\nLa "
                 "Commission européenne inflige une amende de 200 millions d'euros à Meta.",
                 "fine", "Meta", "2025-03-04", id="regression_live_blog_heading_with_city_fr"),
    pytest.param("fr", "2024-09-12", "Jeudi 12 septembre 2024, Madrid\n\n09 h 40 – L'Agence "
                 "espagnole de protection des données ouvre une enquête contre Temu.",
                 "investigation", "Temu", "2024-09-12",
                 id="regression_live_blog_city_heading_dash_stamp_fr"),
    pytest.param("fr", "2024-03-11", "Lundi 11 mars 2024\n\n13 h 55 - Paris sévit\nLa CNIL "
                 "inflige une amende de 5 millions d'euros à Criteo.", "fine", "Criteo",
                 "2024-03-11", id="regression_live_blog_titled_stamp_fr"),
    pytest.param("en", "2024-11-22", "Friday 22 November 2024\n\n18:40 - Madrid moves\nThe "
                 "Spanish Data Protection Agency opens an investigation into Temu.",
                 "investigation", "Temu", "2024-11-22", id="regression_live_blog_titled_stamp_en"),
    pytest.param("en", "2025-02-03", "Monday 3 February 2025, Seoul\n\n14:10 - Fine confirmed\n"
                 "The Korea Fair Trade Commission imposes a fine on Google over its app store "
                 "rules.", "fine", "Google", "2025-02-03",
                 id="regression_live_blog_city_heading_titled_stamp_en"),
    # a part of a total in a later entry: the part's fine takes the day (melt 1011's shape)
    pytest.param("fr", "2023-11-21", "Mardi 21 novembre 2023\n\n15 h 10 - L'accord\nÀ "
                 "Washington, le ministre de la Justice a annoncé cet après-midi que Binance "
                 "paierait plus de 4,3 milliards de dollars pour solder les poursuites.\n\n"
                 "19 h 30 - La part du Trésor\nSur les 4,3 milliards, 3,4 milliards de dollars "
                 "correspondent à la sanction civile prononcée par le FinCEN.", "fine",
                 "Binance", "2023-11-21", id="regression_live_blog_titled_stamp_part_fr"),
    pytest.param("en", "2024-04-12", "Friday 12 April 2024\n\n17:05 - The settlement\nIn "
                 "Washington, the Attorney General announced this afternoon that Binance would "
                 "pay more than $4.3 billion to resolve the charges.\n\n18:30 - Treasury's "
                 "share\nOf the $4.3 billion, $3.4 billion is the civil penalty imposed by "
                 "FinCEN.", "fine", "Binance", "2024-04-12",
                 id="regression_live_blog_titled_stamp_part_en"),
    # traps: background entry, a month heading, stamps with no heading, a later heading's day
    pytest.param("en", "2024-06-06", "Thursday 6 June 2024, Rome\n\n15:20 - Some background\n"
                 "The Italian Competition Authority had already fined Shein over its "
                 "returns policy.", "fine", "Shein", None,
                 id="trap_live_blog_titled_stamp_background_en"),
    pytest.param("fr", "2024-06-06", "Juin 2024, Rome\n\n15 h 20 - Rome sévit\nL'Autorité "
                 "italienne de la concurrence inflige une amende à Shein.", "fine", "Shein",
                 None, id="trap_live_blog_month_heading_with_city_fr"),
    pytest.param("en", "2024-06-06", "Live updates\n\n15:20 - Rome acts\nThe Italian "
                 "Competition Authority fines Shein over misleading claims.", "fine", "Shein",
                 None, id="trap_titled_stamp_without_day_heading_en"),
    pytest.param("fr", "2024-03-12", "Mardi 12 mars 2024, Paris\n\n09 h 00 - Rappel\nLa CNIL "
                 "a infligé le 5 février une amende de 5 millions d'euros à Criteo.", "fine",
                 "Criteo", "2024-02-05", id="trap_live_blog_entry_own_day_kept_fr"),
]

UNNAMED_LEADS = [
    pytest.param("en", "2025-03-05", "Britain's media watchdog on Monday ordered four of the "
                 "biggest video platforms to explain what they are doing to keep children "
                 "safe.\n\nOfcom issued "
                 "legal notices to TikTok, Snap, Twitch and Reddit under the Online Safety Act.",
                 "request_for_information", "TikTok", "2025-03-03",
                 id="trap_unnamed_lead_ordered_to_explain_kept_en"),
    pytest.param("en", "2024-10-14", "South Korea's privacy watchdog on Thursday ordered three "
                 "of the biggest Chinese shopping apps to explain where they send the data of "
                 "Korean buyers.\n\nThe Personal Information Protection Commission sent "
                 "requests for information to Temu, AliExpress and Shein.",
                 "request_for_information", "Shein", "2024-10-10",
                 id="trap_unnamed_lead_requests_for_information_kept_en"),
    pytest.param("fr", "2024-10-10", "Bruxelles a adressé mardi des demandes d'informations à "
                 "trois places de marché.\n\nLa Commission européenne a envoyé des demandes "
                 "d'informations à Temu, Shein et AliExpress au titre du DSA.",
                 "request_for_information", "Temu", "2024-10-08",
                 id="trap_unnamed_lead_demandes_d_informations_kept_fr"),
    pytest.param("fr", "2025-03-05", "Le gendarme britannique des médias a haussé le ton "
                 "lundi en sommant quatre grandes plateformes de s'expliquer sur la protection "
                 "des enfants.\n\nL'Ofcom a "
                 "adressé des demandes d'informations à TikTok, Snap et Reddit.",
                 "request_for_information", "Reddit", "2025-03-03",
                 id="trap_unnamed_lead_sommant_de_s_expliquer_kept_fr"),
    # traps: a lead of another kind of step, a possibility
    pytest.param("en", "2022-08-31", "Australia's internet watchdog said on Tuesday that five "
                 "companies had been slow to remove abuse material.\n\nThe eSafety "
                 "Commissioner issued legal notices to Apple and Meta under the Online Safety "
                 "Act.", "request_for_information", "Apple", None,
                 id="trap_unnamed_lead_says_no_demand_en"),
    pytest.param("en", "2025-03-05", "The UK's communications regulator could on Monday order "
                 "four platforms to explain how they keep children safe.\n\nOfcom issued "
                 "legal notices to TikTok and Snap.", "request_for_information", "TikTok", None,
                 id="trap_unnamed_lead_possibility_en"),
    pytest.param("fr", "2024-10-10", "Bruxelles pourrait demander mardi à trois places de "
                 "marché de s'expliquer.\n\nLa Commission européenne a adressé des demandes "
                 "d'informations à Temu et Shein.", "request_for_information", "Temu", None,
                 id="trap_unnamed_lead_possibility_fr"),
]

TOLD_NEXT = [
    pytest.param("en", "2025-10-06", "The Ministry of Communication and Digital Affairs "
                 "(Komdigi) has temporarily suspended the registration of Telegram.\n\nThe "
                 "suspension, announced on Friday by a senior official, will stay in place "
                 "until Telegram hands over the data it was asked for.", "block", "Telegram",
                 "2025-10-03", id="regression_suspension_announced_next_sentence_en"),
    pytest.param("en", "2024-02-21", "The Pakistan Telecommunication Authority has ordered "
                 "operators to block X.\n\nThe order, dated 17 February and signed by a senior "
                 "official, gives operators until 20 February to cut access to X's services.",
                 "block", "X", "2024-02-17", id="regression_order_dated_with_deadline_en"),
    pytest.param("fr", "2024-03-06", "Roskomnadzor a bloqué WhatsApp en Russie.\n\nLe blocage, "
                 "décidé le 3 mars, restera en vigueur tant que WhatsApp ne se conformera pas à "
                 "la loi russe.", "block", "WhatsApp", "2024-03-03",
                 id="regression_blocage_decide_next_sentence_fr"),
    pytest.param("fr", "2023-10-20", "La CNIL a infligé une amende à Clearview AI.\n\n"
                 "L'amende, prononcée le 17 octobre, oblige aussi la société à effacer les "
                 "données.",
                 "fine", "Clearview AI", "2023-10-17",
                 id="trap_amende_prononcee_next_sentence_kept_fr"),
    pytest.param("en", "2024-08-02", "Turkey's telecommunications authority has blocked access "
                 "to Roblox.\n\nThe ban, announced on Wednesday by the Information and "
                 "Communication Technologies Authority, will last until Roblox removes the "
                 "content.", "block", "Roblox", "2024-07-31",
                 id="regression_ban_announced_next_sentence_en"),
    # traps: a company named before the day, a decision on another company, a ban's effect
    pytest.param("en", "2024-02-21", "The Pakistan Telecommunication Authority has ordered "
                 "operators to block X.\n\nThe order, dated 17 February, concerns TikTok.",
                 "block", "X", None, id="trap_told_decision_on_another_company_en"),
    pytest.param("en", "2025-10-06", "Roskomnadzor has blocked Telegram.\n\nTelegram's ban on "
                 "the channels, announced on Friday, came too late.", "block", "Telegram", None,
                 id="trap_company_named_before_the_day_en"),
    pytest.param("en", "2024-03-06", "Roskomnadzor has blocked WhatsApp in Russia.\n\nThe ban "
                 "took effect on 1 March.", "block", "WhatsApp", None,
                 id="trap_ban_took_effect_en"),
    pytest.param("fr", "2024-03-06", "Roskomnadzor a bloqué WhatsApp en Russie.\n\nLe "
                 "blocage, décidé le 3 mars, vise aussi Telegram.", "block", "WhatsApp", None,
                 id="trap_blocage_on_another_company_fr"),
]

THIS_WEEKDAY = [
    # a past sentence's "ce vendredi" / "this Friday": the last Friday up to the text's day
    pytest.param("fr", "2024-03-25", "Le juge Santiago Pedraz, de l'Audience nationale, a "
                 "ordonné ce vendredi le blocage de Telegram en Espagne.", "block", "Telegram",
                 "2024-03-22", id="trap_ce_vendredi_past_before_monday_fr"),
    pytest.param("en", "2024-09-02", "Justice Alexandre de Moraes of Brazil's Supreme Court "
                 "this Friday ordered the suspension of X across Brazil.", "block", "X",
                 "2024-08-30", id="trap_this_friday_past_before_monday_en"),
    pytest.param("fr", "2025-06-12", "L'Arcom a mis en demeure ce mardi la plateforme Kick.",
                 "order", "Kick.com", "2025-06-10", id="trap_ce_mardi_past_before_thursday_fr"),
]


@pytest.mark.parametrize(("language", "published", "text", "kind", "target", "date"),
                         LIVE_BLOGS + UNNAMED_LEADS + TOLD_NEXT + THIS_WEEKDAY)
def test_step_date(rows, language, published, text, kind, target, date):
    found = _rows_of(rows(text, language, published), kind, target)
    assert [r["date"] for r in found] == [date] * len(found)


# A headline demanding answers over a dated lead that names the step in other words: the
# headline's request takes the lead's day (mist: "demands answers from" / "ordered ... to
# explain"). (language, published, headline, body, target key, date)
HEADLINED = [
    pytest.param("en", "2023-06-14", "Canada's privacy watchdog demands answers from TikTok, "
                 "Snap on child sign-ups", "OTTAWA, June 14 - Canada's privacy watchdog on "
                 "Tuesday ordered three of the world's biggest technology companies to explain "
                 "what they are doing to stop children from signing up.\n\nThe Office of the "
                 "Privacy Commissioner of Canada issued legal notices to TikTok, Snap and "
                 "Discord.", "service/discord", "2023-06-13",
                 id="regression_headline_request_dated_by_lead_to_explain_en"),
    pytest.param("fr", "2025-03-05", "Le régulateur britannique demande des comptes à TikTok et "
                 "Snap", "LONDRES, 5 mars - Le régulateur britannique des médias a sommé lundi "
                 "quatre grandes plateformes de s'expliquer sur la protection des enfants.\n\n"
                 "L'Ofcom a adressé des demandes d'informations à TikTok, Snap et Reddit.",
                 "service/reddit", "2025-03-03",
                 id="regression_headline_request_dated_by_lead_s_expliquer_fr"),
    # trap: the lead's day is a fine's, not the request's
    pytest.param("en", "2022-08-31", "Australia's regulator demands answers from Apple and "
                 "Meta", "CANBERRA, Aug 31 - Australia's internet watchdog on Tuesday fined two "
                 "of the world's biggest technology companies.\n\nThe eSafety Commissioner "
                 "issued legal notices to Apple and Meta.", "organisation/meta", None,
                 id="trap_headline_request_lead_day_of_a_fine_en"),
]


@pytest.mark.parametrize(("language", "published", "headline", "body", "target", "date"),
                         HEADLINED)
def test_headline_request_date(extractor, article_of, language, published, headline, body,
                               target, date):
    article = article_of(headline + "\n" + body, language, dt.date.fromisoformat(published),
                         headline)
    found = [a.date.iso() if a.date else None for a in extractor.extract(article).actions
             if a.type == "request_for_information" and target in a.targets]
    assert found, f"no request on {target}"
    assert found == [date] * len(found)
