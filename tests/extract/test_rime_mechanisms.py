"""Wrong facts of five mechanisms read on tests/rime (issue 3, session 15), in other words.

- The body of a probe, a complaint or a referral told in a clause fronted before the main one
  ("After an investigation by the ICO, Ofcom fined X", "À l'issue d'une enquête de la DGCCRF,
  le ministère a assigné X") is no co-subject of the main verb (fronted_sources).
- An order disobeyed ("blocked X after it ignored removal orders", "for flouting orders") is
  the reason for a step, not an order (actions.yaml modality `negated`).
- The legal entities listed after "the two companies behind X," are X as a target, also for a
  later "them" (operator_lists).
- A ban from a market ("banned X from the UK's financial markets", "a banni X des marchés
  financiers") is an order, not a block; told after an order to pay a penalty, it stays an
  order of its own beside the fine (actions.yaml, measures_after_payment).
- A decision day told a few sentences after the step, "The penalty, decided on 15 June, ...",
  "La sanction, décidée le 15 juin, ...", dates the step announced on a later day, across
  sentences that only explain it (decision_days).
- The penalty an order carries, told in a sentence of its own that opens on not complying ("If
  the company does not comply, it faces a daily fine of ...", "À défaut, ... une astreinte"), is
  a warning of the order's body on its company (consequence_sentences).
- Brazil's Federal Police, missing from the reference, asks platforms for users' data
  (data/reference/authorities-americas.ttl).
- "The case goes back to March 2021." in a sentence of its own dates the step the next
  sentence tells "then" ("alors", "at the time"), not a probe that grounds it
  (antecedent_years).

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
Each case failed before the fix, or is a trap that must keep its (right) result.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 6, 10)
ICO, ACM, BKA = ("Information Commissioner's Office", "Authority for Consumers and Markets",
                 "Federal Cartel Office")
DPA_NL, BNETZA = "Dutch Data Protection Authority", "Federal Network Agency"
AC_FR, ECO_FR = "French Competition Authority", "French Ministry of the Economy"
MAS, ASIC = "Monetary Authority of Singapore", "Australian Securities and Investments Commission"
FCA, SEBI, ISA = ("Financial Conduct Authority", "Securities and Exchange Board of India",
                  "Israel Securities Authority")
AMF, MEITY = "Autorité des marchés financiers", "Ministry of Electronics and Information Technology"
ICTA, STF = "Information and Communication Technologies Authority", "Supreme Federal Court"
COMCO, BUREAU = "Swiss Competition Commission", "Competition Bureau Canada"
# unknown companies keep their key (no reference label)
ZETA, OMICRON = "organisation/zeta-holdings", "organisation/omicron-capital"


@pytest.fixture(scope="module")
def placed(placed_facts):
    """placed(body, language) -> {(type, actor label, jurisdiction, target labels)} of the
    factual steps of "Headline" + body published on 10 June 2024."""
    return placed_facts(DAY)


@pytest.fixture(scope="module")
def dated(placed_steps):
    """dated(body, language, published) -> {(type, target labels, ISO date)}."""
    def run(body: str, language: str, published: dt.date) -> set[tuple[object, ...]]:
        return {(s[0], s[3], s[4]) for s in placed_steps(published)(body, language)}
    return run


# --- the body of a probe in a fronted clause is no subject of the main verb -----------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("After an investigation by the Information Commissioner's Office, Ofcom fined TikTok "
     "£1.9 million on 3 March 2024.", "en", {("fine", "Ofcom", "GB", ("TikTok",))}),
    ("Following an inquiry by the Authority for Consumers and Markets, the Dutch Data "
     "Protection Authority fined Uber €10 million in January 2024.", "en",
     {("fine", DPA_NL, "NL", ("Uber",))}),
    ("At the end of a probe by the Federal Cartel Office, the Federal Network Agency ordered "
     "Amazon on 5 May 2024 to stop the practice.", "en",
     {("order", BNETZA, "DE", ("Amazon",))}),
    ("À l'issue d'une enquête de la CNIL, l'Arcom a mis en demeure TikTok le 4 avril 2024.",
     "fr", {("order", "Arcom", "FR", ("TikTok",))}),
    ("Au terme d'un contrôle de la DGCCRF, l'Autorité de la concurrence a infligé une amende de "
     "2 millions d'euros à Apple en mars 2024.", "fr", {("fine", AC_FR, "FR", ("Apple",))}),
    ("À l'issue d'une enquête de la DGCCRF, le ministère de l'Économie a assigné Google et "
     "Apple en mars 2018 devant le tribunal de commerce.", "fr",
     {("lawsuit", ECO_FR, "FR", ("Google",)), ("lawsuit", ECO_FR, "FR", ("Apple",))}),
])
def test_regression_a_probe_body_in_a_fronted_clause_is_no_actor_of_the_main_step(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected


@pytest.mark.parametrize(("body", "language", "kind", "actors"), [
    # a fronted clause of time names no other body: both subjects act
    ("After investigating for two years, the CNIL and Arcom sent TikTok a formal notice on "
     "4 April 2024.", "en", "order", {"CNIL", "Arcom"}),
    ("After an investigation, the ICO and Ofcom fined TikTok on 3 March 2024.", "en", "fine",
     {ICO, "Ofcom"}),
    # the complainant of a fronted clause was never the subject
    ("À la suite d'une plainte de l'Arcom, la CNIL a infligé une amende de 5 millions d'euros "
     "à Kick le 3 mai 2024.", "fr", "fine", {"CNIL"}),
    ("À l'issue d'une enquête du Commissariat à la protection de la vie privée, le Bureau de "
     "la concurrence a poursuivi Meta en justice le 3 mai 2024.", "fr", "lawsuit", {BUREAU}),
    ("Au terme d'une enquête du Préposé fédéral à la protection des données, la Commission de "
     "la concurrence a infligé une amende de 2 millions de francs à Google le 3 mai 2024.", "fr",
     "fine", {COMCO}),
])
def test_the_main_subject_keeps_its_step_after_a_fronted_clause(
        placed, body, language, kind, actors) -> None:
    assert {actor for step, actor, _, _ in placed(body, language) if step == kind} == actors


# --- an order disobeyed is the reason for a step, not an order -------------------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Turkey's Information and Communication Technologies Authority blocked Instagram on 2 "
     "August 2024 after the platform ignored removal orders.", "en",
     {("block", ICTA, "TR", ("Instagram",))}),
    ("Brazil's Supreme Federal Court ordered X blocked nationwide on 30 August 2024 for "
     "defying orders, until the company complied.", "en", {("block", STF, "BR", ("X",))}),
    ("India's Ministry of Electronics and Information Technology blocked Proton Mail on 3 May "
     "2024, saying the service had disregarded takedown orders.", "en",
     {("block", MEITY, "IN", ("organisation/proton-mail",))}),
    ("Kenya's Communications Authority suspended Telegram on 10 November 2023 for violating "
     "orders to curb cheating, until the company complied.", "en",
     {("block", "Communications Authority of Kenya", "KE", ("Telegram",))}),
    ("Anatel suspended Rumble on 21 February 2025 for ignoring orders, once the platform "
     "refused to comply.", "en", {("block", "Anatel", "BR", ("Rumble",))}),
])
def test_regression_an_order_disobeyed_is_no_order(placed, body, language, expected) -> None:
    assert placed(body, language) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # an order to comply with earlier orders is an order; orders issued are orders
    ("Brazil's Supreme Federal Court ordered X on 3 May 2024 to comply with its earlier orders "
     "within 24 hours.", "en", {("order", STF, "BR", ("X",))}),
    ("Ofcom issued compliance orders to 4chan on 3 May 2024.", "en",
     {("order", "Ofcom", "GB", ("4chan",))}),
    ("La Cour suprême fédérale a ordonné le 3 mai 2024 à Telegram de respecter ses injonctions "
     "sous 24 heures.", "fr", {("order", STF, "BR", ("Telegram",))}),
    ("L'Arcom a mis en demeure Pornhub le 3 mai 2024, le site ayant ignoré ses précédentes "
     "mises en demeure.", "fr", {("order", "Arcom", "FR", ("Pornhub",))}),
    ("La Cour suprême fédérale a suspendu X le 30 août 2024 après que le réseau a ignoré les "
     "injonctions de retrait.", "fr", {("block", STF, "BR", ("X",))}),
])
def test_an_order_given_stays_an_order_beside_one_disobeyed(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected


# --- the companies behind one platform, listed after it, are that platform -------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The Monetary Authority of Singapore fined the two companies behind Bybit, Zeta Holdings "
     "Limited and Omicron Capital Ltd, S$3 million on 4 May 2024.", "en",
     {("fine", MAS, "SG", ("Bybit",))}),
    ("The Australian Securities and Investments Commission sued the three entities that run "
     "Binance, Zeta Holdings Limited, Omicron Capital Ltd and Kappa Trading LLC, on 4 May "
     "2024.", "en", {("lawsuit", ASIC, "AU", ("Binance",))}),
    # ... also for the "them" of a ban told after an order to pay (an order of its own)
    ("In a decision released earlier this month, the Monetary Authority of Singapore ordered "
     "the two companies behind KuCoin, Zeta Holdings Limited and Omicron Capital Ltd, to pay a "
     "penalty of S$2 million and permanently banned them from Singapore's capital markets.",
     "en", {("fine", MAS, "SG", ("KuCoin",)), ("order", MAS, "SG", ("KuCoin",))}),
])
def test_regression_the_companies_behind_a_platform_are_that_platform(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # a list with no platform, or a platform coordinated with a company: each is a target
    ("The Monetary Authority of Singapore fined Bybit and Zeta Holdings Limited S$3 million on "
     "4 May 2024.", "en",
     {("fine", MAS, "SG", ("Bybit",)), ("fine", MAS, "SG", (ZETA,))}),
    ("The Monetary Authority of Singapore fined two companies, Zeta Holdings Limited and "
     "Omicron Capital Ltd, S$3 million on 4 May 2024.", "en",
     {("fine", MAS, "SG", (ZETA,)), ("fine", MAS, "SG", (OMICRON,))}),
    ("L'Autorité des marchés financiers a infligé le 4 mai 2024 une amende de 3 millions "
     "d'euros aux deux sociétés qui exploitent Bybit, Zeta Holdings Limited et Omicron Capital "
     "Ltd.", "fr", {("fine", AMF, "FR", ("Bybit",))}),
])
def test_named_companies_with_no_platform_they_run_stay_targets(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected


# --- a ban from a market is an order ----------------------------------------------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The Financial Conduct Authority banned KuCoin from the UK's financial markets on 3 May "
     "2024.", "en", {("order", FCA, "GB", ("KuCoin",))}),
    ("The Securities and Exchange Board of India permanently barred Binance from the "
     "securities market on 3 May 2024.", "en", {("order", SEBI, "IN", ("Binance",))}),
    ("The Israel Securities Authority banned Bybit from trading in Israel on 3 May 2024.", "en",
     {("order", ISA, "IL", ("Bybit",))}),
    ("L'Autorité des marchés financiers a banni KuCoin des marchés financiers français le 3 mai "
     "2024.", "fr", {("order", AMF, "FR", ("KuCoin",))}),
    ("L'Autorité monétaire de Singapour a banni KuCoin des marchés de capitaux le 3 mai 2024.",
     "fr", {("order", MAS, "SG", ("KuCoin",))}),
])
def test_regression_a_ban_from_a_market_is_an_order(placed, body, language, expected) -> None:
    assert placed(body, language) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The Ministry of Electronics and Information Technology banned TikTok on 29 June 2020.",
     "en", {("block", MEITY, "IN", ("TikTok",))}),
    ("Roskomnadzor banned LinkedIn from operating in Russia in November 2016.", "en",
     {("block", "Roskomnadzor", "RU", ("LinkedIn",))}),
    ("Roskomnadzor a banni LinkedIn en novembre 2016.", "fr",
     {("block", "Roskomnadzor", "RU", ("LinkedIn",))}),
    ("Le ministère indien de l'Électronique a banni TikTok du pays le 29 juin 2020.", "fr",
     {("block", MEITY, "IN", ("TikTok",))}),
])
def test_a_ban_of_a_platform_stays_a_block(placed, body, language, expected) -> None:
    assert placed(body, language) == expected


# --- a decision day told after the step dates it ----------------------------------------------

@pytest.mark.parametrize(("body", "language", "published", "expected"), [
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo, a-t-elle annoncé jeudi. "
     "Selon le régulateur, la société ne vérifiait pas le consentement. La sanction, décidée "
     "le 15 juin par la formation restreinte, repose sur le RGPD.", "fr", dt.date(2023, 6, 22),
     {("fine", ("Criteo",), "2023-06-15")}),
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo, a-t-elle annoncé jeudi. "
     "La sanction, décidée le 15 juin par la formation restreinte, repose sur le RGPD.", "fr",
     dt.date(2023, 6, 22), {("fine", ("Criteo",), "2023-06-15")}),
    ("The CNIL has fined Criteo €40 million, it announced on Thursday. According to the "
     "regulator, the firm did not check consent. The penalty, decided on 15 June by its "
     "restricted committee, rests on the GDPR.", "en", dt.date(2023, 6, 22),
     {("fine", ("Criteo",), "2023-06-15")}),
    ("The ICO fined Clearview AI £7.5 million, it said on Thursday. The penalty, decided on 15 "
     "June, rests on the UK GDPR.", "en", dt.date(2023, 6, 22),
     {("fine", ("Clearview AI",), "2023-06-15")}),
    ("La CNIL a infligé une amende de 5 millions d'euros à Yahoo pour avoir suivi des "
     "internautes qui avaient refusé les traceurs, a-t-elle annoncé mardi. Selon l'autorité, "
     "le refus n'était pas respecté. La sanction, décidée le 29 décembre, repose sur l'article "
     "82 de la loi Informatique et Libertés.", "fr", dt.date(2024, 1, 17),
     {("fine", ("Yahoo",), "2023-12-29")}),
])
def test_regression_a_decision_day_told_after_the_step_dates_it(
        dated, body, language, published, expected) -> None:
    assert dated(body, language, published) == expected


@pytest.mark.parametrize(("body", "language", "published", "expected"), [
    # the step's own day stays
    ("The ICO fined Clearview AI £7.5 million on Thursday. The penalty, decided on 15 June, "
     "rests on the UK GDPR.", "en", dt.date(2023, 6, 22),
     {("fine", ("Clearview AI",), "2023-06-22")}),
    # the step's own day (not a saying day) stays, a dated sentence between or not
    ("La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo. "
     "Selon le régulateur, la société ne vérifiait pas le consentement depuis 2019. La "
     "sanction, décidée le 15 juin, repose sur le RGPD.", "fr", dt.date(2023, 6, 22),
     {("fine", ("Criteo",), "2023-06-22")}),
])
def test_a_day_of_the_step_itself_stays(dated, body, language, published, expected) -> None:
    assert dated(body, language, published) == expected


# --- a case's start told alone dates the step told "then" in the next sentence ---------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The case goes back to March 2021. The Competition Bureau then sued Amazon, after a probe "
     "by its staff.", "en", {("lawsuit", ("Amazon",), "2021-03")}),
    ("The dispute dates back to June 2020. The Australian Competition and Consumer Commission "
     "then sued Google over location data.", "en", {("lawsuit", ("Google",), "2020-06")}),
    ("Le litige remonte à septembre 2019. L'Autorité de la concurrence avait alors infligé une "
     "amende de 150 millions d'euros à Google.", "fr", {("fine", ("Google",), "2019-09")}),
    ("L'affaire remonte à mars 2018. Au terme d'un contrôle de la DGCCRF, le ministère de "
     "l'Économie avait alors assigné Amazon.", "fr", {("lawsuit", ("Amazon",), "2018-03")}),
])
def test_regression_a_case_start_dates_the_step_told_then(
        dated, body, language, expected) -> None:
    assert dated(body, language, DAY) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # no "then": the step may be any later one
    ("The case goes back to March 2021. The Competition Bureau sued Amazon.", "en",
     {("lawsuit", ("Amazon",), None)}),
    ("L'affaire remonte à mars 2018. Le ministère de l'Économie a assigné Google devant le "
     "tribunal de commerce.", "fr", {("lawsuit", ("Google",), None)}),
    # a day of the step's own stays
    ("L'affaire remonte à mars 2018. Le ministère de l'Économie a assigné Google en 2020.",
     "fr", {("lawsuit", ("Google",), "2020")}),
])
def test_a_step_with_no_then_or_its_own_date_keeps_it(dated, body, language, expected) -> None:
    assert dated(body, language, DAY) == expected


# --- a body missing from the reference: Brazil's Federal Police ------------------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Brazil's Federal Police asked Telegram on 20 April 2023 for the details of members of two "
     "chat groups.", "en",
     {("request_for_information", "Brazilian Federal Police", "BR", ("Telegram",))}),
    ("The Brazilian federal police requested information from Discord on 2 May 2023 about users "
     "of a chat server.", "en",
     {("request_for_information", "Brazilian Federal Police", "BR", ("Discord",))}),
    ("La police fédérale du Brésil a demandé le 20 avril 2023 à Telegram des informations sur "
     "les membres de deux groupes.", "fr",
     {("request_for_information", "Brazilian Federal Police", "BR", ("Telegram",))}),
])
def test_regression_brazils_federal_police_asks_for_data(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected


# --- the penalty of an order told in a sentence of its own is a warning ----------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Brazil's data protection authority ordered Tools for Humanity on 24 January 2025 to stop "
     "paying for iris scans. If the company does not comply, it faces a daily fine of 50,000 "
     "reais.", "en", {("order", "National Data Protection Authority of Brazil", "BR",
                      ("Tools for Humanity",)),
                     ("warning", "National Data Protection Authority of Brazil", "BR",
                      ("Tools for Humanity",))}),
    ("The Dutch Data Protection Authority ordered Uber on 3 May 2024 to appoint a "
     "representative. If it did not, it would owe €50,000 for every week of non-compliance.",
     "en", {("order", DPA_NL, "NL", ("Uber",)), ("warning", DPA_NL, "NL", ("Uber",))}),
    ("The Federal Network Agency ordered Telegram on 3 May 2024 to name a contact point. "
     "Otherwise, it faces a penalty of €50,000 per day.", "en",
     {("order", BNETZA, "DE", ("Telegram",)), ("warning", BNETZA, "DE", ("Telegram",))}),
    ("The eSafety Commissioner ordered X on 3 May 2024 to remove the videos. X said it would "
     "appeal. If it does not comply, it faces a daily fine of A$780,000.", "en",
     {("order", "eSafety Commissioner", "AU", ("X",)),
      ("warning", "eSafety Commissioner", "AU", ("X",))}),
    ("La CNIL a enjoint le 3 mai 2024 à Google de modifier ses bannières. À défaut, la société "
     "devra payer une astreinte de 100 000 euros par jour de retard.", "fr",
     {("order", "CNIL", "FR", ("Google",)), ("warning", "CNIL", "FR", ("Google",))}),
])
def test_regression_an_orders_penalty_told_next_is_a_warning(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # another body's sum, a suit's, a fine's, no sum: no warning of the order's body
    ("Kenya's Communications Authority ordered Meta on 3 May 2024 to remove the posts. If the "
     "platform does not comply, the Competition Authority of Kenya will fine it KSh 1 million "
     "per day.", "en", {("order", "Communications Authority of Kenya", "KE", ("Meta",))}),
    ("The ACCC sued Google on 3 May 2024. If it loses, it faces a penalty of A$10 million per "
     "day.", "en", {("lawsuit", "Australian Competition and Consumer Commission", "AU",
                     ("Google",))}),
    ("Ofcom fined 4chan £20,000 on 3 May 2024. If it does not pay, it faces a daily penalty of "
     "£100.", "en", {("fine", "Ofcom", "GB", ("4chan",))}),
    ("The Federal Trade Commission ordered Meta on 3 May 2024 to stop the practice. If it does "
     "not comply, it faces further action.", "en",
     {("order", "Federal Trade Commission", "US", ("Meta",))}),
])
def test_no_warning_without_one_order_and_its_recurring_sum(
        placed, body, language, expected) -> None:
    assert placed(body, language) == expected
