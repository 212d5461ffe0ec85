"""Precision mechanisms read on the sleet dev set (issue 3, session 14), shown in other words.

Each group is a class of phrasing that made a wrong fact (a false action, or a right action
with a wrong target or label); the sentences are invented, none from a dev set:

- an unknown company's legal form after a comma is part of its name, not a second company
  ("Acme Holdings, Inc."), and "X, which does business as Y" names one company: the trade name
  (guideline 3, as for known names);
- a company written in capitals by the release ("la société VINTERRA") is labelled with an
  initial capital (guideline 3 normalises names; short acronyms stay);
- a French negation keeps its force across an inserted adverbial ("n'a en revanche pas",
  "n'a, pour l'instant, pas");
- a step's noun as the subject of "ne préjuge pas (de son issue)" / "does not prejudge" is the
  boilerplate about proceedings in general, not a step, even after a fronted clause and colon;
- a place in apposition to a court (", à Lausanne,") is no unknown company;
- "l'Assemblée nationale" in a text about Quebec (or South Korea) is that place's legislature,
  not France's.

Traps keep the right step: known companies, lists of two names, "ne ... que", a dative "à".
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rows(gold_rows):
    """The gold rows of a text (tests/extract/conftest.py: gold_rows)."""
    return gold_rows


# --- legal forms and trade names of unknown companies -------------------------------------
LEGAL_FORMS = [
    ("en", "The Federal Trade Commission sued Velora Systems, LLC, which does business as "
           "Snapquote, on 4 March 2024 over hidden subscription fees.",
     [("lawsuit", "Federal Trade Commission", "US", "Snapquote")]),
    ("en", "The New York Attorney General sued Harlow Digital, Inc., doing business as "
           "Streamory, on Monday over automatic renewals.",
     [("lawsuit", "New York Attorney General", "US-NY", "Streamory")]),
    ("en", "The Australian Competition and Consumer Commission fined Brightwell Media, Ltd. "
           "on 5 March 2024 over misleading drip pricing.",
     [("fine", "Australian Competition and Consumer Commission", "AU", "Brightwell Media")]),
    ("en", "The Commodity Futures Trading Commission fined Tessaro Networks, Inc. and "
           "Quibly, LLC on 1 March 2024 for offering unregistered swaps.",
     [("fine", "Commodity Futures Trading Commission", "US", "Quibly"),
      ("fine", "Commodity Futures Trading Commission", "US", "Tessaro Networks")]),
    ("en", "The Securities and Exchange Commission on 4 March 2024 ordered Corvanta "
           "Holdings, Corp. to stop selling unregistered tokens.",
     [("order", "Securities and Exchange Commission", "US", "Corvanta Holdings")]),
    ("fr", "La DGCCRF a infligé le 3 mars 2024 une amende à la société Novella SAS, "
           "exploitant sous le nom commercial Clikando, pour pratiques commerciales trompeuses.",
     [("fine", "DGCCRF", "FR", "Clikando")]),
    ("fr", "La FTC a infligé mardi une amende à la société Kelvo Labs, Inc., qui "
           "exerce sous le nom Tapzy, pour avoir collecté les données d'enfants.",
     [("fine", "Federal Trade Commission", "US", "Tapzy")]),
]
LEGAL_FORM_TRAPS = [
    # a known company with its legal form, and a known trade name: one target, as before
    ("en", "The Federal Trade Commission sued Amazon.com, Inc. on 26 September 2023.",
     [("lawsuit", "Federal Trade Commission", "US", "Amazon")]),
    ("en", "The Commodity Futures Trading Commission fined Payward Ventures, Inc., which does "
           "business as Kraken, on 2 March 2024.",
     [("fine", "Commodity Futures Trading Commission", "US", "Kraken")]),
    # a legal form written with dots after a comma was already part of the name
    ("fr", "Le 4 mars 2024, l'Autorité de la concurrence a sanctionné Rovanti, S.A. pour "
           "abus de position dominante sur la vente de billets en ligne.",
     [("fine", "French Competition Authority", "FR", "Rovanti")]),
    # two unknown companies listed: both stay targets
    ("en", "The Federal Trade Commission sued Tessaro Networks and Quibly on 1 March 2024.",
     [("lawsuit", "Federal Trade Commission", "US", "Quibly"),
      ("lawsuit", "Federal Trade Commission", "US", "Tessaro Networks")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LEGAL_FORMS + LEGAL_FORM_TRAPS)
def test_regression_a_legal_form_or_trade_name_makes_one_target(rows, language, text,
                                                                   expected):
    assert rows(text, language) == expected


# --- companies written in capitals --------------------------------------------------------
CAPITALS = [
    ("fr", "La CNIL a sanctionné la société KORVIA d'une amende de 2 millions d'euros le "
           "4 mars 2024.", [("fine", "CNIL", "FR", "Korvia")]),
    ("fr", "L'Arcom a mis en demeure la société VIDEOLUX le 4 mars 2024 de bloquer l'accès des "
           "mineurs.", [("order", "Arcom", "FR", "Videolux")]),
    ("en", "The CNIL fined the company BRAVOLINK 2 million euros on 5 March 2024 for "
           "tracking visitors without consent.",
     [("fine", "CNIL", "FR", "Bravolink")]),
    ("fr", "L'Arcom a mis en demeure le 4 mars 2024 l'éditeur du site, la société WEBSTREAM "
           "MEDIA, de bloquer l'accès des mineurs.",
     [("order", "Arcom", "FR", "Webstream Media")]),
    ("en", "Italy's data protection authority fined the operator DELIVERIX 5 million euros on "
           "4 March 2024 over its rider-rating system.",
     [("fine", "Italian Data Protection Authority", "IT", "Deliverix")]),
]
CAPITALS_TRAPS = [
    # short acronyms stay as written
    ("en", "Israel's privacy regulator fined the company NSO 1 million shekels on 4 March 2024.",
     [("fine", "Privacy Protection Authority", "IL", "NSO")]),
    # an acronym of a law after a company noun is no target
    ("en", "The Commission told the platform DSA obligations apply.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), CAPITALS + CAPITALS_TRAPS)
def test_regression_a_company_in_capitals_is_labelled_as_a_name(rows, language, text,
                                                                  expected):
    assert rows(text, language) == expected


# --- a negation across an inserted adverbial ----------------------------------------------
NEGATED = [
    ("fr", "Le Garante a infligé une amende à Glovo le 4 mars 2024. Il n'a en revanche pas "
           "ordonné à la société de suspendre le service.",
     [("fine", "Italian Data Protection Authority", "IT", "Glovo")]),
    ("fr", "Le Garante a infligé une amende à Glovo le 4 mars 2024. Il ne l'a en revanche pas "
           "mise en demeure de cesser.",
     [("fine", "Italian Data Protection Authority", "IT", "Glovo")]),
    ("fr", "Le Garante a infligé une amende à Glovo le 4 mars 2024. Il n'a cependant, à ce "
           "stade, pas ordonné la suspension de l'application Glovo.",
     [("fine", "Italian Data Protection Authority", "IT", "Glovo")]),
    ("fr", "La CNIL n'a, pour l'instant, pas ouvert d'enquête sur Shein.", []),
    ("fr", "L'Arcom n'a à ce stade pas mis en demeure Kick de retirer les vidéos.", []),
]
NEGATED_TRAPS = [
    # already denied: an apostrophe word or two words between the particle and "jamais"
    ("fr", "La Commission européenne n'a d'ailleurs jamais infligé d'amende à Telegram.", []),
    ("fr", "L'Autorité de la concurrence n'a pour autant jamais infligé d'amende à Google.", []),
    # "ne ... que" restricts, "plus" compares: the step is taken
    ("fr", "La CNIL, qui ne contrôlait jusque-là que les plus grandes plateformes, a ouvert "
           "une enquête sur Shein le 4 mars 2024.",
     [("investigation", "CNIL", "FR", "Shein")]),
    # a fronted clause of cause denies nothing of the main clause
    ("fr", "Comme Kick n'a en revanche pas répondu, l'Arcom l'a mis en demeure le 4 mars 2024.",
     [("order", "Arcom", "FR", "Kick.com")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), NEGATED + NEGATED_TRAPS)
def test_regression_a_negation_holds_across_an_adverbial(rows, language, text, expected):
    assert rows(text, language) == expected


# --- the boilerplate on proceedings in general --------------------------------------------
GENERIC = [
    ("fr", "La Commission européenne a ouvert mardi une procédure formelle contre AliExpress. "
           "Elle le rappelle : l'ouverture d'une procédure ne préjuge pas de son issue.",
     [("investigation", "European Commission", "EU", "AliExpress")]),
    ("fr", "La Commission européenne a ouvert mardi une enquête sur TikTok. Nous en sommes "
           "loin : l'ouverture d'une enquête ne préjuge en rien de la décision finale.",
     [("investigation", "European Commission", "EU", "TikTok")]),
    ("en", "The European Commission opened formal proceedings against Temu on Tuesday. It is "
           "early days: the opening of an investigation does not prejudge its outcome.",
     [("investigation", "European Commission", "EU", "Temu")]),
    ("en", "The European Commission opened formal proceedings against Temu on Tuesday. As the "
           "Commission stressed: the opening of formal proceedings does not prejudge its "
           "outcome.", [("investigation", "European Commission", "EU", "Temu")]),
]
GENERIC_TRAPS = [
    # the boilerplate opening the sentence was already no step
    ("en", "The European Commission opened formal proceedings against Temu on Tuesday. The "
           "opening of formal proceedings does not prejudge its outcome.",
     [("investigation", "European Commission", "EU", "Temu")]),
    # a step's noun with a predicate of its own that states it stays a step
    ("fr", "L'ouverture d'une enquête sur Shein par la CNIL a été annoncée le 4 mars 2024.",
     [("investigation", "CNIL", "FR", "Shein")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), GENERIC + GENERIC_TRAPS)
def test_regression_the_outcome_boilerplate_is_no_step(rows, language, text, expected):
    assert [r[:2] + r[2:] for r in rows(text, language)] == expected


# --- a place in apposition to a court -----------------------------------------------------
PLACES = [
    ("fr", "La CNIL a saisi le tribunal judiciaire, à Paris, pour faire constater que Vinterra "
           "viole le RGPD.", "Paris"),
    ("fr", "Le PFPDT a saisi le Tribunal fédéral, à Lausanne, pour faire constater que Korvia "
           "traite les données sans base légale.", "Lausanne"),
    ("fr", "La CNIL a saisi mardi le tribunal, à Annecy, pour faire constater que la plateforme "
           "viole la loi.", "Annecy"),
]


@pytest.mark.parametrize(("language", "text", "place"), PLACES)
def test_regression_a_place_beside_a_court_is_no_target(rows, language, text, place):
    assert all(target != place for *_, target in rows(text, language))


PLACE_TRAPS = [
    # a dative "à" names the company: after a verb or a noun, or after a comma with its noun
    ("fr", "La DGCCRF a infligé le 4 mars 2024 une amende de 100 000 euros à Kelvo.",
     [("fine", "DGCCRF", "FR", "Kelvo")]),
    ("fr", "La DGCCRF a infligé le 4 mars 2024, à la société Kelvo, une amende de 100 000 "
           "euros.", [("fine", "DGCCRF", "FR", "Kelvo")]),
    # a known company after the place stays the target
    ("fr", "Le PFPDT a saisi mardi le Tribunal administratif fédéral, à Lausanne, contre "
           "Google.", [("lawsuit", "Federal Data Protection and Information "
                               "Commissioner", "CH", "Google")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACE_TRAPS)
def test_a_dative_or_known_target_stays(rows, language, text, expected):
    assert rows(text, language) == expected


# --- a legislature's shared name in a text about another place ----------------------------
SHARED_NAMES = [
    ("fr", "Québec a durci le ton face à Airbnb. En juin 2023, l'Assemblée nationale a adopté "
           "un projet de loi qui rend les plateformes responsables des annonces illégales.",
     [("legislation", "National Assembly of Quebec", "CA-QC", None)]),
    ("fr", "Le gouvernement sud-coréen veut encadrer Coupang. Le 5 mars 2024, l'Assemblée "
           "nationale a adopté une loi qui oblige les plateformes à vérifier les vendeurs.",
     [("legislation", "National Assembly of South Korea", "KR", None)]),
    ("en", "Quebec's National Assembly passed a bill on 6 June 2023 making platforms "
           "responsible for illegal listings.",
     [("legislation", "National Assembly of Quebec", "CA-QC", None)]),
]
SHARED_NAME_TRAPS = [
    # France named, or no place named: France's
    ("fr", "Le gouvernement français veut encadrer Airbnb. Le 5 mars 2024, l'Assemblée "
           "nationale a adopté une loi qui rend les plateformes responsables des annonces "
           "illégales.", [("legislation", "French National Assembly", "FR", None)]),
    ("fr", "Le 5 mars 2024, l'Assemblée nationale a adopté une loi qui rend les plateformes "
           "responsables des annonces illégales.",
     [("legislation", "French National Assembly", "FR", None)]),
    ("fr", "Le gouvernement français et Québec veulent encadrer Airbnb. Le 5 mars 2024, "
           "l'Assemblée nationale a adopté une loi qui rend les plateformes responsables des "
           "annonces illégales.", [("legislation", "French National Assembly", "FR", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHARED_NAMES + SHARED_NAME_TRAPS)
def test_regression_a_shared_legislature_name_is_the_named_place_s(rows, language, text,
                                                                    expected):
    assert rows(text, language) == expected
