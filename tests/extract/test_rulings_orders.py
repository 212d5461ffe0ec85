"""Orders the rules missed or mistyped (issue 3, session 19): a body or a court ruling what a
named company must, may only or may no longer do ("ruled that Facebook must comply", "a jugé
que Facebook devait se conformer"); a conduct forbidden to a company ("a interdit à Booking.com
et Expedia les clauses de parité", "a interdit à Facebook, par une procédure d'urgence, de
traiter": an order on each, not a block of the platform); an order told by its noun ("The final
order covers Amazon") or by the conditions a body imposes ("Le CRTC leur impose des conditions
de service"); a firm named by the first word of its name ("Clearview" is Clearview AI).
Not an order: a ruling with no duty ("ruled that the law was unconstitutional", "found that Uber
had breached"), a ruling for the company ("need not"), the body's own duty, a possibility, a
payment, a commissioner's or a government's opinion ("a estimé que X devait"), someone else's
argument, a ban of the service itself (a block). Invented sentences.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday: "lundi" / "on Monday" is 2025-03-03


def orders(rows, text: str, language: str) -> list[tuple[object, ...]]:
    return sorted((r["actor"], r["jurisdiction"], r["target"])
                  for r in rows(text, language, DAY) if r["type"] == "order")


RULED = [
    # English: a court's ruling, the duty with an aside after the modal
    ("en", "Germany's Federal Court of Justice ruled on Tuesday that Facebook must, for now, "
     "comply with the competition authority's decision.",
     [("Federal Court of Justice", "DE", "Meta")]),
    # ... a regulator's ruling with the law between; the data's sources are no targets
    ("en", "The Bundeskartellamt ruled in February 2019 under competition law that Facebook "
     "could only combine data from WhatsApp and Instagram with its accounts if users "
     "consented.",
     [("Federal Cartel Office", "DE", "Meta")]),
    ("en", "The Dutch competition authority found last week that Apple must allow dating apps "
     "to use other payment systems.",
     [("Authority for Consumers and Markets", "NL", "Apple")]),
    ("en", "The Italian competition authority decided on Monday that Amazon was required to "
     "open its Prime badge to rival carriers.",
     [("Italian Competition Authority", "IT", "Amazon")]),
    ("en", "The CNIL held on Friday that Google may no longer place advertising cookies "
     "without consent.",
     [("CNIL", "FR", "Google")]),
    ("en", "The Dutch competition authority ruled that Apple and Google must allow other "
     "payment systems.",
     [("Authority for Consumers and Markets", "NL", "Apple"),
      ("Authority for Consumers and Markets", "NL", "Google")]),
    # French: a court's judgment, a regulator's decision, "ne pouvait plus", "était tenu de"
    ("fr", "La Cour fédérale de justice a jugé mardi que Facebook devait se conformer à la "
     "décision de l'Office fédéral des ententes.",
     [("Federal Court of Justice", "DE", "Meta")]),
    ("fr", "La CNIL a décidé jeudi que TikTok ne pouvait plus collecter les données des "
     "mineurs sans accord parental.",
     [("CNIL", "FR", "TikTok")]),
    ("fr", "L'Autorité de la concurrence a tranché lundi que Google était tenu de négocier de "
     "bonne foi avec les éditeurs.",
     [("French Competition Authority", "FR", "Google")]),
    # ... an opinion verb in the body's decision
    ("fr", "La CNIL a estimé, dans sa délibération du 3 mars, que Google devait obtenir le "
     "consentement des utilisateurs.",
     [("CNIL", "FR", "Google")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), RULED)
def test_a_ruling_on_what_a_company_must_do_is_the_bodys_order(rows, language, text,
                                                                expected) -> None:
    assert orders(rows, text, language) == expected


NOT_RULED = [
    # no duty: a law struck down, a breach found
    ("en", "The Federal Court of Justice ruled on Tuesday that the law was unconstitutional."),
    ("en", "The Dutch data protection authority found that Uber had breached the GDPR by "
     "transferring drivers' data to the US."),
    ("fr", "La Cour fédérale de justice a jugé mardi que la loi était inconstitutionnelle."),
    ("fr", "La CNIL a jugé que Google avait enfreint le RGPD."),
    # a ruling for the company
    ("en", "The Federal Court of Justice ruled on Tuesday that Facebook need not change its "
     "terms."),
    # someone else's argument or request
    ("en", "Consumer groups argued that Google must stop tracking users without consent."),
    ("fr", "L'association a demandé que Google doive supprimer ces données."),
    # a possibility, a wish, what should be done to the company
    ("en", "The court ruled that Facebook could be ordered to pay damages."),
    ("en", "The court ruled that Meta should change its terms."),
    ("fr", "La CNIL a décidé que TikTok devrait revoir sa politique."),
    ("fr", "L'Arcom a jugé que Meta devait être sanctionnée."),
    # the body's own duty
    ("en", "The regulator decided that it must reopen the case against Meta."),
    # a suit the company must face, what must be done to it, a preliminary finding
    ("en", "The General Court ruled that Google must face the Commission's case again."),
    ("fr", "Le Tribunal de l'Union européenne a jugé lundi qu'Apple devait faire face à une "
     "nouvelle procédure."),
    ("en", "The CNIL decided on Monday that TikTok must be banned for minors."),
    ("en", "The Commission found in its preliminary view that Meta must change its "
     "pay-or-consent model."),
    # an opinion, not a decision
    ("fr", "Thierry Breton a estimé que X devait se conformer au DSA."),
    ("fr", "Le gouvernement a estimé que TikTok devait cesser de cibler les mineurs."),
]


@pytest.mark.parametrize(("language", "text"), NOT_RULED)
def test_no_order_from_a_ruling_without_a_duty_on_the_company(rows, language, text) -> None:
    assert orders(rows, text, language) == []


def test_a_payment_ruled_is_no_order(rows) -> None:
    text = "The CNIL decided on Monday that Google must pay a fine of 50 million euros."
    assert orders(rows, text, "en") == []


FORBIDDEN = [
    # a practice forbidden to named companies, the practice a noun: orders, no block
    ("fr", "En mars 2019, l'Autorité de la concurrence a interdit à Booking.com et Expedia les "
     "clauses de parité tarifaire.",
     [("French Competition Authority", "FR", "Booking.com"),
      ("French Competition Authority", "FR", "Expedia")]),
    ("fr", "L'Autorité de la concurrence a interdit jeudi à Google les pratiques "
     "d'auto-préférence dans son comparateur.",
     [("French Competition Authority", "FR", "Google")]),
    # ... the practice a verb after an aside between commas
    ("fr", "La CNIL a interdit mardi dernier à Facebook, par une procédure d'urgence prévue "
     "par le RGPD, de traiter les données des utilisateurs de WhatsApp.",
     [("CNIL", "FR", "Meta")]),
    ("fr", "Le commissaire à la protection des données de Hambourg a interdit lundi à Google, "
     "pour trois mois, de faire écouter les enregistrements par des salariés.",
     [("Hamburg Commissioner for Data Protection and Freedom of Information", "DE-HH",
       "Google")]),
    # English: barred from a practice
    ("en", "The Turkish competition authority barred Google on Monday from showing its own "
     "ads above rivals.",
     [("Turkish Competition Authority", "TR", "Google")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FORBIDDEN)
def test_a_conduct_forbidden_to_a_company_is_an_order_not_a_block(rows, language, text,
                                                                    expected) -> None:
    assert orders(rows, text, language) == expected
    assert [r for r in rows(text, language, DAY) if r["type"] == "block"] == []


SERVICE_BANS = [
    ("fr", "Le gouvernement russe a interdit Telegram lundi."),
    ("fr", "Le gouvernement a interdit vendredi aux fonctionnaires l'utilisation de TikTok sur "
     "leurs téléphones de service."),
    ("en", "Russia's media regulator banned Telegram on Monday."),
]


@pytest.mark.parametrize(("language", "text"), SERVICE_BANS)
def test_a_ban_of_the_service_itself_stays_a_block(rows, language, text) -> None:
    assert orders(rows, text, language) == []
    assert [r["type"] for r in rows(text, language, DAY)] == ["block"]


def test_a_law_forbidding_platforms_a_practice_is_no_step(rows) -> None:
    assert rows("La loi interdit aux plateformes les clauses de parité.", "fr", DAY) == []


def test_an_order_told_by_its_noun_names_its_company(rows) -> None:
    text = ("The Federal Trade Commission announced a new case on Monday. The final order also "
            "covers Amazon and its subsidiaries.")
    assert orders(rows, text, "en") == [("Federal Trade Commission", "US", "Amazon")]


def test_an_order_that_could_target_a_company_is_no_order(rows) -> None:
    text = "The Federal Trade Commission said a future order could target Meta."
    assert orders(rows, text, "en") == []


def test_conditions_imposed_on_the_companies_a_pronoun_stands_for_are_orders(rows) -> None:
    text = ("Le CRTC a publié jeudi sa décision sur Netflix et Spotify. Le CRTC leur impose "
            "aussi des conditions de service.")
    crtc = "Canadian Radio-television and Telecommunications Commission"
    assert orders(rows, text, "fr") == [(crtc, "CA", "Netflix"), (crtc, "CA", "Spotify")]


def test_obligations_imposed_after_a_sanction_are_orders(rows) -> None:
    text = ("La CNIL a sanctionné Google et Amazon jeudi. Elle leur impose en outre des "
            "obligations de transparence.")
    assert orders(rows, text, "fr") == [("CNIL", "FR", "Amazon"), ("CNIL", "FR", "Google")]


def test_a_fine_imposed_through_a_pronoun_is_no_order(rows) -> None:
    text = ("La CNIL a infligé une amende à Google. Elle lui impose une amende de 10 millions "
            "d'euros.")
    assert orders(rows, text, "fr") == []


def test_the_first_word_of_clearview_ai_is_the_firm(rows) -> None:
    text = "The ICO ordered Clearview on Monday to delete the images it held of UK residents."
    assert orders(rows, text, "en") == [("Information Commissioner's Office", "GB",
                                         "Clearview AI")]


@pytest.mark.parametrize("company", ["Clearview", "Shein"])
def test_an_order_in_the_pluperfect_after_a_fine_is_kept(rows, company) -> None:
    text = (f"La société {company} a été sanctionnée à plusieurs reprises en Europe. En juillet "
            f"2022, la CNIL avait infligé 20 M€ à {company} et lui avait ordonné d'effacer les "
            "données des personnes résidant en France.")
    found = [(r["type"], r["target"], r["date"]) for r in rows(text, "fr", DAY)
             if r["type"] == "order"]
    assert found == [("order", "Clearview AI" if company == "Clearview" else company,
                      "2022-07")]


SHUT_DOWN = [
    # a platform ordered shut or blocked is a block on it, not an order
    ("en", "Pakistan's interior ministry said it ordered the social media platform X to be shut "
     "down in February.", "X"),
    ("en", "Brazil's Supreme Court ordered Telegram to be blocked across the country.",
     "Telegram"),
    # ... a court ordering its suspension, "ce" before the day
    ("fr", "Le juge de l'Audience nationale a ordonné ce vendredi la suspension provisoire de "
     "Telegram sur tout le territoire espagnol.", "Telegram"),
]


@pytest.mark.parametrize(("language", "text", "target"), SHUT_DOWN)
def test_a_platform_ordered_shut_down_is_blocked(rows, language, text, target) -> None:
    found = [(r["type"], r["target"]) for r in rows(text, language, DAY)]
    assert found == [("block", target)]


def test_accounts_ordered_suspended_are_no_block_of_the_platform(rows) -> None:
    text = "Brazil's Supreme Court ordered 50 X accounts to be suspended on Monday."
    assert [r for r in rows(text, "en", DAY) if r["type"] == "block"] == []


def test_the_suspension_of_a_processing_ordered_is_an_order(rows) -> None:
    text = "La CNIL a ordonné ce lundi la suspension du traitement des données par Clearview."
    assert [(r["type"], r["target"]) for r in rows(text, "fr", DAY)] == [
        ("order", "Clearview AI")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Consumer Product Safety Commission ordered Amazon on Tuesday to notify buyers "
     "of the recalled heaters."),
    ("fr", "La CPSC a ordonné mardi à Amazon de prévenir les acheteurs des radiateurs "
     "rappelés."),
])
def test_the_us_product_safety_regulator_orders_a_marketplace(rows, language, text) -> None:
    assert orders(rows, text, language) == [
        ("Consumer Product Safety Commission", "US", "Amazon")]
