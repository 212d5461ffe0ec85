"""Fines told as the company's payment or by the fine's noun, with the body around them (issue
3, session 19: the largest class of easy misses; payment_parties.py, gapped_payers.py and the
payment triggers of actions.yaml). Invented sentences, several countries and platforms, both
languages, written with their answers before the rules; traps: sums owed for something else
(a purchase, taxes, damages, fees, a private suit, people), possibilities, no body reporting,
a payment restating a fine told just before."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

DAY = dt.date(2025, 3, 6)  # a Thursday
GC, FTC = "Gambling Commission", "Federal Trade Commission"
CCCS = "Competition and Consumer Commission of Singapore"
CBC, EC, CNIL = "Competition Bureau Canada", "European Commission", "CNIL"
DPC, ICO = "Data Protection Commission", "Information Commissioner's Office"
ADLC = "French Competition Authority"

# (language, text, the fines: {(actor, target, date, amount, currency)})
PAYMENTS = [
    ("en", "The Gambling Commission announced this morning that Betfred, the bookmaker behind a "
     "string of online casino brands, will pay £3.25 million over failures to protect "
     "vulnerable customers.", {(GC, "Betfred", "2025-03-06", 3250000, "GBP")}),
    ("en", "Under a proposed settlement announced on Tuesday, Avast will pay $16.5 million and "
     "must stop selling browsing data, the Federal Trade Commission said.",
     {(FTC, "Avast", "2025-03-04", 16500000, "USD")}),
    ("en", "Two companies in the Flutter group will pay £1.2 million after a Gambling Commission "
     "investigation found failures to check the source of customers' funds.",
     {(GC, "Flutter", None, 1200000, "GBP")}),
    ("en", "The Information Commissioner's Office said on Tuesday that PimEyes will pay £750,000 "
     "over its processing of facial images.", {(ICO, "PimEyes", "2025-03-04", 750000, "GBP")}),
    ("en", "Amazon will pay $2.5 million, the Federal Trade Commission said on Wednesday, after "
     "the agency found that its cancellation process misled subscribers.",
     {(FTC, "Amazon", "2025-03-05", 2500000, "USD")}),
    # (a negative of session 10, test_s10_fines: the reading changed in session 19)
    ("en", "The FTC said that Meta will pay $193,000.", {(FTC, "Meta", None, 193000, "USD")}),
    ("fr", "GATINEAU (Québec), le 4 mars 2025 – À la suite d'une enquête du Bureau de la "
     "concurrence, Amazon versera une sanction administrative pécuniaire de 3 millions de "
     "dollars pour des indications trompeuses sur ses prix.",
     {(CBC, "Amazon", "2025-03-04", 3000000, "CAD")}),
    ("fr", "Google paiera une sanction de 2 millions de dollars, a annoncé mardi le Bureau de la "
     "concurrence.", {(CBC, "Google", "2025-03-04", 2000000, "CAD")}),
    ("fr", "Le Bureau de la concurrence a annoncé mardi que Rogers paiera une sanction de 5 "
     "millions de dollars.", {(CBC, "Rogers", "2025-03-04", 5000000, "CAD")}),
]

# Several payers, the verb said once: one fine each, with its own sum.
GAPPED = [
    ("en", "Shopee was ordered to pay S$1.2 million and Lazada S$0.9 million, the Competition and "
     "Consumer Commission of Singapore said on Wednesday.",
     {(CCCS, "Shopee", "2025-03-05", 1200000, "SGD"),
      (CCCS, "Lazada", "2025-03-05", 900000, "SGD")}),
    ("en", "Temu will pay €10 million and Shein €5 million, the Italian Competition Authority "
     "said on Wednesday.",
     {("Italian Competition Authority", "Temu", "2025-03-05", 10000000, "EUR"),
      ("Italian Competition Authority", "Shein", "2025-03-05", 5000000, "EUR")}),
    ("fr", "La Commission européenne a infligé mercredi une amende de 300 millions d'euros à deux "
     "plateformes de livraison. Just Eat Takeaway.com devra acquitter 200 millions d'euros, et "
     "Wolt 100 millions.",
     {(EC, "Just Eat Takeaway.com", "2025-03-05", 200000000, "EUR"),
      (EC, "Wolt", "2025-03-05", 100000000, "EUR")}),
    ("fr", "L'Autorité de la concurrence a sanctionné Google mercredi. Google devra acquitter 150 "
     "millions d'euros, et Apple 50 millions.",
     {(ADLC, "Google", None, 150000000, "EUR"), (ADLC, "Apple", None, 50000000, "EUR")}),
]

# The fine told by its noun, the company its subject or its object.
NOUNS = [
    ("en", "The fine is larger than the €345 million penalty the Data Protection Commission "
     "imposed on TikTok in September 2023, until now its largest.",
     {(DPC, "TikTok", "2023-09", 345000000, "EUR")}),
    ("en", "The Competition and Markets Authority had opened a case against Ticketmaster in 2023. "
     "On 12 February the authority imposed a penalty of £1.5 million after finding that the "
     "company had failed to answer a formal notice.",
     {("Competition and Markets Authority", "Ticketmaster", "2025-02-12", 1500000, "GBP")}),
    ("en", "The ruling does not touch the £12.7 million fine the Information Commissioner's Office "
     "issued against TikTok in April 2023.", {(ICO, "TikTok", "2023-04", 12700000, "GBP")}),
    ("fr", "L'amende, de 40 millions d'euros, a été prononcée le 15 juin 2023 par la formation "
     "restreinte de la CNIL à l'encontre de Criteo, la société spécialisée dans le ciblage "
     "publicitaire.", {(CNIL, "Criteo", "2023-06-15", 40000000, "EUR")}),
    ("fr", "L'amende, de 5 millions d'euros, avait été prononcée en décembre 2022 par la CNIL "
     "contre TikTok.", {(CNIL, "TikTok", "2022-12", 5000000, "EUR")}),
    ("fr", "Vinted s'était vu infliger 2 millions d'euros par la CNIL en juillet 2024.",
     {(CNIL, "Vinted", "2024-07", 2000000, "EUR")}),
    ("fr", "Uber s'est vu infliger 10 millions d'euros par l'Autorité néerlandaise de protection "
     "des données en janvier 2024.",
     {("Dutch Data Protection Authority", "Uber", "2024-01", 10000000, "EUR")}),
    ("fr", "L'Autorité de la concurrence reproche à Apple ses pratiques sur l'App Store. La firme "
     "avait déjà écopé en mars 2020 d'une amende de 1,1 milliard d'euros.",
     {(ADLC, "Apple", "2020-03", 1100000000, "EUR")}),
]

TRAPS = [
    ("en", "Google will pay $50 million to a former engineer who sued the company for "
     "discrimination."),
    ("en", "Meta will pay $725 million to settle a class action brought by Facebook users."),
    ("en", "TikTok could pay up to £27 million, the Information Commissioner's Office said."),
    ("en", "Uber may have to pay €290 million if the Dutch Data Protection Authority's decision "
     "is upheld."),
    ("en", "Microsoft will pay $69 billion for Activision Blizzard, the Federal Trade Commission "
     "said."),
    ("en", "Apple will pay €13 billion in back taxes to Ireland, the European Commission said."),
    ("en", "Meta will pay for an independent audit of its systems, the European Commission said."),
    ("en", "Binance has yet to pay the $4.3 million it owes, the Federal Trade Commission said."),
    ("en", "Google will pay a $500,000 registration fee, the Federal Trade Commission said."),
    ("en", "Meta will pay $5 billion, analysts said."),
    ("en", "Roblox will pay $10 million to each family that sued it, the Federal Trade "
     "Commission said."),
    ("fr", "Google pourrait payer jusqu'à 10 % de son chiffre d'affaires mondial, a prévenu la "
     "Commission européenne."),
    ("fr", "Apple a refusé de payer les 500 millions d'euros réclamés par la Commission "
     "européenne."),
    ("fr", "Microsoft paiera 69 milliards de dollars pour racheter Activision Blizzard, a indiqué "
     "la Commission européenne."),
    ("fr", "Meta versera 50 millions de dollars aux plaignants de l'action collective, a indiqué "
     "le Bureau de la concurrence."),
    ("fr", "Uber devra verser 10 000 euros de dommages et intérêts à un chauffeur, a jugé le "
     "conseil de prud'hommes."),
    ("fr", "C'est l'amende que la CNIL pourrait infliger à Google si rien ne change."),
    ("fr", "Amazon paiera un audit indépendant de ses entrepôts, a indiqué la CNIL."),
    ("fr", "Meta devra s'acquitter d'une taxe de 3 % sur ses revenus publicitaires, a indiqué le "
     "gouvernement."),
    ("fr", "Shein s'est vu infliger un avertissement par la CNIL."),
    ("fr", "L'amende, de 50 millions d'euros, pourrait être prononcée par la CNIL contre Google."),
    ("fr", "TikTok paiera 2 millions d'euros de taxe numérique, a indiqué le ministère de "
     "l'Économie."),
    ("fr", "Amazon versera 20 millions d'euros à ses salariés, a annoncé la CNIL."),
]


@pytest.fixture(scope="module")
def fines(extractor, reference, article_of):
    def run(text: str, language: str) -> set[tuple[object, ...]]:
        body = "Update\n\n" + text + "\n"
        found = to_gold(extractor.extract(article_of(body, language, DAY, "Update")), reference)
        return {(a["actor"], a["target"], a["date"], a["amount"], a["currency"])
                for a in found["actions"] if a["type"] == "fine"}
    return run


def _ids(cases: list[tuple[str, ...]]) -> list[str]:
    return [f"{case[0]}-{case[1][:40]}" for case in cases]


@pytest.mark.parametrize(("language", "text", "expected"), PAYMENTS, ids=_ids(PAYMENTS))
def test_a_payment_the_body_reports_is_its_fine(fines, language, text, expected) -> None:
    assert fines(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), GAPPED, ids=_ids(GAPPED))
def test_each_payer_told_with_its_own_sum_has_its_fine(fines, language, text, expected) -> None:
    assert fines(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NOUNS, ids=_ids(NOUNS))
def test_a_fine_told_by_its_noun_is_the_bodys_fine(fines, language, text, expected) -> None:
    assert fines(text, language) == expected


@pytest.mark.parametrize(("language", "text"), TRAPS, ids=_ids(TRAPS))
def test_no_fine_from_a_sum_owed_for_something_else_or_only_possible(fines, language,
                                                                     text) -> None:
    assert fines(text, language) == set()


def test_a_payment_restating_the_fine_just_told_is_no_second_fine(fines) -> None:
    text = ("L'Autorité de la concurrence a infligé mercredi une amende de 200 millions d'euros à "
            "Google et Apple. Google devra acquitter 150 millions d'euros, et Apple 50 millions.")
    assert {(actor, target) for actor, target, *_ in fines(text, "fr")} == {
        (ADLC, "Google"), (ADLC, "Apple")}
    assert len(fines(text, "fr")) == 2
