"""Stated consequences of not complying are a warning of the body that states them (guideline
4; issue 3, session 18). Invented sentences in both languages, other countries, bodies and
platforms than the dev texts they stand for:

- the penalty told in the sentence after an order on several companies ("If they do not
  comply, they face a daily fine"), after the deadline ("Passé ce délai", "After that
  deadline"), per hour, or with its condition after the sum ("faces a daily fine ... for each
  day it fails to comply"): a warning per company (consequence_sentences.py);
- a condition-opened fine after the order is that order's warning, not a fine ("Otherwise, the
  company will have to pay a daily fine of 0.05% of its revenue");
- periodic penalties capped at a total ("sous peine d'astreintes pouvant atteindre au total",
  "subject to penalty payments of up to"): the order's warning with the cap (order_penalties);
- ", warning that the app would be blocked if it did not comply", "or have its website
  blocked", "en prévenant que la plateforme serait bloquée", a notice threatening legal
  action after an order: a warning beside the order (unstated.py, consequence_sums.py);
- "a prévenu qu'il la bloquerait", "warning that it would be blocked": the platform the
  pronoun stands for, not the owner of a service described before ("la messagerie de Meta");
- a periodic penalty raised ("raised the daily fine to", "a porté l'astreinte à"): a warning
  with its sum; a warning stating a daily penalty carries it (warning_sums.py);
- an earlier warning the body repeats ("repeating a warning it first gave the exchange in
  March 2019"): a warning of its own day.

Traps: a law's maximum, a minister's "could face", a penalty already paid, a warning to users,
a company's warning about prices, "could be suspended" (a possible step), a sentence someone
else reports, a penalty with no order before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2024, 5, 10)
AGCM, KFTC = "Italian Competition Authority", "Korea Fair Trade Commission"
TCA, AP = "Turkish Competition Authority", "Dutch Data Protection Authority"
RKN, KOMDIGI = "Roskomnadzor", "Komdigi"
MEITY, STF = "Ministry of Electronics and Information Technology", "Supreme Federal Court"
SEC_PH = "Securities and Exchange Commission of the Philippines"
JFSA = "Financial Services Agency of Japan"


@pytest.fixture(scope="module")
def actions(extractor, reference, article_of):
    """actions(body, language) -> {(type, actor, target, amount)} of the gold view of
    "Headline" + body, published on 10 May 2024."""
    def run(body: str, language: str) -> set[tuple[object, ...]]:
        text = "Headline\n\n" + body + "\n"
        found = to_gold(extractor.extract(article_of(text, language, PUBLISHED, "Headline")),
                        reference)
        return {(a["type"], a["actor"], a["target"],
                 str(a["amount"]) if a["amount"] is not None else None)
                for a in found["actions"]}
    return run


def _warnings(found: set[tuple[object, ...]]) -> set[tuple[object, ...]]:
    return {a for a in found if a[0] == "warning"}


TOLD_NEXT = [
    ("The Italian Competition Authority on Tuesday ordered Amazon and eBay to change their "
     "checkout pages within 60 days. If they do not comply, they face a daily fine of €50,000.",
     "en", {("warning", AGCM, "Amazon", "50000"), ("warning", AGCM, "eBay", "50000")}),
    ("L'Autorité italienne de la concurrence a ordonné mardi à Amazon et à eBay de modifier "
     "leurs pages de paiement sous 60 jours. À défaut, elles devront payer une astreinte de "
     "50 000 euros par jour de retard.", "fr",
     {("warning", AGCM, "Amazon", "50000"), ("warning", AGCM, "eBay", "50000")}),
    ("Le régulateur turc de la concurrence a ordonné lundi à Google de modifier ses résultats. "
     "Passé ce délai, l'entreprise devra s'acquitter d'une amende de 200 000 euros par heure "
     "de retard.", "fr", {("warning", TCA, "Google", "200000")}),
    ("Turkey's competition authority ordered Google on Monday to change its shopping results "
     "within 90 days. After that deadline, the company will have to pay a penalty of €20,000 "
     "per day.", "en", {("warning", TCA, "Google", "20000")}),
    ("South Korea's Fair Trade Commission on Wednesday ordered Apple to open its payment "
     "system. The company was given 30 days to submit a plan, and faces a daily penalty of 20 "
     "million won for each day it fails to comply.", "en",
     {("warning", KFTC, "Apple", "20000000")}),
    # the order's own company named again
    ("Brazil's data protection authority on Tuesday ordered TikTok to stop the processing. "
     "TikTok was given five working days to comply, and faces a daily fine of 50,000 reais for "
     "each day it fails to comply.", "en",
     {("warning", "National Data Protection Authority of Brazil", "TikTok", "50000")}),
]


@pytest.mark.parametrize(("body", "language", "expected"), TOLD_NEXT,
                         ids=[f"{lang}-{body[60:100]}" for body, lang, _ in TOLD_NEXT])
def test_penalty_told_after_an_order_is_each_companys_warning(actions, body, language,
                                                              expected) -> None:
    assert _warnings(actions(body, language)) == expected


CONDITIONAL_FINES = [
    ("Turkey's competition authority ordered Google on Monday to change its shopping results "
     "within 90 days. Otherwise, the company will have to pay a daily fine of 0.05% of its "
     "Turkish revenue.", "en"),
    ("L'Autorité espagnole de la concurrence a ordonné lundi à Google de modifier ses "
     "résultats. À défaut, le groupe devra payer une amende journalière de 0,05 % de son "
     "chiffre d'affaires en Espagne.", "fr"),
]


@pytest.mark.parametrize(("body", "language"), CONDITIONAL_FINES,
                         ids=[f"{lang}-{body[-60:-30]}" for body, lang in CONDITIONAL_FINES])
def test_fine_after_a_condition_of_non_compliance_is_no_fine(actions, body, language) -> None:
    found = actions(body, language)
    assert {a[0] for a in found} == {"order", "warning"}


SAME_SENTENCE = [
    ("La CNIL a infligé lundi une amende de 20 millions d'euros à Criteo. Elle lui a aussi "
     "ordonné de supprimer les données, sous peine d'astreintes pouvant atteindre au total 2 "
     "millions d'euros.", "fr", {("warning", "CNIL", "Criteo", "2000000")}),
    ("L'Autorité néerlandaise de protection des données a ordonné mardi à Uber de cesser les "
     "transferts, sous peine d'astreintes allant jusqu'à 4 millions d'euros.", "fr",
     {("warning", AP, "Uber", "4000000")}),
    ("The Dutch Data Protection Authority on Tuesday ordered Uber to stop the transfers, "
     "subject to penalty payments of up to €4 million.", "en",
     {("warning", AP, "Uber", "4000000")}),
    ("Indonesia's communications ministry on Monday gave Telegram 24 hours to remove the "
     "channels, warning that the app would be blocked if it did not comply.", "en",
     {("warning", KOMDIGI, "Telegram", None)}),
    ("On Monday Russia's Roskomnadzor ordered TikTok to delete the videos, warning that it "
     "would block the app if it did not comply.", "en", {("warning", RKN, "TikTok", None)}),
    ("Le régulateur russe Roskomnadzor a ordonné lundi à Twitch de supprimer les vidéos, en "
     "prévenant que la plateforme serait bloquée si elle ne s'exécutait pas.", "fr",
     {("warning", RKN, "Twitch", None)}),
    ("In March 2022 India's IT ministry directed Twitter to remove 80 posts; when the company "
     "refused, officials sent a letter threatening legal action.", "en",
     {("warning", MEITY, "X", None)}),
]


@pytest.mark.parametrize(("body", "language", "expected"), SAME_SENTENCE,
                         ids=[f"{lang}-{body[40:80]}" for body, lang, _ in SAME_SENTENCE])
def test_consequence_stated_on_an_order_is_its_warning(actions, body, language,
                                                       expected) -> None:
    found = actions(body, language)
    assert _warnings(found) == expected
    assert any(a[0] == "order" for a in found)


WARNED = [
    ("Telegram est dans le viseur. Début mars, Roskomnadzor a prévenu qu'il la bloquerait "
     "complètement si elle ne se conformait pas à la législation russe.", "fr",
     {("warning", RKN, "Telegram", None)}),
    ("Et Twitch ?\nLa plateforme de streaming d'Amazon est dans le viseur. Début mars, "
     "Roskomnadzor a prévenu qu'il la bloquerait si elle ne supprimait pas les vidéos.", "fr",
     {("warning", RKN, "Twitch", None)}),
    ("Le gendarme russe des télécoms Roskomnadzor a prévenu mardi que Twitch serait bloquée si "
     "la plateforme ne supprimait pas les vidéos.", "fr", {("warning", RKN, "Twitch", None)}),
    ("In late November the Philippine SEC published an advisory declaring Binance an "
     "unregistered platform and warning that it would be blocked after three months.", "en",
     {("warning", SEC_PH, "Binance", None)}),
    ("Ofcom warned 4chan on Monday that it faces a daily penalty of £100 if it does not "
     "answer.", "en", {("warning", "Ofcom", "4chan", "100")}),
    ("La CNIL a averti lundi Clearview AI qu'elle s'exposait à une astreinte de 50 000 euros "
     "par jour si elle ne cessait pas la collecte.", "fr",
     {("warning", "CNIL", "Clearview AI", "50000")}),
    ("The Supreme Federal Court on Wednesday raised the daily fine on X to 5 million reais.",
     "en", {("warning", STF, "X", "5000000")}),
    ("Le juge Alexandre de Moraes a porté mercredi l'astreinte infligée à Rumble à 5 millions "
     "de reais par jour.", "fr", {("warning", STF, "Rumble", "5000000")}),
]


@pytest.mark.parametrize(("body", "language", "expected"), WARNED,
                         ids=[f"{lang}-{body[:50]}" for body, lang, _ in WARNED])
def test_warning_names_its_platform_and_daily_sum(actions, body, language, expected) -> None:
    found = actions(body, language)
    assert _warnings(found) == expected
    assert not {a for a in found if a[0] in ("block", "fine")}


REPEATED = [
    ("Japan's Financial Services Agency issued a formal warning to Bybit on Friday for serving "
     "Japanese residents without registration, repeating a warning it first gave the exchange "
     "in March 2019.", "en"),
    ("L'Autorité des marchés financiers a adressé vendredi un avertissement à Binance, "
     "réitérant un avertissement qu'elle avait déjà adressé à la plateforme en mars 2019.",
     "fr"),
]


@pytest.mark.parametrize(("body", "language"), REPEATED,
                         ids=[f"{lang}-{body[:40]}" for body, lang in REPEATED])
def test_repeated_earlier_warning_is_one_of_its_own_day(dated_steps, body, language) -> None:
    found = dated_steps(PUBLISHED)(body, language)
    assert sorted(date for kind, _, date in found if kind == "warning") == [
        "2019-03", "2024-05-10"]


TRAPS = [
    # a law's maximum, then an order with no consequence
    ("Under the GDPR, companies face fines of up to €20 million, and the watchdog ordered Uber "
     "on Tuesday to stop the transfers.", "en"),
    ("La loi prévoit des astreintes allant jusqu'à 5 % du chiffre d'affaires journalier, et la "
     "CNIL a ordonné mardi à Uber de cesser les transferts.", "fr"),
    # a possible step, not a stated consequence
    ("Brazil's Supreme Court on Wednesday ordered X to appoint a legal representative within "
     "24 hours, warning that the service could be suspended.", "en"),
    ("La CNIL a mis en demeure lundi Clearview AI de cesser la collecte, en avertissant qu'elle "
     "pourrait être sanctionnée.", "fr"),
    # a minister's "could face", after an order
    ("Ofcom ordered 4chan on Monday to answer within ten days. The minister said platforms "
     "could face fines if they did not remove the content.", "en"),
    # a penalty already paid after the order
    ("La CNIL a enjoint lundi à Google de modifier ses bandeaux. Google a payé une astreinte de "
     "100 000 euros par jour de retard pendant vingt jours.", "fr"),
    ("The CNIL ordered Google on Monday to change its banners. Google paid a daily penalty of "
     "€100,000 for 20 days after missing the deadline.", "en"),
    # what could follow the order: a possible step
    ("L'Arcom a mis en demeure lundi Kick de retirer les vidéos sous dix jours. À défaut, des "
     "astreintes pourraient lui être infligées.", "fr"),
    ("Ofcom ordered 4chan on Monday to answer within ten days. Otherwise, daily penalties could "
     "be imposed on the site.", "en"),
    # another company's penalty after the order
    ("Ofcom ordered 4chan on Monday to answer within ten days. Kiwi Farms faces a daily fine of "
     "£1,000 for each day it fails to comply.", "en"),
    # someone else reports the penalty
    ("Ofcom ordered 4chan on Monday to answer within ten days. If the company does not comply, "
     "it faces a daily fine of £10,000, campaigners said.", "en"),
]


@pytest.mark.parametrize(("body", "language"), TRAPS,
                         ids=[f"{lang}-{body[:50]}" for body, lang in TRAPS])
def test_no_warning_without_a_stated_consequence(actions, body, language) -> None:
    found = actions(body, language)
    assert not _warnings(found)
    assert {a[0] for a in found} <= {"order"}


NOTHING = [
    ("If Meta does not comply, it faces a daily fine of €100,000.", "en"),
    ("À défaut, la plateforme devra payer une astreinte de 100 000 euros par jour de retard.",
     "fr"),
    ("Meta a prévenu que les prix augmenteraient pour les annonceurs.", "fr"),
    ("Meta warned that prices would rise for advertisers in Europe.", "en"),
    ("La CNIL a prévenu les utilisateurs que l'application n'était pas sûre.", "fr"),
    ("The regulator warned users that the app was not licensed.", "en"),
    ("Le ministre a prévenu que les plateformes pourraient être sanctionnées.", "fr"),
]


@pytest.mark.parametrize(("body", "language"), NOTHING,
                         ids=[f"{lang}-{body[:50]}" for body, lang in NOTHING])
def test_no_warning_without_a_body_or_platform_warned(actions, body, language) -> None:
    assert not actions(body, language)


EXPLAINER_FR = (
    "Que s'est-il passé ?\nLa CNIL a infligé lundi une amende de 40 millions d'euros à Criteo et "
    "de 10 millions d'euros à Yahoo.\nPourquoi Paris ?\nLes manquements relèvent de la loi "
    "française.\nEt ensuite ?\nLe délai de recours court depuis lundi.\nQue doivent faire les "
    "deux sociétés ?\nLa CNIL leur a également enjoint de modifier leurs bandeaux dans un délai "
    "de trois mois, sous astreinte de 50 000 euros par jour de retard.")
EXPLAINER_EN = (
    "What happened?\nThe Italian Competition Authority on Monday fined Amazon €40 million and "
    "Apple €10 million.\nWhy Rome?\nThe breaches fall under Italian consumer law.\nWhat comes "
    "next?\nThe appeal period runs from Monday.\nWhat must the two companies do?\nThe authority "
    "also ordered them to change their checkout pages within 90 days, under a daily penalty of "
    "€50,000.")


@pytest.mark.parametrize(("body", "language", "names"), [
    (EXPLAINER_FR, "fr", ("Criteo", "Yahoo")), (EXPLAINER_EN, "en", ("Amazon", "Apple"))],
    ids=["fr", "en"])
def test_question_headings_do_not_cut_the_pronoun_off_its_companies(actions, body, language,
                                                                    names) -> None:
    found = actions(body, language)
    assert {(a[0], a[2]) for a in found if a[0] in ("order", "warning")} == {
        (kind, name) for kind in ("order", "warning") for name in names}


def test_pronoun_far_after_its_companies_in_plain_prose_stays_unresolved(actions) -> None:
    body = ("La CNIL a infligé lundi une amende de 40 millions d'euros à Criteo et de 10 millions "
            "d'euros à Yahoo. Les manquements relèvent de la loi française. Le délai de recours "
            "court depuis lundi. Les associations saluent la décision. Les éditeurs de sites "
            "attendent la suite. La CNIL leur a également enjoint de modifier leurs bandeaux dans "
            "un délai de trois mois, sous astreinte de 50 000 euros par jour de retard.")
    assert {a[0] for a in actions(body, "fr")} == {"fine"}


def test_service_described_by_its_owner_is_not_the_owner_warned(actions) -> None:
    """"la" after "La plateforme de streaming d'Amazon", no service named before: no target
    rather than Amazon, a wrong one."""
    body = ("La plateforme de streaming d'Amazon est dans le viseur. Début mars, Roskomnadzor a "
            "prévenu qu'il la bloquerait si elle ne supprimait pas les vidéos.")
    assert not actions(body, "fr")
