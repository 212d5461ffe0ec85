"""Orders, blocks, warnings and commitments as wire services, newspapers and releases word them
(issue 3, session 10, helper "orders"; corpus guideline 4: mise en demeure, cease-and-desist,
compliance order = `order`; stated consequences of non-compliance = `warning`; commitments a
regulator accepts or makes binding, or changes a platform agrees to in answer to an authority =
`commitment`; blocking access to a platform = `block`).

The sentences are invented, in the everyday wording of the domain: "ordered X to", "gave X 72
hours to", "issued a removal notice to", "X was blocked in Turkey on Monday by the BTK",
"a mis en demeure X de", "a enjoint à X de", "a rendu obligatoires les engagements de X".
Deadlines set on the target are kept as the text words them ("within 24 hours", "sous deux
mois", "30 June"). The traps (possible steps, threats, calls by others, throttling, a
nationwide shutdown, a company's own blocking, a lifted or suspended order, a company's denial or
challenge, statutory powers) must give no action.

Of the 70 positives invented for the round (wording first, rules after), the 47 the rules
already found are left out: the steps below failed before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday: Monday = 03-04, Tuesday = 03-05

ESAFETY, OFCOM, CNIL, ARCOM = "eSafety Commissioner", "Ofcom", "CNIL", "Arcom"
EC = "European Commission"
VIETNAM_MIC = "Vietnamese Ministry of Information and Communications"
RKN, STF = "Roskomnadzor", "Supreme Federal Court"
MCMC = "Malaysian Communications and Multimedia Commission"

# (language, sentence, [(type, actor, target, date, deadline), ...])
ENGLISH = [
    ("en", "Discord has been inaccessible in Russia since Roskomnadzor's order on Tuesday.",
     [("block", RKN, "Discord", "2024-03-05", None)]),
    ("en", "TikTok agreed on Monday to withdraw its Lite rewards programme from the EU in "
     "response to the European Commission's proceedings.",
     [("commitment", "TikTok", "TikTok", "2024-03-04", None)]),
    ("en", "Vietnam's communications ministry ordered telecoms firms on Monday to block "
     "Telegram.",
     [("block", VIETNAM_MIC, "Telegram",
       "2024-03-04", None)]),
    ("en", "Malaysia's MCMC issued a notice to Telegram on Friday requiring it to take down "
     "the groups within 24 hours.",
     [("order", MCMC, "Telegram", "2024-03-01", "within 24 hours")]),
    # (the day the providers began is not the court's: its order names none)
    ("en", "Internet providers began blocking X on Saturday after an order by Brazil's Supreme "
     "Federal Court.",
     [("block", STF, "X", None, None)]),
    # second batch
    ("en", "Telegram has been told by Ofcom to take down the channels by Friday.",
     [("order", OFCOM, "Telegram", None, "Friday")]),
    ("en", "Ofcom on Monday ordered Telegram to take down the channels by Friday.",
     [("order", OFCOM, "Telegram", "2024-03-04", "Friday")]),
    ("en", "Temu received a formal notice from the CNIL on Tuesday.",
     [("order", CNIL, "Temu", "2024-03-05", None)]),
    ("en", "Meta has promised the Irish Data Protection Commission to delay the launch of its AI "
     "assistant in Europe.",
     [("commitment", "Meta", "Meta", None, None)]),
    ("en", "The Texas Attorney General demanded on Monday that Character.AI stop marketing its "
     "app to minors.",
     [("order", "Texas Attorney General", "Character.AI", "2024-03-04", None)]),
    # third batch
    ("en", "The CNIL put Clearview AI on formal notice on Tuesday to stop collecting data.",
     [("order", CNIL, "Clearview AI", "2024-03-05", None)]),
    ("en", "Nepal banned TikTok on Monday on the orders of the Nepal Telecommunications "
     "Authority.",
     [("block", "Nepal Telecommunications Authority", "TikTok", "2024-03-04", None)]),
]

ENGLISH_TRAPS = [
    "Ofcom could order Telegram to remove the channels if it finds a breach.",
    "Turkey's BTK threatened on Monday to block Instagram unless it complied.",
    "Discord may be blocked in Russia within weeks, Roskomnadzor said on Tuesday.",
    "Opposition lawmakers called on Monday for a ban on TikTok in Nepal.",
    "Lawmakers want the European Commission to order Meta to stop its pay-or-consent model.",
    # (a slowdown no body is said to make: "Roskomnadzor has slowed down YouTube" is the
    # body's block since session 19, as the later gold has it: tests/gale/README.md)
    "YouTube has slowed down in Russia, with speeds falling by 70% on Monday.",
    "Authorities in Bangladesh shut down mobile internet nationwide on Monday amid protests.",
    "X blocked users in Turkey from seeing the posts on Monday, the company said.",
    "Brazil's Supreme Federal Court lifted the order blocking X on Tuesday.",
    "A court suspended the Garante's order against OpenAI on Friday.",
    "Meta said on Monday it would challenge any order from the Norwegian Data Protection "
    "Authority.",
    "The European Commission would order Apple to comply if its preliminary view is confirmed.",
    "TikTok said it had voluntarily removed the videos on Monday.",
    "The eSafety Commissioner is considering whether to issue a removal notice to X.",
    "Ofcom's chief executive said the regulator was prepared to block non-compliant sites.",
    "Under the Online Safety Act, Ofcom can apply to the courts to block access to "
    "non-compliant services.",
    "Civil society groups urged the BTK on Monday not to block Wikipedia.",
    "Pakistan's telecom authority denied on Tuesday that X had been blocked.",
    "Telegram denied on Tuesday that it had been ordered by Kenya's communications regulator "
    "to shut down.",
    "The European Commission is expected to accept commitments from AliExpress in the coming "
    "weeks.",
    # negatives of this round's cues: no body's order behind the state, the company's own
    # decision, a notice asking for answers, a payment, a denial
    "An outage rendered WhatsApp unavailable for hours on Monday, Meta said.",
    "Telegram has been unavailable in Kenya since the company's decision to withdraw.",
    "Discord has been inaccessible since Tuesday's outage.",
    "Meta blocked the accounts on Monday after a decision by its oversight board.",
    "TikTok agreed on Monday to pay the fine imposed by the Dutch Data Protection Authority "
    "in 2021.",
    "X denied on Monday that it had blocked the accounts at the request of the BTK.",
    "Ofcom may issue a provisional notice of contravention to 4chan.",
    "4chan faces being blocked in the UK if it does not pay, Ofcom said.",
    "Russia's communications minister called on Monday for WhatsApp to be blocked.",
    "Meta promised users to keep improving its products.",
    "TikTok promised the European Commission to appeal.",
    "The CNIL withdrew the formal notice sent to Criteo on Tuesday.",
    "Ofcom lifted the order against 4chan on Monday.",
    "X blocked the accounts on the orders of the BTK.",
]

FRENCH = [
    ("fr", "Roskomnadzor a rendu YouTube inaccessible en Russie lundi.",
     [("block", RKN, "YouTube", "2024-03-04", None)]),
    ("fr", "Mis en demeure le 12 février par l'Arcom, Pornhub a suspendu son service en France.",
     [("order", ARCOM, "Pornhub", "2024-02-12", None)]),
    ("fr", "TikTok s'est engagé lundi auprès de la Commission européenne à retirer "
     "définitivement TikTok Lite Rewards de l'Union.",
     [("commitment", "TikTok", "TikTok", "2024-03-04", None)]),
    ("fr", "Sommée par la Cnil de cesser de collecter les données de ses utilisateurs, la "
     "société Yubo a modifié son application mardi.",
     [("order", CNIL, "Yubo", None, None)]),
    ("fr", "L'Ofcom a exigé lundi de Telegram qu'il retire les canaux sous 48 heures.",
     [("order", OFCOM, "Telegram", "2024-03-04", "sous 48 heures")]),
    ("fr", "Telegram est inaccessible au Vietnam depuis la décision du ministère vietnamien de "
     "l'Information, lundi.",
     [("block", VIETNAM_MIC, "Telegram",
       "2024-03-04", None)]),
    ("fr", "Bloqué depuis lundi par Roskomnadzor, Viber n'est plus accessible en Russie.",
     [("block", RKN, "Viber", "2024-03-04", None)]),
    # second batch
    ("fr", "Temu a reçu mardi une mise en demeure de la Cnil.",
     [("order", CNIL, "Temu", "2024-03-05", None)]),
    ("fr", "La Cnil a imposé mardi à Criteo de supprimer les données collectées sans "
     "consentement.",
     [("order", CNIL, "Criteo", "2024-03-05", None)]),
    ("fr", "Les engagements proposés par Microsoft ont été rendus obligatoires mardi par la "
     "Commission européenne.",
     [("commitment", EC, "Microsoft", "2024-03-05", None)]),
    ("fr", "Meta a promis lundi à la Cnil de suspendre l'entraînement de son IA sur les données "
     "des utilisateurs français.",
     [("commitment", "Meta", "Meta", "2024-03-04", None)]),
    ("fr", "La Commission européenne a exigé mardi qu'Apple mette fin aux restrictions visant "
     "les développeurs.",
     [("order", EC, "Apple", "2024-03-05", None)]),
    # third batch
    ("fr", "Le Brésil a suspendu X vendredi sur décision de la Cour suprême du Brésil.",
     [("block", STF, "X", "2024-03-01", None)]),
]

FRENCH_TRAPS = [
    "L'Arcom pourrait mettre en demeure X si la plateforme ne retire pas les contenus.",
    "Roskomnadzor a menacé lundi de bloquer WhatsApp.",
    "Des députés réclament l'interdiction de TikTok en France.",
    "Le gouvernement russe envisage de bloquer Telegram, selon Le Monde.",
    "La Cour suprême du Brésil a levé mardi la suspension de X.",
    "X a bloqué lundi plusieurs comptes en Turquie à la demande des autorités.",
    "Le débit de YouTube a été fortement ralenti en Russie lundi par Roskomnadzor.",
    "Les autorités ont coupé l'internet mobile dans tout le pays lundi.",
    "Le Conseil d'État a suspendu mardi la mise en demeure de l'Arcom visant xHamster.",
    "Meta conteste la mise en demeure de la Cnil devant le Conseil d'État.",
    "La Cnil peut prononcer une injonction sous astreinte allant jusqu'à 100 000 euros par jour "
    "de retard.",
    "TikTok pourrait être bloqué en Nouvelle-Calédonie, selon des sources gouvernementales.",
    "La Commission européenne pourrait rendre obligatoires les engagements de TikTok dans les "
    "prochaines semaines.",
    "Meta a démenti mardi avoir reçu une mise en demeure de la Cnil.",
    "Une panne a rendu WhatsApp inaccessible lundi dans plusieurs pays.",
    "Le site est inaccessible depuis la décision de son éditeur de fermer le service.",
    "TikTok s'est engagé lundi à faire appel de la décision de l'Arcom.",
    "Telegram a démenti lundi que ses canaux aient été bloqués par le ministère vietnamien de "
    "l'Information.",
    "Le ministre a appelé lundi à bloquer Telegram.",
    "Roskomnadzor menace de couper l'accès à WhatsApp.",
    "L'Arcom envisage une mise en demeure de Kick.",
    "X risque d'être bloqué au Brésil si la plateforme ne nomme pas de représentant légal.",
    "La mise en demeure de la Cnil visant Criteo a été levée mardi.",
    "Meta a promis à ses utilisateurs de protéger leurs données.",
    "TikTok a promis à la Commission européenne de faire appel.",
    "La Cnil a levé mardi la mise en demeure visant Criteo.",
]


# Left for later: the body named only as the owner of a later noun ("the eSafety
# Commissioner's notice"), after a fronted participle with no agent.
UNFIXED = [
    ("en", "Ordered on Monday to remove the videos within 24 hours, X said it would challenge "
     "the eSafety Commissioner's notice in court.",
     [("order", ESAFETY, "X", "2024-03-04", "within 24 hours")]),
]


@pytest.fixture(scope="module")
def actions_of(extractor, article_of, reference):
    """actions_of(text, language) -> the gold-form actions of a one-sentence article."""

    def run(text: str, language: str) -> list[dict[str, object]]:
        article = article_of("Headline\n\n" + text + "\n", language, PUBLISHED, "Headline")
        return to_gold(extractor.extract(article), reference)["actions"]

    return run


def _facts(actions: list[dict[str, object]]) -> set[tuple[object, ...]]:
    return {(a["type"], a["actor"], a["target"], a["date"], a["deadline"]) for a in actions}


@pytest.mark.parametrize(("language", "text", "expected"), ENGLISH + FRENCH,
                         ids=[f"{lang}-{text[:50]}" for lang, text, _ in ENGLISH + FRENCH])
def test_an_order_block_warning_or_commitment_as_the_press_words_it(actions_of, language,
                                                                    text, expected) -> None:
    assert _facts(actions_of(text, language)) == set(expected)


@pytest.mark.parametrize(("language", "text"),
                         [("en", t) for t in ENGLISH_TRAPS] + [("fr", t) for t in FRENCH_TRAPS],
                         ids=[t[:50] for t in ENGLISH_TRAPS + FRENCH_TRAPS])
def test_a_step_not_taken_gives_no_action(actions_of, language, text) -> None:
    assert actions_of(text, language) == []


def test_a_body_named_as_subject_keeps_its_step_on_anothers_orders(actions_of) -> None:
    # only a country gives way to the body whose order it carries out (ordering_bodies.py)
    found = actions_of("Roskomnadzor blocked Telegram on Monday on the orders of the Supreme "
                       "Federal Court of Brazil.", "en")
    assert {(a["type"], a["actor"]) for a in found} == {("block", "Roskomnadzor")}


def test_a_notice_asking_for_answers_is_no_order(actions_of) -> None:
    # the order cue of a notice needs a measure required ("requiring it to take down")
    found = actions_of("Ofcom issued a notice to Telegram on Friday requiring it to provide "
                       "information about its safety measures.", "en")
    assert not [a for a in found if a["type"] == "order"]


@pytest.mark.xfail(reason="the agent as the owner of a later noun is not read", strict=True)
@pytest.mark.parametrize(("language", "text", "expected"), UNFIXED,
                         ids=[text[:50] for _, text, _ in UNFIXED])
def test_unfixed_a_fronted_order_whose_body_owns_a_later_noun(actions_of, language, text,
                                                              expected) -> None:
    assert _facts(actions_of(text, language)) == set(expected)
