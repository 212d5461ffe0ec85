"""Coverage of the reference gazetteer by category and country (issue 3, session 12).

The bodies that act against platforms fall into a few categories in every country: the data
protection, competition and consumer authorities, the telecom or media regulator, the financial
or securities regulator (crypto exchanges and trading apps), and the digital ministry. Reports
name bodies of any of them (a US derivatives regulator suing an exchange, a Japanese financial
agency warning one, a Nigerian securities commission declaring one illegal), so the checklist
below holds one body per category for the countries the press covers most, and each such body
acts under its names. Sentences are invented; none is copied from an article. Traps: a short
name two bodies share, an acronym that is also another thing, and a possible step name no body.
"""

from __future__ import annotations

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gazetteer import Gazetteer
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.reference import Reference

from .conftest import actions_of

# --- The checklist: the financial or securities regulator of each covered country ------------
# (The data protection and competition authorities of the EU states and Norway are checked in
# test_authority_breadth.py.)
FINANCIAL_REGULATORS = {
    "EU": "esma", "AT": "fma-austria", "BE": "fsma", "BG": "bulgarian-fsc", "HR": "hanfa",
    "CY": "cysec", "CZ": "czech-national-bank", "DK": "danish-fsa", "EE": "estonian-fsa",
    "FI": "fin-fsa", "FR": "amf", "DE": "bafin", "GR": "hcmc", "HU": "mnb",
    "IE": "central-bank-of-ireland", "IT": "consob", "LV": "latvijas-banka",
    "LT": "bank-of-lithuania", "LU": "cssf", "MT": "mfsa", "NL": "afm", "PL": "knf", "PT": "cmvm",
    "RO": "asf-romania", "SK": "nbs", "SI": "atvp", "ES": "cnmv", "SE": "swedish-fsa",
    "GB": "fca", "US": "sec", "CA": "fintrac", "AU": "asic", "NZ": "nz-fma", "JP": "japan-fsa",
    "KR": "fsc-korea", "CN": "csrc", "IN": "sebi", "SG": "mas", "ID": "ojk", "BR": "cvm",
    "MX": "cnbv", "AR": "cnv-argentina", "TR": "cmb-turkey", "RU": "bank-of-russia",
    "ZA": "fsca", "NG": "sec-nigeria", "KE": "cma-kenya", "EG": "fra-egypt",
    "SA": "cma-saudi-arabia", "AE": "sca-uae", "IL": "israel-securities-authority", "CH": "finma",
    "NO": "norwegian-fsa",
}

# Further categories the other files lacked for a covered country: (category, country) -> body.
FURTHER_CATEGORIES = {
    ("derivatives", "US"): "cftc", ("financial crime", "US"): "fincen",
    ("sanctions", "US"): "ofac", ("financial crime", "CA"): "fintrac",
    ("financial crime", "AU"): "austrac", ("financial crime", "IN"): "fiu-india",
    ("financial crime", "NG"): "efcc", ("financial crime", "TR"): "masak",
    ("financial crime", "EU"): "amla", ("data protection", "EU"): "edps",
    ("consumer", "JP"): "caa-japan", ("consumer", "IN"): "ccpa-india",
    ("consumer", "ZA"): "ncc-south-africa", ("consumer", "EG"): "cpa-egypt",
    ("consumer", "IL"): "israel-consumer-authority", ("consumer", "BE"): "fps-economy",
    ("consumer", "CH"): "seco", ("consumer", "TR"): "turkish-ministry-of-trade",
    ("telecom", "IN"): "trai", ("telecom", "NG"): "ncc-nigeria", ("telecom", "AR"): "enacom",
    ("telecom", "BG"): "bulgarian-crc", ("telecom", "CH"): "ofcom-switzerland",
    ("media", "CN"): "nrta", ("games", "CN"): "nppa", ("media", "AE"): "uae-media-council",
    ("media", "NL"): "cvdm", ("media", "ZA"): "fpb-south-africa",
    ("digital ministry", "JP"): "japan-digital-agency",
    ("digital ministry", "SG"): "mddi-singapore",
    ("digital ministry", "RU"): "mintsifry", ("digital ministry", "MX"): "atdt-mexico",
    ("digital ministry", "PL"): "polish-ministry-of-digital-affairs",
    ("crypto", "AE"): "vara", ("crypto", "ID"): "bappebti",
    ("legislature", "CA"): "parliament-of-canada", ("legislature", "CN"): "npc-china",
    ("legislature", "RU"): "state-duma", ("legislature", "BR"): "brazil-national-congress",
    ("data protection", "DE-BY"): "baylda", ("prices", "CH"): "swiss-price-supervisor",
}


@pytest.mark.parametrize(("country", "key"), sorted(FINANCIAL_REGULATORS.items()))
def test_every_covered_country_has_its_financial_regulator(reference: Reference, country: str,
                                                           key: str):
    body = reference.entities[f"authority/{key}"]
    assert body.jurisdiction == country and "Regulator" in body.classes


@pytest.mark.parametrize(("category", "key"), sorted(FURTHER_CATEGORIES.items()),
                         ids=lambda v: "-".join(v) if isinstance(v, tuple) else v)
def test_further_categories_have_their_body(reference: Reference, category: tuple[str, str],
                                            key: str):
    body = reference.entities[f"authority/{key}"]
    assert body.jurisdiction == category[1] and {"en", "fr"} <= set(body.labels)


# --- Bodies of the new categories act, under their names and descriptions --------------------

def steps(extractor: Extractor, text: str, language: str) -> list[tuple[str, str | None, str]]:
    return [(a.type, a.actor, a.jurisdiction) for a in actions_of(extractor, text, language)
            if a.status in FACTUAL_STATUSES]


ACTING = [
    # English: a derivatives regulator, crime units, financial supervisors, central banks
    ("en", "The Commodity Futures Trading Commission sued Kraken on Thursday.",
     ("lawsuit", "authority/cftc", "US")),
    ("en", "On Monday the CFTC sued KuCoin over unregistered derivatives trading.",
     ("lawsuit", "authority/cftc", "US")),
    ("en", "BaFin ordered Revolut on Monday to stop opening accounts for new customers.",
     ("order", "authority/bafin", "DE")),
    ("en", "Japan's Financial Services Agency issued a warning to Bybit on Friday.",
     ("warning", "authority/japan-fsa", "JP")),
    ("en", "The Monetary Authority of Singapore fined Crypto.com on Wednesday.",
     ("fine", "authority/mas", "SG")),
    ("en", "South Korea's financial regulator fined Upbit on Thursday.",
     ("fine", "authority/fsc-korea", "KR")),
    ("en", "Nigeria's Securities and Exchange Commission sued Binance on Monday.",
     ("lawsuit", "authority/sec-nigeria", "NG")),
    ("en", "The Economic and Financial Crimes Commission sued OKX in Abuja on Tuesday.",
     ("lawsuit", "authority/efcc", "NG")),
    ("en", "The Reserve Bank of India ordered Paytm Payments Bank to stop taking deposits on "
     "Wednesday.", ("order", "authority/rbi", "IN")),
    ("en", "AUSTRAC sued Bybit in the Federal Court on Monday.",
     ("lawsuit", "authority/austrac", "AU")),
    ("en", "The Dutch central bank fined Coinbase €3.3 million on Thursday.",
     ("fine", "authority/dnb", "NL")),
    ("en", "Dubai's Virtual Assets Regulatory Authority fined Bybit on Monday.",
     ("fine", "authority/vara", "AE")),
    ("en", "The Bavarian State Office for Data Protection Supervision ordered Worldcoin on "
     "Tuesday to delete the iris codes.", ("order", "authority/baylda", "DE-BY")),
    ("en", "Turkey's Capital Markets Board fined OKX on Tuesday.",
     ("fine", "authority/cmb-turkey", "TR")),
    ("en", "The Swiss Price Supervisor ordered Booking.com on Friday to lower its commissions.",
     ("order", "authority/swiss-price-supervisor", "CH")),
    ("en", "Consob opened an investigation into Robinhood on Monday.",
     ("investigation", "authority/consob", "IT")),
    ("en", "China's National Press and Publication Administration fined Tencent on Friday.",
     ("fine", "authority/nppa", "CN")),
    ("en", "Poland's digital ministry ordered X on Monday to remove the posts.",
     ("order", "authority/polish-ministry-of-digital-affairs", "PL")),
    # French
    ("fr", "La Commodity Futures Trading Commission a poursuivi Binance en justice lundi.",
     ("lawsuit", "authority/cftc", "US")),
    ("fr", "L'Autorité des marchés financiers a infligé mardi une amende de 1 million d'euros "
     "à Coinbase.", ("fine", "authority/amf", "FR")),
    ("fr", "La BaFin a ordonné lundi à Revolut de cesser d'ouvrir des comptes.",
     ("order", "authority/bafin", "DE")),
    ("fr", "La Consob a infligé jeudi une amende de 2 millions d'euros à Bybit.",
     ("fine", "authority/consob", "IT")),
    ("fr", "Le régulateur financier japonais a adressé vendredi un avertissement à Bybit.",
     ("warning", "authority/japan-fsa", "JP")),
    ("fr", "L'Autorité fédérale de surveillance des marchés financiers a ouvert lundi une "
     "enquête sur Crypto.com.", ("investigation", "authority/finma", "CH")),
    ("fr", "Le Surveillant des prix a ordonné en décembre à Booking.com de baisser ses "
     "commissions.", ("order", "authority/swiss-price-supervisor", "CH")),
    ("fr", "La Commission des crimes économiques et financiers a poursuivi OKX en justice jeudi.",
     ("lawsuit", "authority/efcc", "NG")),
    ("fr", "Le gendarme boursier indien a infligé lundi une amende à Paytm.",
     ("fine", "authority/sebi", "IN")),
    ("fr", "La Commission nigériane des valeurs mobilières a poursuivi Binance en justice "
     "vendredi.", ("lawsuit", "authority/sec-nigeria", "NG")),
    ("fr", "La Banque centrale du Brésil a infligé mardi une amende à Nubank.",
     ("fine", "authority/central-bank-of-brazil", "BR")),
    ("fr", "La CySEC a infligé jeudi une amende de 500 000 euros à eToro.",
     ("fine", "authority/cysec", "CY")),
    ("fr", "La Banque centrale néerlandaise a infligé jeudi une amende à Coinbase.",
     ("fine", "authority/dnb", "NL")),
    ("fr", "L'Autorité monétaire de Singapour a infligé mercredi une amende à Crypto.com.",
     ("fine", "authority/mas", "SG")),
    ("fr", "Le ministère polonais des Affaires numériques a ordonné lundi à X de retirer les "
     "messages.", ("order", "authority/polish-ministry-of-digital-affairs", "PL")),
]


@pytest.mark.parametrize(("language", "text", "expected"), ACTING,
                         ids=[f"{c[0]}-{c[2][1].split('/')[1]}-{i}" for i, c in enumerate(ACTING)])
def test_a_body_of_a_new_category_acts(extractor: Extractor, language: str, text: str,
                                       expected: tuple[str, str, str]):
    assert expected in steps(extractor, text, language), text


# --- Companies and services the press covers: each is the step's target ---------------------
TARGETS = [
    ("en", "Pakistan's telecom regulator blocked PUBG on Tuesday.", "service/pubg"),
    ("fr", "Le régulateur pakistanais des télécoms a suspendu mardi le jeu en ligne PUBG.",
     "service/pubg"),
    # after a descriptor ("the crypto exchange X") only a known name is taken
    ("en", "Italy's antitrust authority fined the crypto exchange Bybit on Monday.",
     "organisation/bybit"),
    ("en", "The ACCC sued the fintech Klarna on Monday.", "organisation/klarna"),
    ("fr", "Le Garante a ouvert une enquête sur la plateforme de cryptomonnaies Bybit.",
     "organisation/bybit"),
    ("en", "The CFTC fined Kraken $1.25 million on Thursday.", "organisation/kraken"),
    ("fr", "La CNIL a infligé jeudi une amende à PimEyes.", "service/pimeyes"),
    ("en", "The Bundeskartellamt opened an investigation into HRS on Monday.", "organisation/hrs"),
    ("fr", "L'Autorité de la concurrence a infligé lundi une amende au fabricant de puces Nvidia.",
     "organisation/nvidia"),
    ("en", "India's Competition Commission fined Dream11 on Friday.", "service/dream11"),
    ("fr", "La CySEC a infligé jeudi une amende de 500 000 euros à eToro.", "organisation/etoro"),
    ("fr", "La Commission des services financiers de Corée a infligé lundi une amende à Upbit.",
     "service/upbit"),
]


@pytest.mark.parametrize(("language", "text", "target"), TARGETS)
def test_a_covered_company_is_the_target(extractor: Extractor, language: str, text: str,
                                         target: str):
    targets = [key for a in actions_of(extractor, text, language)
               if a.status in FACTUAL_STATUSES for key in a.targets]
    assert target in targets, text


# --- Traps ---------------------------------------------------------------------------------------

def authorities(gazetteer: Gazetteer, text: str, language: str) -> list[str]:
    return [m.key for m in gazetteer.find(text, language) if m.key.startswith("authority/")]


@pytest.mark.parametrize(("text", "language", "wrong"), [
    # a short name several bodies share is no alias alone
    ("Finanstilsynet fined Revolut on Monday.", "en", "authority/danish-fsa"),
    ("Finanstilsynet fined Revolut on Monday.", "en", "authority/norwegian-fsa"),
    ("The FSA opened an investigation into Bybit on Monday.", "en", "authority/japan-fsa"),
    ("The FMA warned investors about the app on Monday.", "en", "authority/nz-fma"),
    ("The FMA warned investors about the app on Monday.", "en", "authority/fma-austria"),
    # the longer name decides between namesakes
    ("The Securities and Exchange Commission of Nigeria fined Binance.", "en", "authority/sec"),
    # acronyms that are other things
    ("Under the CCPA, users may ask Meta to delete their data.", "en", "authority/ccpa-india"),
    ("The BSI standard for the devices was updated.", "en", "authority/bsi"),
    ("DNB shares fell 2% in Oslo on Monday.", "en", "authority/dnb"),
    ("The NPC passed a new data law.", "en", "authority/npc-china"),
    ("Más de 100 usuarios denunciaron a la app.", "en", "authority/mas"),
    ("The CAT ruling was praised by consumer groups.", "en",
     "authority/competition-appeal-tribunal"),
])
def test_a_shared_or_ambiguous_name_links_no_wrong_body(gazetteer: Gazetteer, text: str,
                                                        language: str, wrong: str):
    assert wrong not in authorities(gazetteer, text, language), text


@pytest.mark.parametrize(("text", "language"), [
    # a possible step of a new body is no step
    ("Japan's financial regulator could fine Bybit as early as next month.", "en"),
    ("The CFTC may sue Kraken if talks fail.", "en"),
    ("La BaFin pourrait infliger une amende à Revolut.", "fr"),
    ("Brazil's central bank would order Nubank to stop if it refused.", "en"),
    # a company's name in a sentence with no step
    ("He played PUBG with his friends until 3 hrs past midnight.", "en"),
    ("Le kraken est un monstre marin des légendes nordiques.", "fr"),
])
def test_no_step_without_a_factual_step(extractor: Extractor, text: str, language: str):
    assert steps(extractor, text, language) == [], text


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a people in the plural is the public a platform serves, never the step's target
    ("The SEC sued the exchange on Monday for offering derivatives to Americans.", "en", []),
    ("On Tuesday Britain's FCA fined the broker for selling crypto products to Germans.", "en",
     []),
    ("La DGCCRF a poursuivi la plateforme en justice lundi pour avoir démarché des Espagnols.",
     "fr", []),
    # ... and the named company stays the target
    ("The CFTC sued Kraken on Monday for offering derivatives to Americans.", "en",
     ["organisation/kraken"]),
    ("La Consob a infligé lundi une amende à Bybit pour avoir démarché des Italiens.", "fr",
     ["organisation/bybit"]),
])
def test_regression_a_people_in_the_plural_is_no_target(extractor: Extractor, text: str,
                                                         language: str, expected: list[str]):
    targets = [key for a in actions_of(extractor, text, language)
               if a.status in FACTUAL_STATUSES for key in a.targets]
    assert targets == expected, text
