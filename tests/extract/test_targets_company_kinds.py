"""An unknown company named after the word that says what it is (issue 3, session 18, kinds):
"fined the gambling operator Zorvex", "an investigation into the data broker Pellmark",
"a infligé une amende à l'opérateur de paris en ligne Zorvex", "au courtier en données
Pellmark". The reference knows none of these names: only the kind before the name says that a
company is meant, so the kinds are one vocabulary in actions.yaml (`company_kinds`: head nouns,
the trades some of them need, the modifiers French puts after them). Traps: a kind before a
person, a body, a news outlet that reports, a lowercase word; a known platform after a kind
keeps its reference link; a kind in a clause of saying is no addressee of the step. Invented
sentences, in other words, countries and platforms than the probes the rule answers.
"""

from __future__ import annotations

import pytest

# (text, language, (type, target key's last part) that must be among the steps)
KIND_BEFORE_NAME = [
    # English: a head noun alone, or after the trade or the nationality that qualifies it
    ("The Gambling Commission fined the gambling operator Zorvex £1.3 million on Friday.",
     "en", ("fine", "zorvex")),
    ("The Gambling Commission fined online casino operator Spreadly £2.1 million on Tuesday.",
     "en", ("fine", "spreadly")),
    ("The Information Commissioner's Office fined the data broker Pellmark £750,000 on Monday.",
     "en", ("fine", "pellmark")),
    ("Ofcom fined the streaming service Vidora £95,000 on Thursday.",
     "en", ("fine", "vidora")),
    ("The Dutch Data Protection Authority fined the Berlin-based start-up Kelvano €2 million "
     "on Friday.", "en", ("fine", "kelvano")),
    ("The Financial Conduct Authority fined the lender Brisqa £4 million on Wednesday.",
     "en", ("fine", "brisqa")),
    ("The Australian Securities and Investments Commission sued the fintech Trundle Pay on "
     "Monday over its buy-now-pay-later loans.", "en", ("lawsuit", "trundle-pay")),
    ("The Competition and Markets Authority fined the e-commerce group Vantory £3 million on "
     "Friday.", "en", ("fine", "vantory")),
    ("The Federal Trade Commission sued the online retailer Quillo on Tuesday.",
     "en", ("lawsuit", "quillo")),
    ("The Italian data protection authority fined the AI start-up Menshu €5 million on "
     "Thursday.", "en", ("fine", "menshu")),
    ("The Italian data protection authority fined the chatbot maker Luminar Labs €3 million "
     "on Friday.", "en", ("fine", "luminar-labs")),
    ("The Irish Data Protection Commission opened an investigation into the Chinese tech "
     "giant Pindora on Monday.", "en", ("investigation", "pindora")),
    ("The Federal Trade Commission opened an investigation into the data broker Gravix on "
     "Wednesday.", "en", ("investigation", "gravix")),
    ("The Indonesian communications ministry blocked the search engine Sifto on Friday.",
     "en", ("block", "sifto")),
    ("The Competition and Markets Authority fined the website Bargainly £60,000 on Friday.",
     "en", ("fine", "bargainly")),
    # French: the head, then its modifiers (nationality, "en ligne", "de X"), then the name
    ("La CNIL a infligé vendredi une amende de 2 millions d'euros à l'opérateur de paris en "
     "ligne Zorvex.", "fr", ("fine", "zorvex")),
    ("L'ANJ a infligé mardi une amende de 800 000 euros à l'opérateur Betclix.",
     "fr", ("fine", "betclix")),
    ("La CNIL a infligé jeudi une amende de 1 million d'euros au courtier en données Pellmark.",
     "fr", ("fine", "pellmark")),
    ("La CNIL a infligé lundi une amende de 500 000 euros à la start-up Kelvano.",
     "fr", ("fine", "kelvano")),
    ("La CNIL a infligé lundi une amende de 300 000 euros à la jeune pousse Brisqa.",
     "fr", ("fine", "brisqa")),
    ("L'Arcom a mis en demeure mercredi le service de streaming Vidora.",
     "fr", ("order", "vidora")),
    ("La Commission européenne a infligé jeudi une amende de 20 millions d'euros au moteur de "
     "recherche Sifto.", "fr", ("fine", "sifto")),
    ("La CNIL a infligé mardi une amende de 40 millions d'euros au géant chinois Pindora.",
     "fr", ("fine", "pindora")),
    ("La CNIL a infligé vendredi une amende de 250 000 euros à l'éditeur Quillo.",
     "fr", ("fine", "quillo")),
    ("L'ANJ a infligé jeudi une amende de 1 million d'euros au casino en ligne Lucky Vega.",
     "fr", ("fine", "lucky-vega")),
    ("La CNIL a infligé lundi une amende de 2 millions d'euros à la néobanque Trundle.",
     "fr", ("fine", "trundle")),
    ("L'AMF a infligé mardi une amende de 3 millions d'euros à la plateforme d'échange de "
     "cryptomonnaies Coinvex.", "fr", ("fine", "coinvex")),
    ("La DGCCRF a infligé mercredi une amende de 1 million d'euros au site de vente en ligne "
     "Vantory.", "fr", ("fine", "vantory")),
    ("La CNIL a infligé jeudi une amende de 5 millions d'euros à la société américaine Gravix.",
     "fr", ("fine", "gravix")),
    ("La CNIL a infligé vendredi une amende de 900 000 euros au distributeur Menshu.",
     "fr", ("fine", "menshu")),
    ("La CNIL a infligé vendredi une amende de 10 millions d'euros au réseau social Kwibble.",
     "fr", ("fine", "kwibble")),
    ("La CNIL a ouvert lundi une enquête visant le courtier en données Datalume.",
     "fr", ("investigation", "datalume")),
    ("L'ANJ a mis en demeure jeudi le site de paris Betclix.",
     "fr", ("order", "betclix")),
    ("La DGCCRF a assigné mardi la néobanque Pluvia devant le tribunal de commerce de Paris.",
     "fr", ("lawsuit", "pluvia")),
]


@pytest.mark.parametrize(("text", "language", "step"), KIND_BEFORE_NAME,
                         ids=[t[:60] for t, _, _ in KIND_BEFORE_NAME])
def test_an_unknown_company_named_after_its_kind_is_the_target(step_targets, text, language,
                                                               step) -> None:
    assert step in step_targets(text, language)


# (text, language, the target keys' last parts that must NOT appear among the steps)
NOT_A_COMPANY = [
    # a person after a company word
    ("Ofcom fined the company's chief executive Jane Doe £10,000 on Friday.", "en",
     {"jane-doe"}),
    ("La CNIL a infligé vendredi une amende au directeur général de la société, Jean Dupont.",
     "fr", {"jean-dupont"}),
    # a body after a word of regulation: the actor, not a company
    ("The Gambling Commission fined the operator on Friday, the regulator Ofcom said.", "en",
     {"ofcom"}),
    # a news outlet that reports the step
    ("The CNIL fined the company €2 million, the website Politico reported on Friday.", "en",
     {"politico"}),
    ("La CNIL a infligé une amende de 2 millions d'euros à la société, selon le site "
     "d'information Mediacite.", "fr", {"mediacite"}),
    # a kind in a clause of saying is no addressee
    ("The regulator fined the company last year, according to the start-up Zorvex.", "en",
     {"zorvex"}),
    ("La CNIL a infligé une amende à la société l'an dernier, selon la start-up Zorvex.",
     "fr", {"zorvex"}),
    # a kind before a lowercase word: no name at all
    ("The Financial Conduct Authority fined the lender for failing its customers.", "en",
     set()),
]


@pytest.mark.parametrize(("text", "language", "absent"), NOT_A_COMPANY,
                         ids=[t[:60] for t, _, _ in NOT_A_COMPANY])
def test_a_kind_before_a_person_a_body_or_a_reporter_names_no_company(step_targets, text,
                                                                      language, absent) -> None:
    found = {target for _, target in step_targets(text, language)}
    assert not found & absent


@pytest.mark.parametrize(("text", "language", "label"), [
    ("The European Commission fined the search engine Google €2 billion on Friday.", "en",
     "Google"),
    ("Ofcom fined the video platform TikTok £1.9 million on Tuesday.", "en", "TikTok"),
    ("La CNIL a infligé vendredi une amende de 2 millions d'euros au réseau social Facebook.",
     "fr", "Facebook"),
    ("L'Arcom a mis en demeure mardi le site de vidéos Pornhub.", "fr", "Pornhub"),
])
def test_a_known_platform_after_a_kind_keeps_its_reference_link(labelled, text, language,
                                                                label) -> None:
    targets = {t for _, _, ts in labelled(text, language) for t in ts}
    assert any(label in str(t) for t in targets)
    assert not any(str(t).startswith("organisation/") for t in targets)


@pytest.mark.parametrize(("text", "language"), [
    ("The Communications Authority of Kenya ordered the telecoms operator Safaricom to block "
     "Telegram on Friday.", "en"),
    ("The Nigerian Communications Commission ordered the mobile operator Glomax to block "
     "Telegram on Monday.", "en"),
    ("L'autorité de régulation a ordonné vendredi à l'opérateur télécoms Safaricom de bloquer "
     "Telegram.", "fr"),
])
def test_an_operator_told_to_block_a_platform_is_not_fined_or_investigated(
        step_targets, text, language) -> None:
    steps = step_targets(text, language)
    assert not any(kind in ("fine", "investigation") and target in ("safaricom", "glomax")
                   for kind, target in steps)


# A network operator told to block, cut or restore access is a block's intermediary (the house
# convention: telecoms operators are left out of the reference for it), never a target.
@pytest.mark.parametrize(("text", "language", "operators"), [
    ("The Communications Authority of Kenya ordered the telecoms operator Zamtel on Friday to "
     "restore access to the internet.", "en", {"zamtel"}),
    ("The Communications Authority of Kenya directed the mobile operator Zamtel on Friday to cut "
     "access to WhatsApp.", "en", {"zamtel"}),
    ("The Communications Authority of Kenya directed the operators Zamtel and Kolo on Friday to "
     "suspend internet services.", "en", {"zamtel", "kolo"}),
    ("The Communications Authority of Kenya directed the internet service provider Zamnet on "
     "Friday to block the website.", "en", {"zamnet"}),
    ("L'Autorité de régulation des communications électroniques et des postes a demandé "
     "vendredi aux opérateurs Zamtel et Kolo de lever sans délai les mesures de filtrage.", "fr",
     {"zamtel", "kolo"}),
    ("L'Arcom a ordonné vendredi aux fournisseurs d'accès Zamtel et Kolo de bloquer le site.",
     "fr", {"zamtel", "kolo"}),
    ("L'Arcom a ordonné vendredi à l'opérateur télécoms Zamtel de bloquer l'accès au site "
     "Zorvex.", "fr", {"zamtel"}),
])
def test_a_network_operator_told_to_block_is_no_target(step_targets, text, language,
                                                      operators) -> None:
    assert not {target for _, target in step_targets(text, language)} & operators


# ... but an operator fined, sued or told to act for its own business is the target.
@pytest.mark.parametrize(("text", "language", "step"), [
    ("The Communications Authority of Kenya fined the mobile operator Zamtel 5 million "
     "shillings on Friday.", "en", ("fine", "zamtel")),
    ("The Communications Authority of Kenya fined the telecoms operator Zamtel 5 million "
     "shillings on Friday for failing to block the websites.", "en", ("fine", "zamtel")),
    ("The Federal Trade Commission sued the internet service provider Zamnet on Friday over its "
     "data caps.", "en", ("lawsuit", "zamnet")),
    ("The Gambling Commission ordered the gambling operator Zorvex on Friday to block customers "
     "from the UK.", "en", ("order", "zorvex")),
    ("L'Arcep a infligé vendredi une amende de 2 millions d'euros à l'opérateur Zamtel pour ne "
     "pas avoir bloqué les sites.", "fr", ("fine", "zamtel")),
    ("L'Arcep a infligé vendredi une amende de 2 millions d'euros à l'opérateur télécoms "
     "Zamtel.", "fr", ("fine", "zamtel")),
])
def test_an_operator_fined_for_its_own_business_is_the_target(step_targets, text, language,
                                                              step) -> None:
    assert step in step_targets(text, language)


# Another clause, a host, an owner, a client or a complainant between the step and the name:
# the name is no object of the step (actions.yaml `unknown_target_breaks`).
@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Ofcom fined the forum £20,000 on Friday; the site is hosted by the provider Zorvex.", "en",
     "zorvex"),
    ("Ofcom opened an investigation into the forum, which is run by the start-up Zorvex.", "en",
     "zorvex"),
    ("The Federal Trade Commission sued the data broker on Friday, whose clients include the "
     "retailer Quillo.", "en", "quillo"),
    ("The CNIL fined the start-up founded by Pierre Martin €1m on Friday.", "en", "pierre-martin"),
    ("L'Arcom a mis en demeure vendredi le site, hébergé par le fournisseur Zorvex.", "fr",
     "zorvex"),
    ("La CNIL a infligé vendredi une amende à la société, filiale du groupe américain Zorvex.",
     "fr", "zorvex"),
    ("La CNIL a ouvert vendredi une enquête sur la plateforme, que gère la jeune pousse Kelvano.",
     "fr", "kelvano"),
])
def test_a_name_in_another_clause_or_an_owners_phrase_is_no_target(step_targets, text,
                                                                  language, absent) -> None:
    assert absent not in {target for _, target in step_targets(text, language)}
