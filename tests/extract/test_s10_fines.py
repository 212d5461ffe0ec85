"""Fines, penalties and settlements paid to authorities, as wire services and releases word
them, in English and French (issue 3, session 10; corpus guideline 4: monetary penalties are a
`fine`, and a settlement paid to an authority is one too).

Invented sentences written from the language of the domain before any rule was read: varied
verbs ("slapped X with", "handed X", "levied a penalty of ... on X", "écope d'une amende",
"mis à l'amende", "sanctionné à hauteur de"), passives, participial leads, currencies of many
countries. Traps (threats, maxima, proposals, damages to private parties, refunds, annulments,
fines on persons) must give no fine.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

AUTH = "authority/"
ORG = "organisation/"
SVC = "service/"

# (text, actor, target, amount, currency); every case failed before the session-10 fix.
ENGLISH = [
    # the sum the company must pay after the body "sanctioned" it (no fine verb of its own)
    ("Apple must pay 10 million euros after Italy's competition watchdog AGCM sanctioned it on "
     "Monday.", AUTH + "agcm", ORG + "apple", "10000000", "EUR"),
    ("TikTok must pay €345 million after Ireland's Data Protection Commission sanctioned it on "
     "Friday over children's data.", AUTH + "irish-dpc", SVC + "tiktok", "345000000", "EUR"),
    # Turkey's Rekabet Kurulu as wire English names it
    ("Turkey's competition board imposed a penalty of 2.6 billion lira on Google on Monday.",
     AUTH + "turkish-competition-authority", ORG + "google", "2600000000", "TRY"),
    ("Turkey's competition board fined Meta 1.2 billion lira on Monday.",
     AUTH + "turkish-competition-authority", ORG + "meta", "1200000000", "TRY"),
    ("Turkey's competition board levied a 2.6 billion lira fine on Google on Wednesday.",
     AUTH + "turkish-competition-authority", ORG + "google", "2600000000", "TRY"),
    # a sum named a "sanction"
    ("Spain's CNMC on Monday announced a 194 million euro sanction against Apple and Amazon.",
     AUTH + "cnmc", ORG + "amazon", "194000000", "EUR"),
    ("Spain's CNMC announced a 413 million euro sanction against Booking.com on Tuesday.",
     AUTH + "cnmc", SVC + "booking-com", "413000000", "EUR"),
    ("Italy's antitrust authority on Friday announced a 10 million euro sanction against "
     "TikTok.", AUTH + "agcm", SVC + "tiktok", "10000000", "EUR"),
    # settled with the body, a day between "agreed" and "to pay", the penalty paid "to" it
    ("Meta agreed to pay 1.3 billion dollars to settle with the FTC on Monday.",
     AUTH + "ftc", ORG + "meta", "1300000000", "USD"),
    ("Meta agreed to pay 1.4 billion dollars to settle with the Texas Attorney General on "
     "Tuesday.", AUTH + "texas-attorney-general", ORG + "meta", "1400000000", "USD"),
    ("Snap agreed on Thursday to pay $15 million to settle with the California Attorney "
     "General.", AUTH + "california-attorney-general", ORG + "snap", "15000000", "USD"),
    ("Epic Games agreed on Monday to pay $275 million in penalties to settle FTC allegations.",
     AUTH + "ftc", ORG + "epic-games", "275000000", "USD"),
    ("Microsoft agreed on Monday to pay $20 million to settle FTC charges over Xbox children's "
     "data.", AUTH + "ftc", ORG + "microsoft", "20000000", "USD"),
    ("Meta agreed on Tuesday to pay $1.4 billion to settle a lawsuit brought by the Texas "
     "Attorney General.", AUTH + "texas-attorney-general", ORG + "meta", "1400000000", "USD"),
    ("Amazon agreed on Thursday to pay a $1 billion civil penalty to the FTC, plus $1.5 billion "
     "in refunds to customers.", AUTH + "ftc", ORG + "amazon", "1000000000", "USD"),
    ("TikTok agreed yesterday to pay a $92 million civil penalty to the FTC.",
     AUTH + "ftc", SVC + "tiktok", "92000000", "USD"),
    ("Google agreed on Wednesday to pay $60 million to the Australian Competition and Consumer "
     "Commission to settle its case.", AUTH + "accc", ORG + "google", "60000000", "AUD"),
    # the body reports the payment in the clause before it
    ("The FTC announced on Monday that Epic Games will pay $520 million to settle the "
     "allegations.", AUTH + "ftc", ORG + "epic-games", "520000000", "USD"),
    ("The FTC said on Tuesday that Twitter will pay a $150 million penalty for misusing users' "
     "phone numbers.", AUTH + "ftc", SVC + "x", "150000000", "USD"),
    ("The Texas Attorney General announced on Tuesday that Google will pay $1.375 billion to "
     "settle the state's privacy lawsuits.", AUTH + "texas-attorney-general", ORG + "google",
     "1375000000", "USD"),
    # a fronted participle with a decimal sum
    ("Fined €1.2bn by Ireland's Data Protection Commission on Monday, Meta said it would appeal.",
     AUTH + "irish-dpc", ORG + "meta", "1200000000", "EUR"),
    ("Fined €345.5m by Ireland's Data Protection Commission on Friday, TikTok said it disagreed "
     "with the decision.", AUTH + "irish-dpc", SVC + "tiktok", "345500000", "EUR"),
    ("Fined 2.42 billion euros by the European Commission on Thursday, Google said it would "
     "appeal.", AUTH + "european-commission", ORG + "google", "2420000000", "EUR"),
    ("Fined A$1.5m by the eSafety Commissioner on Monday, Telegram said it would contest the "
     "notice.", AUTH + "esafety-commissioner", SVC + "telegram", "1500000", "AUD"),
    ("Meta was ordered on Tuesday by Ireland's Data Protection Commission to pay €1.2 billion.",
     AUTH + "irish-dpc", ORG + "meta", "1200000000", "EUR"),
    # "surcharge": the fine of Japanese and Korean competition law in English copy
    ("The KFTC imposed a surcharge of 42 billion won on Google on Tuesday.",
     AUTH + "kftc", ORG + "google", "42000000000", "KRW"),
    ("South Korea's antitrust regulator imposed a 42 billion won surcharge on Google on "
     "Tuesday.", AUTH + "kftc", ORG + "google", "42000000000", "KRW"),
    ("Japan's Fair Trade Commission ordered Google to pay a surcharge of 1 billion yen on "
     "Tuesday.", AUTH + "jftc", ORG + "google", "1000000000", "JPY"),
    # the singular currency before its noun (the amount had been None)
    ("Russia's Roskomnadzor imposed a 3 million rouble fine on Google on Monday.",
     AUTH + "roskomnadzor", ORG + "google", "3000000", "RUB"),
    ("Russia's Roskomnadzor imposed a 5 million ruble fine on Telegram on Tuesday.",
     AUTH + "roskomnadzor", SVC + "telegram", "5000000", "RUB"),
    ("Brazil's ANPD imposed a 20 million real fine on Meta on Tuesday.",
     AUTH + "anpd", ORG + "meta", "20000000", "BRL"),
]

FRENCH = [
    # a sum paid after a sanction or to close a case, without the word "amende"
    ("TikTok devra verser 5 millions d'euros à la suite d'une sanction de la CNIL prononcée "
     "jeudi.", AUTH + "cnil", SVC + "tiktok", "5000000", "EUR"),
    ("Shein devra verser 40 millions d'euros à la suite d'une sanction de la DGCCRF prononcée "
     "jeudi.", AUTH + "dgccrf", SVC + "shein", "40000000", "EUR"),
    ("Amazon devra payer 32 millions d'euros à la suite d'une décision de la CNIL rendue lundi.",
     AUTH + "cnil", ORG + "amazon", "32000000", "EUR"),
    ("TikTok a dû verser 5 millions d'euros à la suite d'une sanction de la CNIL infligée en "
     "janvier.", AUTH + "cnil", SVC + "tiktok", "5000000", "EUR"),
    ("Apple doit payer 10 millions d'euros après avoir été sanctionné lundi par l'Autorité "
     "italienne de la concurrence.", AUTH + "agcm", ORG + "apple", "10000000", "EUR"),
    ("Uber doit verser 290 millions d'euros après avoir été sanctionné lundi par l'Autorité "
     "néerlandaise de protection des données.", AUTH + "dutch-dpa", ORG + "uber", "290000000",
     "EUR"),
    ("Google a accepté lundi de verser 5 millions de dollars pour solder les poursuites de la "
     "FTC.", AUTH + "ftc", ORG + "google", "5000000", "USD"),
    ("TikTok versera 92 millions de dollars pour clore les poursuites de la FTC, selon un accord "
     "conclu mardi.", AUTH + "ftc", SVC + "tiktok", "92000000", "USD"),
    ("Microsoft paiera 20 millions de dollars pour clore les poursuites de la FTC, a annoncé "
     "lundi l'agence.", AUTH + "ftc", ORG + "microsoft", "20000000", "USD"),
    ("Meta a accepté mardi de verser 1,4 milliard de dollars au procureur général du Texas pour "
     "solder les poursuites.", AUTH + "texas-attorney-general", ORG + "meta", "1400000000", "USD"),
    # the body reports the payment before it
    ("La FTC a annoncé lundi que Meta verserait 5 milliards de dollars pour clore l'enquête.",
     AUTH + "ftc", ORG + "meta", "5000000000", "USD"),
    ("La FTC a annoncé mardi qu'Epic Games paierait 520 millions de dollars pour mettre fin aux "
     "poursuites.", AUTH + "ftc", ORG + "epic-games", "520000000", "USD"),
    ("Le procureur général du Texas a annoncé mardi que Google verserait 1,4 milliard de dollars "
     "pour clore les poursuites.", AUTH + "texas-attorney-general", ORG + "google", "1400000000",
     "USD"),
    # sanctioned in a fronted participle, the sum in the main clause
    ("Sanctionnée jeudi par la CNIL, la société Yahoo devra payer 10 millions d'euros.",
     AUTH + "cnil", ORG + "yahoo", "10000000", "EUR"),
    ("Sanctionné mardi par la CNIL, Google devra payer 150 millions d'euros.",
     AUTH + "cnil", ORG + "google", "150000000", "EUR"),
    ("Sanctionnée lundi par l'Autorité de la concurrence, Apple devra verser 1,1 milliard "
     "d'euros.", AUTH + "autorite-de-la-concurrence", ORG + "apple", "1100000000", "EUR"),
    # a kicker before a colon
    ("Amende record : Meta devra payer 1,2 milliard d'euros, a tranché lundi la Commission "
     "irlandaise de protection des données.", AUTH + "irish-dpc", ORG + "meta", "1200000000",
     "EUR"),
    ("Sanction : Criteo devra payer 40 millions d'euros, a décidé jeudi la CNIL.",
     AUTH + "cnil", ORG + "criteo", "40000000", "EUR"),
    ("Décision : Yahoo devra verser 10 millions d'euros, a tranché mardi la CNIL.",
     AUTH + "cnil", ORG + "yahoo", "10000000", "EUR"),
    # the participle in apposition to the name, its agent inside the trigger words
    ("TikTok, condamné lundi par la CNIL à une amende de 5 millions d'euros, a annoncé faire "
     "appel.", AUTH + "cnil", SVC + "tiktok", "5000000", "EUR"),
    ("Google, condamné par la CNIL à une amende de 150 millions d'euros, conteste la décision.",
     AUTH + "cnil", ORG + "google", "150000000", "EUR"),
    # "frapper d'une amende"
    ("La Commission européenne a frappé Apple d'une amende de 500 millions d'euros et Meta "
     "d'une amende de 200 millions d'euros.", AUTH + "european-commission", ORG + "apple",
     "500000000", "EUR"),
    # a sanction announced with its sum
    ("L'Autorité de la concurrence a annoncé jeudi une sanction de 150 millions d'euros contre "
     "Apple.", AUTH + "autorite-de-la-concurrence", ORG + "apple", "150000000", "EUR"),
]

# Each company's own sum where the sentence fines several (the second had taken the first's).
SHARED_OUT = [
    ("en", "The European Commission on Wednesday hit Apple with a €500 million fine and Meta "
     "with a €200 million fine."),
    ("fr", "La Commission européenne a infligé mercredi à Apple une amende de 500 millions "
     "d'euros et à Meta une amende de 200 millions d'euros."),
    ("fr", "La Commission européenne a frappé mercredi Apple d'une amende de 500 millions "
     "d'euros et Meta d'une amende de 200 millions d'euros."),
]

# The day of the decision the payment follows, told after it.
DATED = [
    ("en", "Apple must pay 10 million euros after Italy's competition watchdog AGCM sanctioned "
     "it on Monday.", dt.date(2025, 6, 2)),
    ("fr", "Shein devra verser 40 millions d'euros à la suite d'une sanction de la DGCCRF "
     "prononcée jeudi.", dt.date(2025, 5, 29)),
    ("fr", "Uber doit verser 290 millions d'euros après avoir été sanctionné lundi par "
     "l'Autorité néerlandaise de protection des données.", dt.date(2025, 6, 2)),
]

# Read as fines before session 10 (wrong facts): a person fined, damages owed to a private
# party, a fine denied, a fine proposed.
WRONG_BEFORE = [
    ("en", "Roskomnadzor fined a blogger 30,000 roubles on Monday for posts on Telegram."),
    ("en", "A Paris court ordered Google to pay €2 million in damages to a French hotel chain on "
     "Monday."),
    ("en", "Apple denied on Monday that it had been fined by Italy's competition watchdog."),
    ("fr", "Le rapporteur de l'Autorité de la concurrence a proposé lundi une amende de 60 "
     "millions d'euros contre Amazon."),
    ("en", "Roskomnadzor fined two bloggers 50,000 roubles each on Monday for posts on "
     "Telegram."),
]

TRAPS = [
    ("en", "Meta could be fined up to 6% of its global turnover if the Commission finds a "
     "breach."),
    ("en", "TikTok faces a fine of up to €345 million, Ireland's Data Protection Commission said "
     "on Monday."),
    ("en", "The ICO proposed a fine of £27 million against TikTok on Tuesday."),
    ("en", "Ofcom said on Monday it would fine 4chan if it failed to respond."),
    ("en", "The maximum penalty under the Digital Services Act is 6% of annual worldwide "
     "turnover."),
    ("en", "Amazon will refund $1.5 billion to customers, the company said on Monday."),
    ("en", "The EU General Court on Wednesday annulled the €1.49 billion fine imposed on Google."),
    ("en", "The FTC is seeking civil penalties of up to $50,120 per violation from TikTok."),
    ("en", "The Dutch Data Protection Authority warned Uber on Monday that it may face a fine."),
    ("en", "Lawmakers urged the FTC on Tuesday to fine Meta over its handling of teen data."),
    ("en", "Ofcom can fine companies up to £18 million or 10% of qualifying worldwide revenue."),
    ("en", "Meta agreed on Monday to pay $725 million to settle a class action brought by "
     "Facebook users."),
    ("fr", "Le Garante pourrait infliger une amende à OpenAI."),
    ("fr", "TikTok risque une amende pouvant aller jusqu'à 6 % de son chiffre d'affaires "
     "mondial."),
    ("fr", "La CNIL envisage d'infliger une amende à Google."),
    ("fr", "Meta a été condamnée lundi à verser 500 000 euros de dommages et intérêts à un "
     "utilisateur."),
    ("fr", "Google conteste lundi devant la Cour de justice l'amende de 4,1 milliards d'euros."),
    ("fr", "L'amende maximale prévue par le RGPD est de 4 % du chiffre d'affaires annuel "
     "mondial."),
    ("fr", "Le Tribunal de l'Union européenne a annulé mercredi l'amende de 1,49 milliard "
     "d'euros infligée à Google."),
    ("fr", "Des associations ont appelé lundi la CNIL à infliger une lourde amende à Meta."),
    ("fr", "Meta a accepté lundi de payer 725 millions de dollars pour mettre fin à une action "
     "de groupe."),
    ("fr", "Amazon affirme ne pas avoir été condamné à une amende par la CNIL."),
    ("fr", "La CNIL a infligé lundi une amende de 20 000 euros à un médecin."),
    ("fr", "Booking devra rembourser 2 000 euros à ses clients, a indiqué lundi la DGCCRF."),
    ("fr", "Le gendarme de la vie privée a menacé lundi TikTok d'une amende."),
    # negatives of the session-10 cues
    # ("The FTC said that Meta will pay $193,000." was one: since session 19 a body reporting
    # that the company will pay a sum reports the terms it fixed, a fine: test_payments.py)
    ("en", "The FTC said Meta agreed to pay $725 million to settle a class action brought by "
     "users."),
    ("en", "Google agreed on Monday to pay $700 million to settle a lawsuit brought by "
     "consumers."),
    ("en", "The US imposed sanctions on Telegram on Monday."),
    ("en", "Meta could have to pay €1.2bn after the Commission sanctioned it."),
    ("en", "The FTC said on Monday that Meta may have to pay a $5 billion penalty."),
    ("en", "Turkey's competition board could fine Google up to 10% of its turnover."),
    ("en", "The FTC ordered Amazon on Monday to pay $1.5 billion in refunds to customers."),
    ("fr", "La CNIL a indiqué que Meta a accepté de payer 725 millions de dollars pour mettre "
     "fin à une action de groupe."),
    ("fr", "Google a accepté lundi de verser 700 millions de dollars pour clore une action "
     "collective de consommateurs."),
    ("fr", "Google pourrait devoir verser 5 millions d'euros à la suite d'une sanction de la "
     "CNIL."),
    ("fr", "Sanctionnée lundi par la CNIL, la société pourrait devoir payer 10 millions "
     "d'euros."),
    ("fr", "Le rapporteur a proposé mardi une sanction de 30 millions d'euros contre Google."),
    ("fr", "La CNIL a été frappée par la décision du Conseil d'État."),
    ("en", "Apple imposed a 27% surcharge on developers on Tuesday."),
    ("en", "The CMA said on Tuesday that Apple's surcharge on developers was unfair."),
]


@pytest.fixture(scope="module")
def fines_in(extractor, article_of):
    """fines_in(text, language) -> the factual fines as (actor, targets, amount, currency,
    date)."""

    def run(text: str, language: str) -> list[tuple[object, ...]]:
        article = article_of("Headline\n\n" + text + "\n", language, dt.date(2025, 6, 4),
                             "Headline")
        return [(a.actor, a.targets, a.amount.amount if a.amount else None,
                 a.amount.currency if a.amount else None, a.date.value if a.date else None)
                for a in extractor.extract(article).actions
                if a.type == "fine" and a.status in FACTUAL_STATUSES]

    return run


def _check(found, actor, target, amount, currency):
    matching = [f for f in found if f[0] == actor and target in f[1]]
    assert matching, found
    assert (matching[0][2], matching[0][3]) == (Decimal(amount), currency), found


@pytest.mark.parametrize(("text", "actor", "target", "amount", "currency"), ENGLISH,
                         ids=range(len(ENGLISH)))
def test_an_english_fine_is_read_with_its_amount(fines_in, text, actor, target, amount,
                                                 currency):
    _check(fines_in(text, "en"), actor, target, amount, currency)


@pytest.mark.parametrize(("text", "actor", "target", "amount", "currency"), FRENCH,
                         ids=range(len(FRENCH)))
def test_a_french_fine_is_read_with_its_amount(fines_in, text, actor, target, amount,
                                               currency):
    _check(fines_in(text, "fr"), actor, target, amount, currency)


@pytest.mark.parametrize(("language", "text"), TRAPS, ids=range(len(TRAPS)))
def test_no_fine_from_threats_maxima_damages_or_annulments(fines_in, language, text):
    assert fines_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "day"), DATED, ids=range(len(DATED)))
def test_a_payment_takes_the_day_of_the_decision_it_follows(fines_in, language, text, day):
    assert [f[4] for f in fines_in(text, language)] == [day]


@pytest.mark.parametrize(("language", "text"), WRONG_BEFORE, ids=range(len(WRONG_BEFORE)))
def test_regression_no_fine_on_persons_damages_denials_or_proposals(fines_in, language, text):
    assert fines_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), SHARED_OUT, ids=range(len(SHARED_OUT)))
def test_regression_each_company_keeps_its_own_sum(fines_in, language, text):
    found = {f[1]: f[2] for f in fines_in(text, language)}
    assert found == {(ORG + "apple",): Decimal("500000000"), (ORG + "meta",): Decimal("200000000")}
