"""Recall mechanisms read on the sleet dev set (issue 3, session 14), shown in other words.

Each group is a class of phrasing that made the extractor miss a step; the sentences are
invented, none from a dev set:

- a body missing from the reference cannot act at all, nor can any body of a country the
  reference lacks: France's national financial prosecutor (PNF), DR Congo's telecoms regulator
  (ARPTC), Argentina's Secretariat of Domestic Trade, Brazil's AGU, New Jersey's Division of
  Consumer Affairs, Nigeria's FIRS, Mauritius's ICTA, France's economy ministry
  (the same gap was behind misses on reserve, frost and thaw);
- a platform's commitment keeps its cue with a sentence adverb inside the verb ("s'est alors
  engagée auprès de", "a finalement accepté de", "has since quickly agreed to"): the company
  triggers listed two or three adverbs of their own; they now take the shared `<INSERT>` list;
- an order to throttle platforms or to restrict their use ("ordonne de brider X", "a enjoint de
  restreindre l'usage de X") is a block, as the same order given to the operators is.

Traps: names several countries share stay with their own country ("l'Autorité des
technologies de l'information et de la communication (BTK)" is Turkey's; another country's
ministry of the economy is not France's); an agreement to pay or appeal is still no
commitment; throttling nobody orders is no block.
"""

from __future__ import annotations

import pytest

Row = tuple[str, str | None, str | None, str | None]


@pytest.fixture(scope="module")
def rows(gold_rows):
    """The gold rows of a text (tests/extract/conftest.py: gold_rows)."""
    return gold_rows


PNF = "National Financial Prosecutor's Office"
ARPTC = "Postal and Telecommunications Regulatory Authority of Congo"
ARG = "Argentine Secretariat of Domestic Trade"
AGU = "Office of the Attorney General of the Union"
NJDCA = "New Jersey Division of Consumer Affairs"
FIRS = "Federal Inland Revenue Service"
ICTA = "Information and Communication Technologies Authority of Mauritius"
BERCY = "French Ministry of the Economy"

# --- bodies missing from the reference ------------------------------------------------------
MISSING_BODIES = [
    ("fr", "Le parquet national financier a ouvert le 4 mars 2024 une enquête préliminaire "
           "visant Uber pour travail dissimulé.",
     [("investigation", PNF, "FR", "Uber")]),
    ("fr", "Le 5 mars, le PNF a conclu avec Amazon une convention judiciaire d'intérêt public "
           "prévoyant une amende de 80 millions d'euros.",
     [("fine", PNF, "FR", "Amazon")]),
    ("en", "France's national financial prosecutor opened a preliminary investigation into "
           "Airbnb on 4 March 2024 over unpaid tourist taxes.",
     [("investigation", PNF, "FR", "Airbnb")]),
    ("fr", "L'Autorité de régulation de la poste et des télécommunications du Congo a ordonné "
           "lundi aux opérateurs de bloquer TikTok et Telegram.",
     [("block", ARPTC, "CD", "Telegram"), ("block", ARPTC, "CD", "TikTok")]),
    ("fr", "L'ARPTC a ordonné le 2 mars aux fournisseurs d'accès de suspendre l'accès à "
           "Instagram jusqu'à nouvel ordre.",
     [("block", ARPTC, "CD", "Meta")]),
    ("en", "DR Congo's telecoms regulator ordered mobile operators on Monday to block YouTube "
           "ahead of the vote.",
     [("block", ARPTC, "CD", "YouTube")]),
    ("en", "Argentina's Secretariat of Domestic Trade ordered Mercado Libre on Monday to "
           "suspend its new delivery fees for 90 days.",
     [("order", ARG, "AR", "Mercado Libre")]),
    ("fr", "La Secretaría de Comercio Interior a ordonné lundi à Uber de suspendre ses "
           "nouveaux tarifs en Argentine.",
     [("order", ARG, "AR", "Uber")]),
    ("en", "Brazil's Attorney General's Office sued X on 4 March 2024 over its refusal to "
           "remove accounts.",
     [("lawsuit", AGU, "BR", "X")]),
    ("fr", "L'Advocacia-Geral da União a poursuivi Telegram le 4 mars 2024 devant la Cour "
           "suprême.",
     [("lawsuit", AGU, "BR", "Telegram")]),
    ("en", "The New Jersey Division of Consumer Affairs sued Roblox on Tuesday over loot "
           "boxes sold to children.",
     [("lawsuit", NJDCA, "US-NJ", "Roblox")]),
    ("en", "Nigeria's Federal Inland Revenue Service sued Binance on 1 March 2024 over unpaid "
           "value-added tax.",
     [("lawsuit", FIRS, "NG", "Binance")]),
    ("fr", "Le Service fédéral des impôts du Nigeria a poursuivi Bybit le 1er mars 2024 pour "
           "évasion fiscale.",
     [("lawsuit", FIRS, "NG", "Bybit")]),
    ("fr", "L'ICTA a ordonné vendredi aux fournisseurs d'accès de bloquer Snapchat jusqu'au "
           "lendemain du scrutin.",
     [("block", ICTA, "MU", "Snapchat")]),
    ("fr", "En février 2024, le ministère de l'Économie a assigné Google devant le tribunal "
           "de commerce de Paris pour des clauses abusives.",
     [("lawsuit", BERCY, "FR", "Google")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), MISSING_BODIES)
def test_a_body_missing_from_the_reference_acts(rows, language: str, text: str,
                                                expected: list[Row]) -> None:
    assert rows(text, language) == expected


# Names shared with another country's body stay with that country, or with nobody.
SHARED_NAME_TRAPS = [
    ("fr", "L'Autorité des technologies de l'information et de la communication (BTK) a "
           "bloqué Instagram le 2 mars.",
     [("block", "Information and Communication Technologies Authority", "TR", "Meta")]),
    ("en", "Nigeria's tax service said on Monday that digital platforms must register by June.",
     []),
    ("fr", "Le ministère marocain de l'Économie a publié lundi un rapport sur le commerce "
           "en ligne.", []),
    ("en", "The Division of Consumer Affairs published a guide to online shopping on Monday.",
     []),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHARED_NAME_TRAPS)
def test_a_shared_name_stays_with_its_own_country(rows, language: str, text: str,
                                                  expected: list[Row]) -> None:
    assert rows(text, language) == expected


# --- sentence adverbs inside a platform's commitment -----------------------------------------
ADVERB_COMMITMENTS = [
    ("fr", "La CNIL a mis en demeure Vinted en février. La plateforme s'est alors engagée "
           "auprès de la CNIL à supprimer les données des comptes fermés.",
     [("commitment", "Vinted", "FR", "Vinted"), ("order", "CNIL", "FR", "Vinted")]),
    ("fr", "L'Autorité de la concurrence a ouvert une enquête sur Meta en janvier. Meta s'est "
           "finalement engagée auprès de l'Autorité à ouvrir ses données publicitaires.",
     [("commitment", "Meta", "FR", "Meta"),
      ("investigation", "French Competition Authority", "FR", "Meta")]),
    ("fr", "L'Arcom a mis en demeure TikTok le 1er février. TikTok a finalement accepté de "
           "retirer les vidéos signalées.",
     [("commitment", "TikTok", "FR", "TikTok"), ("order", "Arcom", "FR", "TikTok")]),
    ("fr", "La Commission européenne a ouvert une procédure contre AliExpress en mars 2024. "
           "AliExpress a rapidement accepté de renforcer le contrôle des vendeurs.",
     [("commitment", "AliExpress", "EU", "AliExpress"),
      ("investigation", "European Commission", "EU", "AliExpress")]),
    ("fr", "Le Garante a ouvert une enquête sur DeepSeek en février. L'entreprise a ensuite "
           "accepté de vérifier l'âge de ses utilisateurs.",
     [("commitment", "DeepSeek", "IT", "DeepSeek"),
      ("investigation", "Italian Data Protection Authority", "IT", "DeepSeek")]),
    ("fr", "Le Commissariat à la protection de la vie privée du Canada a enquêté sur Clearview "
           "AI en 2023. Clearview AI a récemment accepté de supprimer les images de Canadiens.",
     [("commitment", "Clearview AI", "CA", "Clearview AI"),
      ("investigation", "Office of the Privacy Commissioner of Canada", "CA",
       "Clearview AI")]),
    ("en", "The Competition Commission of India fined Google in October. Google agreed on 2 "
           "February to let users pick another search engine.",
     [("commitment", "Google", "IN", "Google"),
      ("fine", "Competition Commission of India", "IN", "Google")]),
    ("en", "Ofcom opened an investigation into OnlyFans in May. OnlyFans has formally "
           "committed to check the age of every creator.",
     [("commitment", "OnlyFans", "GB", "OnlyFans"), ("investigation", "Ofcom", "GB", "OnlyFans")]),
    ("en", "The Korea Fair Trade Commission fined Coupang in June. Coupang pledged last "
           "week to stop favouring its own products.",
     [("commitment", "Coupang", "KR", "Coupang"),
      ("fine", "Korea Fair Trade Commission", "KR", "Coupang")]),
    ("en", "Turkey's competition authority fined Google in 2023. Google agreed in March 2024 "
           "to show rival comparison sites in its results.",
     [("commitment", "Google", "TR", "Google"),
      ("fine", "Turkish Competition Authority", "TR", "Google")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ADVERB_COMMITMENTS)
def test_a_sentence_adverb_keeps_a_platform_commitment(rows, language: str, text: str,
                                                       expected: list[Row]) -> None:
    assert rows(text, language) == expected


# An adverb does not turn a payment, an appeal or an agreement without an authority into one.
ADVERB_TRAPS = [
    ("fr", "L'Arcom a mis en demeure TikTok le 1er février. TikTok a finalement accepté de "
           "payer 2 millions d'euros à une association.",
     [("order", "Arcom", "FR", "TikTok")]),
    ("fr", "Shein a finalement accepté de régler 10 millions d'euros pour clore une action "
           "collective.", []),
    ("en", "Ofcom opened an investigation into OnlyFans in May. OnlyFans has since reluctantly "
           "agreed to appeal the decision.",
     [("investigation", "Ofcom", "GB", "OnlyFans")]),
    ("en", "Spotify has finally agreed to buy a podcast studio in Sweden.", []),
    ("fr", "Deezer s'est alors engagée à recruter cent ingénieurs à Paris.", []),
    ("en", "The CNIL fined Criteo in June. Criteo has since quietly agreed to settle with "
           "the advertisers.",
     [("fine", "CNIL", "FR", "Criteo")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ADVERB_TRAPS)
def test_trap_an_adverb_adds_no_commitment(rows, language: str, text: str,
                                          expected: list[Row]) -> None:
    assert rows(text, language) == expected


# --- an order to throttle or restrict the use of platforms ------------------------------------
THROTTLE_ORDERS = [
    ("fr", "Cameroun : le gouvernement ordonne de brider Facebook et WhatsApp avant le scrutin",
     [("block", "Cameroonian government", "CM", "Meta"),
      ("block", "Cameroonian government", "CM", "WhatsApp")]),
    ("fr", "Le 3 mars 2024, le gouvernement togolais a ordonné de restreindre l'usage de "
           "Telegram jusqu'à la fin des manifestations.",
     [("block", "Togolese government", "TG", "Telegram")]),
    ("fr", "L'ARPTC a enjoint lundi de restreindre l'utilisation de TikTok dans tout le pays.",
     [("block", ARPTC, "CD", "TikTok")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), THROTTLE_ORDERS)
def test_an_order_to_throttle_platforms_is_a_block(rows, language: str, text: str,
                                                   expected: list[Row]) -> None:
    assert rows(text, language) == expected


# Throttling that nobody orders, or a wish to, is no block.
THROTTLE_TRAPS = [
    ("fr", "La nouvelle loi bride les plateformes de livraison, estiment les syndicats.", []),
    ("fr", "Des ONG demandent au gouvernement togolais de ne pas restreindre l'usage de "
           "Telegram.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), THROTTLE_TRAPS)
def test_trap_throttling_not_ordered_is_no_block(rows, language: str, text: str,
                                                 expected: list[Row]) -> None:
    assert rows(text, language) == expected
