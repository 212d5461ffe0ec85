"""A step whose actor is named by a description, a title or "the authorities" of a place, not
by a reference name (issue 3, session 16, described actors): "La ministre presse Meta de ...",
"Au Togo, les autorités ont bloqué ...", "quatre autorités, dont le CADE et l'ANPD, ont
recommandé ...", and bodies the reference lacked (a security council, a ministry, a city).
Invented sentences; the traps (a possibility, a member of parliament, a company's description,
two ministers, companies in a list) give no action or keep the right actor."""

from __future__ import annotations

import pytest

# (language, text, type, actor key)
FOUND = [
    # A bare title refers back to the official introduced with that office.
    ("fr", "La ministre indonésienne Meutya Hafid a reçu les dirigeants de X mardi. Le réseau "
     "n'a pas commenté. La ministre a ordonné à X de supprimer les contenus pornographiques.",
     "order", "authority/komdigi"),
    ("fr", "Le ministre indien de l'Électronique, Ashwini Vaishnaw, a réuni les plateformes "
     "lundi 6 mai. Le ministre a sommé YouTube de retirer les vidéos truquées sous 36 heures.",
     "order", "authority/meity"),
    ("fr", "La ministre du Patrimoine canadien, Pascale St-Onge, a salué l'accord avec Google. "
     "Meta bloque toujours les nouvelles. La ministre presse Meta de revenir à la table des "
     "négociations.", "statement", "authority/government-of-canada"),
    # (French ministers named alone get no office: their roles in the reference carry no dates,
    # and "Le garde des Sceaux Gérald Darmanin" is no longer at the Interior: s16 review.)
    # "The authorities" of the place the sentence opens with: its government.
    ("fr", "Au Togo, les autorités avaient bloqué l'accès à Facebook en juin 2025.", "block",
     "authority/togo-government"),
    ("fr", "Au Cameroun, les autorités ont suspendu TikTok en mai 2024.", "block",
     "authority/cameroon-government"),
    ("en", "In Ethiopia, the authorities blocked Telegram in February 2023.", "block",
     "authority/ethiopia-government"),
    ("en", "In Cameroon, the authorities have suspended TikTok since May 2024.", "block",
     "authority/cameroon-government"),
    ("fr", "En Ouganda, les autorités ont bloqué Facebook en janvier 2021, à la veille de "
     "l'élection.", "block", "authority/uganda-government"),
    ("en", "In Togo, the authorities suspended Telegram in June 2025.", "block",
     "authority/togo-government"),
    ("en", "In Pakistan, the authorities blocked X in February 2024.", "block",
     "authority/pakistan-government"),
    ("fr", "Au Pakistan, les autorités ont bloqué X en février 2024.", "block",
     "authority/pakistan-government"),
    # Bodies a "dont" / "including" list names after a plural subject.
    ("fr", "Deux régulateurs, dont l'Arcom et la CNIL, ont ouvert une enquête sur Kick en août "
     "2025.", "investigation", "authority/arcom"),
    ("fr", "Au Brésil, quatre autorités, dont le CADE et l'ANPD, avaient recommandé le 7 mai "
     "à WhatsApp de reporter son projet.", "statement", "authority/cade"),
    ("fr", "Au Brésil, trois autorités, dont l'autorité de la concurrence (CADE) et celle de la "
     "protection des données (ANPD), ont recommandé le 3 mars à Meta de suspendre sa "
     "politique.", "statement", "authority/anpd"),
    ("fr", "Plusieurs autorités européennes, dont la CNIL et l'AEPD, ont ouvert des enquêtes "
     "sur ChatGPT en avril 2023.", "investigation", "authority/cnil"),
    # Bodies the reference lacked.
    ("fr", "C'est le Conseil suprême de sécurité nationale qui avait ordonné, en septembre "
     "2022, le blocage d'Instagram.", "block", "authority/iran-supreme-national-security-council"),
    ("en", "Iran's Supreme National Security Council ordered the blocking of WhatsApp in "
     "September 2022.", "block", "authority/iran-supreme-national-security-council"),
    ("en", "Iran's Supreme Council of Cyberspace ordered the blocking of Telegram in April "
     "2018.", "block", "authority/iran-supreme-council-of-cyberspace"),
    ("fr", "Le ministère népalais de la Communication a ordonné jeudi le blocage de Facebook "
     "et de YouTube.", "block", "authority/nepal-ministry-of-communication"),
    ("en", "Nepal's communications ministry ordered internet providers to block Facebook on "
     "Thursday.", "block", "authority/nepal-ministry-of-communication"),
    ("fr", "La Ville de Paris a assigné Airbnb en justice en février 2019 pour des annonces "
     "sans numéro d'enregistrement.", "lawsuit", "authority/paris-city-council"),
    ("en", "The City of Paris has sued Airbnb over 1,000 listings without a registration "
     "number.", "lawsuit", "authority/paris-city-council"),
    # A description referring back to a body the story named before.
    ("fr", "Le ministère népalais de la Communication a publié jeudi une liste de plateformes. "
     "Le 28 août, le ministère avait sommé Telegram de s'enregistrer sous sept jours.",
     "order", "authority/nepal-ministry-of-communication"),
    ("fr", "La Ville de Paris passe à l'offensive contre les meublés. La municipalité a "
     "assigné Airbnb devant le tribunal judiciaire.", "lawsuit",
     "authority/paris-city-council"),
    ("fr", "La commissaire berlinoise à la protection des données, Meike Kamp, a signalé "
     "DeepSeek à Apple. En mai, la commissaire avait invité DeepSeek à cesser ces "
     "transferts.", "statement", "authority/berlin-data-protection-commissioner"),
    ("en", "In Uganda, the authorities blocked Facebook ahead of the January 2021 election.",
     "block", "authority/uganda-government"),
    ("en", "Paris City Hall is stepping up its fight against illegal rentals. The city sued "
     "Airbnb over 1,000 unregistered listings.", "lawsuit", "authority/paris-city-council"),
    ("en", "Nepal's communications ministry published a list of platforms on Thursday. On 28 "
     "August the ministry had ordered Telegram to register within seven days.", "order",
     "authority/nepal-ministry-of-communication"),
]

# (language, text, actor key that must not act; None: no step at all)
TRAPS = [
    # a possibility, not a step
    ("en", "Malaysia's Communications Minister Fahmi Fadzil met TikTok on Monday. The minister "
     "said she could order TikTok to remove the videos.", None),
    # a description of a company is never an actor
    ("fr", "La ministre du Patrimoine canadien, Pascale St-Onge, a salué l'accord. Le géant "
     "californien a demandé à la ministre de revenir sur la loi.", None),
    # two ministers of two offices named before: "the minister" is either
    ("en", "UK Technology Secretary Peter Kyle and Australia's Communications Minister Anika "
     "Wells met on Monday. The minister ordered X to remove the videos.", None),
    # an indefinite title is someone else
    ("fr", "Gérald Darmanin a réuni les plateformes. Une ministre a ensuite demandé à TikTok "
     "de retirer les vidéos.", "authority/france-ministry-of-interior"),
    # a member of parliament or a senator is no authority acting
    ("fr", "Le député Éric Bothorel a demandé à X de retirer les contenus haineux.", None),
    ("en", "Senator Richard Blumenthal asked Meta to hand over its internal research.", None),
    # "the authorities" with no place opening the sentence: whose, the story's
    ("fr", "Les autorités ont bloqué Telegram en avril 2018.", None),
    # a portfolio after the title names another ministry, not the minister named before
    ("fr", "Gérald Darmanin a réuni les plateformes lundi. Le ministre de l'Économie a demandé "
     "à Amazon de retirer les produits dangereux.", "authority/france-ministry-of-interior"),
    # a list of companies, not of bodies
    ("fr", "Plusieurs plateformes, dont TikTok et Snapchat, ont supprimé des comptes en mars "
     "2024.", None),
    # a former official speaking as a pundit
    ("fr", "L'ancienne ministre du Numérique Axelle Lemaire estime que la CNIL devrait "
     "sanctionner TikTok.", None),
    # the bare city name stays a place: "Paris" is not the City of Paris
    ("fr", "Le parquet de Paris a ouvert une enquête sur Telegram en février 2024.",
     "authority/paris-city-council"),
]

# Kept as they were: a title after a ministry's description, a body's own description, the
# demonym of "the authorities" over the opening place, a list of companies that is the step's
# target (the body before it acts).
KEPT = [
    ("en", "Malaysia's Communications Minister Fahmi Fadzil met TikTok executives on Monday. "
     "The platform promised changes. The minister ordered TikTok to remove the videos within "
     "24 hours.", "order", "authority/malaysia-ministry-of-communications"),
    ("fr", "Le commissaire hambourgeois à la protection des données a interdit à Facebook de "
     "traiter les données des utilisateurs allemands de WhatsApp.", "order",
     "authority/hamburg-data-protection-commissioner"),
    ("fr", "En France, les autorités togolaises ont bloqué l'accès à Facebook en juin 2025.",
     "block", "authority/togo-government"),
    ("fr", "La CNIL a infligé des amendes à plusieurs entreprises, dont Google et Amazon, en "
     "décembre 2020.", "fine", "authority/cnil"),
]


@pytest.mark.parametrize(("language", "text", "kind", "actor"), FOUND,
                         ids=[f"found-{i}" for i in range(len(FOUND))])
def test_a_described_actor_acts(steps_in, language, text, kind, actor):
    steps = steps_in(f"Dépêche\n\n{text}\n", language)
    assert (kind, actor) in {(k, a) for k, a, _ in steps}, steps


@pytest.mark.parametrize(("language", "text", "actor"), TRAPS,
                         ids=[f"trap-{i}" for i in range(len(TRAPS))])
def test_regression_no_described_actor_where_none_acts(steps_in, language, text, actor):
    steps = steps_in(f"Dépêche\n\n{text}\n", language)
    if actor is None:
        assert steps == set(), steps
    else:
        assert actor not in {a for _, a, _ in steps}, steps


@pytest.mark.parametrize(("language", "text", "kind", "actor"), KEPT,
                         ids=[f"kept-{i}" for i in range(len(KEPT))])
def test_the_right_actor_is_kept(steps_in, language, text, kind, actor):
    steps = steps_in(f"Dépêche\n\n{text}\n", language)
    assert {a for k, a, _ in steps if k == kind} == {actor}, steps
