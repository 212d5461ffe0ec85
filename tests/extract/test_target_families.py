"""Targets inside corporate families (issue 3, session 11): the entity a step is addressed to,
as journalists and releases name it. A known company's name followed by a legal form, a
country or a corporate word ("Google Ireland Limited", "Meta Platforms Ireland", "Amazon Europe
Core", "TikTok Technology Limited", "Booking.com B.V.") is that company (guideline 3, as
tests/varied 309 and tests/wide 513 do for operating companies); a subsidiary with a name of its
own ("Kakao Mobility", "Foodinho, the Italian subsidiary of Glovo", "Ring LLC") is the target,
not the parent apposed to it; an unnamed arm ("Google's Irish arm", "la filiale française
d'Amazon") is its parent. Invented sentences in wire, newspaper and release wording, with the
traps (possible steps, the company's own steps, appeals and court rulings on them, calls by
others, statutory maxima) that must stay empty.

72 sentences were written before any run; 15 failed (wrong target or actor, or none): 12 are
the regression cases below (with 5 more of the same mechanisms, written after), 2 whose step
is a fronted participle with its agent elsewhere stay unfixed (xfail), and "Meta's WhatsApp"
follows the project's possessive convention (target_groups: "OpenAI's ChatGPT" is OpenAI),
so it is a guard. The guards passed before and keep the group's own entities, products,
unnamed arms and parents right now that longer names are read. "Kakao Pay Corp." is left out:
a registered name with its legal form is the group's entity here ("Aylo Freesites Ltd" is
Aylo, test_actions_reporting), so the convention decides it, not this file."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

KFTC, PIPC = "Korea Fair Trade Commission", "Personal Information Protection Commission of Korea"
GARANTE, AGCM = "Italian Data Protection Authority", "Italian Competition Authority"
DPC, CNIL, EC = "Data Protection Commission", "CNIL", "European Commission"
CNPD_LU, FTC = "National Commission for Data Protection", "Federal Trade Commission"
CNMC, CCI = "National Commission on Markets and Competition", "Competition Commission of India"
DUTCH, TEXAS = "Dutch Data Protection Authority", "Texas Attorney General"
JFTC, ACCC = "Japan Fair Trade Commission", "Australian Competition and Consumer Commission"
AEPD, FCO = "Spanish Data Protection Agency", "Federal Cartel Office"
DGCCRF, CMA = "DGCCRF", "Competition and Markets Authority"
APD, ADLC = "Belgian Data Protection Authority", "French Competition Authority"


@pytest.fixture(scope="module")
def gold_steps(extractor, reference, article_of):
    """gold_steps(text, language) -> the (type, actor, target) labels the eval compares, for a
    text under a headline published on 6 March 2024."""
    def run(text: str, language: str) -> set[tuple[str, str | None, str | None]]:
        article = article_of("Headline\n\n" + text + "\n", language, dt.date(2024, 3, 6),
                             "Headline")
        found = to_gold(extractor.extract(article), reference)
        return {(a["type"], a["actor"], a["target"]) for a in found["actions"]}
    return run


FIXED = [
    # A company named after its group (group_names): not the group.
    ("en", "South Korea's antitrust regulator fined Kakao Mobility 27.1 billion won on Tuesday "
     "for favouring its own taxis.", {("fine", KFTC, "Kakao Mobility")}),
    ("en", "South Korea's privacy watchdog fined Kakao Pay 6 billion won on Thursday for sharing "
     "customer data with Alipay.", {("fine", PIPC, "Kakao Pay")}),
    ("en", "Fined 27.1 billion won by the Korea Fair Trade Commission on Tuesday, Kakao Mobility "
     "said it would appeal.", {("fine", KFTC, "Kakao Mobility")}),
    ("fr", "L'autorité coréenne de protection des données personnelles a sanctionné jeudi Kakao "
     "Pay d'une amende de 6 milliards de wons.", {("fine", PIPC, "Kakao Pay")}),
    # A subsidiary apposed to its parent (target_subsidiaries): the subsidiary.
    ("en", "Italy's privacy watchdog fined Foodinho, the Italian subsidiary of Glovo, 5 million "
     "euros on Friday.", {("fine", GARANTE, "Foodinho")}),
    ("en", "Glovo's Italian subsidiary Foodinho was fined 5 million euros by the Italian data "
     "protection authority on Monday.", {("fine", GARANTE, "Foodinho")}),
    ("en", "Britain's Competition and Markets Authority opened an investigation into Foodhub, a "
     "unit of Just Eat, on Monday.", {("investigation", CMA, "Foodhub")}),
    ("fr", "Le gendarme italien de la vie privée a infligé lundi une amende de 5 millions "
     "d'euros à Foodinho, filiale italienne de Glovo.", {("fine", GARANTE, "Foodinho")}),
    ("fr", "Le gendarme coréen de la concurrence a infligé mardi une amende de 27,1 milliards de "
     "wons à Kakao Mobility, filiale de Kakao.", {("fine", KFTC, "Kakao Mobility")}),
    ("fr", "La Federal Trade Commission a poursuivi mercredi en justice Ring, la filiale "
     "d'Amazon spécialisée dans les sonnettes connectées.", {("lawsuit", FTC, "Ring")}),
    # An unknown company's legal form (names.organisation_label): normalised away.
    ("en", "The Federal Trade Commission sued Ring LLC, the Amazon-owned doorbell camera maker, "
     "on Wednesday.", {("lawsuit", FTC, "Ring")}),
    # A group member in brackets (target_groups): a gloss, not a second target.
    ("en", "The European Commission opened formal proceedings against Temu (PDD Holdings) on "
     "Thursday.", {("investigation", EC, "Temu")}),
    ("fr", "La DGCCRF a infligé jeudi une amende de 40 millions d'euros à Temu (PDD Holdings).",
     {("fine", DGCCRF, "Temu")}),
    # A country inside a company's name (company_countries): neither actor nor jurisdiction.
    ("fr", "Amazon France Logistique a été condamnée mardi par la CNIL à une amende de 32 "
     "millions d'euros.", {("fine", CNIL, "Amazon")}),
    ("fr", "Google France a été sanctionnée mardi par la CNIL d'une amende de 10 millions "
     "d'euros.", {("fine", CNIL, "Google")}),
    # Kakao Pay's own-name case in French (the same group_names rule as above).
    ("fr", "L'autorité coréenne de protection des données personnelles a infligé jeudi une "
     "amende de 6 milliards de wons à Kakao Pay, selon l'agence Yonhap.",
     {("fine", PIPC, "Kakao Pay")}),
    ("en", "South Korea's antitrust regulator on Tuesday fined Kakao Mobility, a unit of Kakao, "
     "27.1 billion won.", {("fine", KFTC, "Kakao Mobility")}),
]

GUARDS = [
    # The group's own legal entities, places and corporate nouns after its name stay it.
    ("en", "Ireland's Data Protection Commission fined Meta Platforms Ireland Limited 265 million "
     "euros on Monday.", {("fine", DPC, "Meta")}),
    ("en", "The CNIL fined Google LLC and Google Ireland Limited a combined 150 million euros on "
     "Thursday.", {("fine", CNIL, "Google")}),
    ("en", "The Italian Competition Authority fined Apple Distribution International 98 million "
     "euros on Wednesday.", {("fine", AGCM, "Apple")}),
    ("en", "The European Commission fined Apple Sales International 13 billion euros on Monday.",
     {("fine", EC, "Apple")}),
    ("en", "Microsoft Ireland was fined 10 million euros by the Irish Data Protection Commission "
     "on Tuesday.", {("fine", DPC, "Microsoft")}),
    ("fr", "La Commission nationale pour la protection des données luxembourgeoise a infligé en "
     "juillet 2021 une amende record de 746 millions d'euros à Amazon Europe Core.",
     {("fine", CNPD_LU, "Amazon")}),
    ("fr", "La chambre contentieuse de l'Autorité de protection des données a condamné mardi "
     "Google Belgium à une amende de 600 000 euros.", {("fine", APD, "Google")}),
    # A region after the name, like a country (regression: "Google Asia Pacific" was a company).
    ("en", "The ACCC sued Google Asia Pacific in the Federal Court on Monday.",
     {("lawsuit", ACCC, "Google")}),
    # A product, a person's title: no company of its own.
    ("fr", "L'Autorité de la concurrence a rendu obligatoires mardi les engagements de Google Ad "
     "Manager.", {("commitment", ADLC, "Google")}),
    ("en", "The FTC sued Microsoft on Monday, Microsoft President Brad Smith said.",
     {("lawsuit", FTC, "Microsoft")}),
    # A parent as the addressee, an unnamed arm, a possessive: not a subsidiary.
    ("en", "The European Commission fined Alphabet, Google's parent, 2.4 billion euros on "
     "Tuesday.", {("fine", EC, "Alphabet")}),
    ("en", "Spain's data protection agency fined Glovo, which owns Foodinho, 550,000 euros on "
     "Friday.", {("fine", AEPD, "Glovo")}),
    ("fr", "L'Agence espagnole de protection des données a infligé vendredi une amende de "
     "550 000 euros à Glovo, maison mère de Foodinho.", {("fine", AEPD, "Glovo")}),
    ("en", "The Irish Data Protection Commission opened an inquiry into Google's Irish arm on "
     "Tuesday.", {("investigation", DPC, "Google")}),
    ("en", "India's competition watchdog on Monday ordered Meta's WhatsApp to stop sharing user "
     "data with other Meta companies.", {("order", CCI, "Meta")}),
    ("fr", "L'autorité indienne de la concurrence a ordonné lundi à WhatsApp, filiale de Meta, "
     "de cesser de partager les données de ses utilisateurs.", {("order", CCI, "WhatsApp")}),
    ("en", "Italy's privacy watchdog fined Luka Inc., the US company behind Replika, 5 million "
     "euros on Monday.", {("fine", GARANTE, "Luka")}),
    # A source or a time word before the apposition is no subsidiary's name.
    ("fr", "Selon Reuters, la filiale italienne de Glovo a été condamnée lundi par le gendarme "
     "italien de la vie privée à une amende de 5 millions d'euros.",
     {("fine", GARANTE, "Glovo")}),
    ("fr", "Lundi, la filiale italienne de Glovo a été condamnée par le gendarme italien de la "
     "vie privée à une amende de 5 millions d'euros.", {("fine", GARANTE, "Glovo")}),
]

UNFIXED = [
    ("en", "Fined 27.1 billion won on Tuesday, Kakao Mobility said it would appeal the Korea "
     "Fair Trade Commission's decision.", {("fine", KFTC, "Kakao Mobility")}),
    ("fr", "Sanctionnée mardi par la CNIL, la filiale française d'Amazon a annoncé qu'elle "
     "ferait appel.", {("fine", CNIL, "Amazon")}),
]

ENGLISH_TRAPS = [
    "Kakao Mobility could face a fine of up to 3% of its sales, the Korea Fair Trade Commission "
    "said.",
    "Foodinho, the Italian subsidiary of Glovo, said on Friday it would appeal.",
    "Meta Platforms Ireland Limited lodged an appeal with the High Court on Tuesday.",
    "Amazon Europe Core may be fined by Luxembourg's data regulator, people familiar with the "
    "matter said.",
    "The Federal Trade Commission is considering suing Ring LLC, the Amazon-owned doorbell "
    "maker.",
    "TikTok Technology Limited denied any wrongdoing on Monday.",
    "Consumer groups called on the European Commission to open an investigation into "
    "Booking.com B.V. on Tuesday.",
    "Google Ireland Limited faces a maximum fine of 4% of its global turnover under the GDPR.",
    "Kakao Pay plans to challenge the privacy watchdog's decision in court.",
    "Alphabet, Google's parent, reported quarterly revenue of 80 billion dollars on Tuesday.",
    "Kakao Pay, a Kakao subsidiary, apologised to its customers on Monday.",
    "Meta's WhatsApp said on Monday it would challenge the order in court.",
]

FRENCH_TRAPS = [
    "Kakao Mobility, filiale de Kakao, pourrait écoper d'une amende de 3 % de son chiffre "
    "d'affaires.",
    "Foodinho, filiale italienne de Glovo, a annoncé lundi qu'elle ferait appel de la décision.",
    "Meta Platforms Ireland a contesté mardi la décision devant la Haute Cour irlandaise.",
    "La filiale française d'Amazon risque jusqu'à 4 % de son chiffre d'affaires mondial.",
    "Des associations de consommateurs ont appelé la Commission européenne à ouvrir une enquête "
    "sur Temu (PDD Holdings).",
    "TikTok Technology Limited dément toute infraction.",
    "Le Conseil d'État a rejeté mercredi le recours de Google LLC.",
    "La CNIL envisage de sanctionner Amazon France Logistique.",
    "Booking.com B.V. a annoncé lundi son intention de faire appel.",
    "Selon la presse, le régulateur luxembourgeois pourrait infliger une amende à Amazon Europe "
    "Core.",
    "Alphabet, maison mère de Google, a publié mardi ses résultats trimestriels.",
    "Kakao Pay, filiale de Kakao, a présenté lundi ses excuses à ses clients.",
]


@pytest.mark.parametrize(("language", "text", "expected"), FIXED)
def test_regression_family_target_as_named(gold_steps, language: str, text: str,
                                           expected: set) -> None:
    assert gold_steps(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), GUARDS)
def test_guard_group_entities_arms_and_parents_stay(gold_steps, language: str, text: str,
                                                     expected: set) -> None:
    assert gold_steps(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), UNFIXED)
@pytest.mark.xfail(reason="a fronted participle whose agent is a later possessive or whose "
                          "subject is a description: no step is read", strict=True)
def test_unfixed_fronted_participle_with_family_target(gold_steps, language: str, text: str,
                                                       expected: set) -> None:
    assert gold_steps(text, language) == expected


@pytest.mark.parametrize("text", ENGLISH_TRAPS)
def test_english_family_traps_stay_empty(gold_steps, text: str) -> None:
    assert gold_steps(text, "en") == set()


@pytest.mark.parametrize("text", FRENCH_TRAPS)
def test_french_family_traps_stay_empty(gold_steps, text: str) -> None:
    assert gold_steps(text, "fr") == set()
