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
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday: Monday = 03-04, Tuesday = 03-05

ESAFETY, OFCOM, CNIL, ARCOM = "eSafety Commissioner", "Ofcom", "CNIL", "Arcom"
EC, GARANTE = "European Commission", "Italian Data Protection Authority"
BTK = "Information and Communication Technologies Authority"
VIETNAM_MIC = "Vietnamese Ministry of Information and Communications"
RKN, STF = "Roskomnadzor", "Supreme Federal Court"
MCMC = "Malaysian Communications and Multimedia Commission"
ACCC = "Australian Competition and Consumer Commission"

# (language, sentence, [(type, actor, target, date, deadline), ...])
ENGLISH = [
    ("en", "Australia's eSafety Commissioner on Monday ordered X to remove footage of the "
     "church stabbing within 24 hours.",
     [("order", ESAFETY, "X", "2024-03-04", "within 24 hours")]),
    ("en", "Ofcom has directed Telegram to take down the channels within 48 hours, the "
     "regulator said on Tuesday.",
     [("order", OFCOM, "Telegram", "2024-03-05", "within 48 hours")]),
    ("en", "Brazil's Supreme Federal Court told X on Wednesday to appoint a legal representative "
     "in the country within 24 hours.",
     [("order", STF, "X", "2024-03-06", "within 24 hours")]),
    ("en", "Indonesia's Komdigi gave Temu 72 hours to register as an electronic system operator, "
     "the ministry said on Monday.",
     [("order", "Komdigi", "Temu", "2024-03-04", "72 hours")]),
    ("en", "Italy's privacy watchdog on Tuesday ordered OpenAI to stop processing the data of "
     "Italian users.",
     [("order", GARANTE, "OpenAI", "2024-03-05", None)]),
    ("en", "The CNIL issued a formal notice to Clearview AI last month, requiring the company to "
     "delete the data it had collected within two months.",
     [("order", CNIL, "Clearview AI", "2024-02", "within two months")]),
    ("en", "Kenya's communications regulator issued a cease-and-desist to Worldcoin on Friday.",
     [("order", "Communications Authority of Kenya", "Worldcoin", "2024-03-01", None)]),
    ("en", "The Texas Attorney General sent a cease-and-desist letter to Character.AI on "
     "Thursday.",
     [("order", "Texas Attorney General", "Character.AI", "2024-02-29", None)]),
    ("en", "The eSafety Commissioner issued a removal notice to X on Tuesday, requiring it "
     "to take down the video within 24 hours.",
     [("order", ESAFETY, "X", "2024-03-05", "within 24 hours")]),
    ("en", "The European Commission on Monday ordered Apple to open up its operating system to "
     "rival devices by 30 June.",
     [("order", EC, "Apple", "2024-03-04", "30 June")]),
    ("en", "Roskomnadzor blocked access to Signal on Monday, citing violations of Russian law.",
     [("block", RKN, "Signal", "2024-03-04", None)]),
    ("en", "X was blocked in Turkey on Monday by the BTK.",
     [("block", BTK, "X", "2024-03-04", None)]),
    ("en", "Discord has been inaccessible in Russia since Roskomnadzor's order on Tuesday.",
     [("block", RKN, "Discord", "2024-03-05", None)]),
    ("en", "Nepal's telecoms regulator cut off access to TikTok on Monday.",
     [("block", "Nepal Telecommunications Authority", "TikTok", "2024-03-04", None)]),
    ("en", "Pakistan's telecom authority has blocked X over what it called national security "
     "concerns.",
     [("block", "Pakistan Telecommunication Authority", "X", None, None)]),
    ("en", "Italy's data protection authority banned DeepSeek from processing Italians' data on "
     "Thursday.",
     [("order", GARANTE, "DeepSeek", "2024-02-29", None)]),
    ("en", "The Garante issued a formal warning to OpenAI over its Sora video tool on Friday.",
     [("warning", GARANTE, "OpenAI", "2024-03-01", None)]),
    ("en", "Ofcom warned 4chan on Tuesday that it would face fines if it failed to respond to "
     "the regulator's request.",
     [("warning", OFCOM, "4chan", "2024-03-05", None)]),
    ("en", "The European Commission accepted commitments from AliExpress on Tuesday to improve "
     "the transparency of its advertising.",
     [("commitment", EC, "AliExpress", "2024-03-05", None)]),
    ("en", "TikTok agreed on Monday to withdraw its Lite rewards programme from the EU in "
     "response to the European Commission's proceedings.",
     [("commitment", "TikTok", "TikTok", "2024-03-04", None)]),
    ("en", "Meta pledged to the Irish Data Protection Commission on Thursday to pause training "
     "its AI models on EU users' posts.",
     [("commitment", "Meta", "Meta", "2024-02-29", None)]),
    ("en", "The Korea Communications Commission on Tuesday ordered Google and Apple to stop "
     "forcing app developers to use their in-app payment systems.",
     [("order", "Korea Communications Commission", "Google", "2024-03-05", None),
      ("order", "Korea Communications Commission", "Apple", "2024-03-05", None)]),
    ("en", "Vietnam's communications ministry ordered telecoms firms on Monday to block "
     "Telegram.",
     [("block", VIETNAM_MIC, "Telegram",
       "2024-03-04", None)]),
    ("en", "Ofcom orders Aylo to introduce age checks within 30 days",
     [("order", OFCOM, "Aylo", None, "within 30 days")]),
    ("en", "Malaysia's MCMC issued a notice to Telegram on Friday requiring it to take down "
     "the groups within 24 hours.",
     [("order", MCMC, "Telegram", "2024-03-01", "within 24 hours")]),
    ("en", "The ACCC accepted a court-enforceable undertaking from Google on Monday over its "
     "search deals.",
     [("commitment", ACCC, "Google", "2024-03-04", None)]),
    # (the day the providers began is not the court's: its order names none)
    ("en", "Internet providers began blocking X on Saturday after an order by Brazil's Supreme "
     "Federal Court.",
     [("block", STF, "X", None, None)]),
    ("en", "The Dutch data protection authority has required Uber to delete the drivers' data "
     "by 1 May.",
     [("order", "Dutch Data Protection Authority", "Uber", None, "1 May")]),
    ("en", "Turkey's BTK blocked access to Instagram on Friday, days after a row over posts.",
     [("block", BTK, "Meta", "2024-03-01", None)]),
]

ENGLISH_TRAPS = [
    "Ofcom could order Telegram to remove the channels if it finds a breach.",
    "Turkey's BTK threatened on Monday to block Instagram unless it complied.",
    "Discord may be blocked in Russia within weeks, Roskomnadzor said on Tuesday.",
    "Opposition lawmakers called on Monday for a ban on TikTok in Nepal.",
    "Lawmakers want the European Commission to order Meta to stop its pay-or-consent model.",
    "Roskomnadzor has slowed down YouTube, with speeds falling by 70% on Monday.",
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
]

FRENCH = [
    ("fr", "La Cnil a mis en demeure Clearview AI, lundi, de cesser la collecte de données sous "
     "deux mois.",
     [("order", CNIL, "Clearview AI", "2024-03-04", "sous deux mois")]),
    ("fr", "L'Arcom a enjoint à X de retirer les contenus terroristes sous 24 heures.",
     [("order", ARCOM, "X", None, "sous 24 heures")]),
    ("fr", "Le gendarme italien de la vie privée a sommé mardi OpenAI de suspendre le traitement "
     "des données des utilisateurs italiens.",
     [("order", GARANTE, "OpenAI", "2024-03-05", None)]),
    ("fr", "L'autorité turque des télécommunications a bloqué l'accès à Instagram vendredi.",
     [("block", BTK, "Meta", "2024-03-01", None)]),
    ("fr", "Roskomnadzor a rendu YouTube inaccessible en Russie lundi.",
     [("block", RKN, "YouTube", "2024-03-04", None)]),
    ("fr", "La Commission européenne a rendu obligatoires mardi les engagements d'AliExpress.",
     [("commitment", EC, "AliExpress", "2024-03-05", None)]),
    ("fr", "L'Arcom a adressé lundi un avertissement à Kick.",
     [("warning", ARCOM, "Kick.com", "2024-03-04", None)]),
    ("fr", "Le tribunal judiciaire de Paris a ordonné mardi aux fournisseurs d'accès de bloquer "
     "xHamster.",
     [("block", None, "xHamster", "2024-03-05", None)]),
    ("fr", "La Cour suprême du Brésil a ordonné vendredi la suspension de X dans tout le pays.",
     [("block", STF, "X", "2024-03-01", None)]),
    ("fr", "Komdigi a donné 72 heures à Temu pour se mettre en conformité, a indiqué le "
     "ministère lundi.",
     [("order", "Komdigi", "Temu", "2024-03-04", "72 heures")]),
    ("fr", "Mis en demeure le 12 février par l'Arcom, Pornhub a suspendu son service en France.",
     [("order", ARCOM, "Pornhub", "2024-02-12", None)]),
    ("fr", "L'Autorité de la concurrence a prononcé mardi une injonction à l'encontre de Google, "
     "lui ordonnant de négocier de bonne foi avec les éditeurs sous trois mois.",
     [("order", "French Competition Authority", "Google", "2024-03-05", "sous trois mois")]),
    ("fr", "Le ministère vietnamien de l'Information a ordonné lundi aux opérateurs de bloquer "
     "Telegram.",
     [("block", VIETNAM_MIC, "Telegram",
       "2024-03-04", None)]),
    ("fr", "La Commission européenne a ordonné lundi à Apple de se conformer au DMA d'ici au "
     "30 juin.",
     [("order", EC, "Apple", "2024-03-04", "30 juin")]),
    ("fr", "L'Arcom a ordonné jeudi le retrait de plusieurs vidéos diffusées sur Kick.",
     [("order", ARCOM, "Kick.com", "2024-02-29", None)]),
    ("fr", "TikTok s'est engagé lundi auprès de la Commission européenne à retirer "
     "définitivement TikTok Lite Rewards de l'Union.",
     [("commitment", "TikTok", "TikTok", "2024-03-04", None)]),
    ("fr", "Le Garante a averti DeepSeek mardi qu'il s'exposait à des sanctions s'il ne "
     "répondait pas sous 20 jours.",
     [("warning", GARANTE, "DeepSeek", "2024-03-05", None)]),
    ("fr", "Sommée par la Cnil de cesser de collecter les données de ses utilisateurs, la "
     "société Yubo a modifié son application mardi.",
     [("order", CNIL, "Yubo", None, None)]),
    ("fr", "L'Ofcom a exigé lundi de Telegram qu'il retire les canaux sous 48 heures.",
     [("order", OFCOM, "Telegram", "2024-03-04", "sous 48 heures")]),
    ("fr", "Le commissaire australien eSafety a donné 24 heures à X pour retirer les vidéos de "
     "l'attaque.",
     [("order", ESAFETY, "X", None, "24 heures")]),
    ("fr", "La Commission européenne a accepté mardi les engagements de Microsoft concernant "
     "Teams.",
     [("commitment", EC, "Microsoft", "2024-03-05", None)]),
    ("fr", "Le gendarme turc des télécoms a coupé l'accès à Discord mercredi.",
     [("block", BTK, "Discord", "2024-03-06", None)]),
    ("fr", "Par une décision du 4 mars, le Garante a interdit à Replika de traiter les données "
     "des utilisateurs italiens.",
     [("order", GARANTE, "Luka", "2024-03-04", None)]),
    ("fr", "Le régulateur des télécoms pakistanais a bloqué X samedi, invoquant la sécurité "
     "nationale.",
     [("block", "Pakistan Telecommunication Authority", "X", "2024-03-02", None)]),
    ("fr", "L'Arcom a mis en demeure mardi Pornhub de mettre en place une vérification de l'âge "
     "sous quinze jours, sous astreinte de 5 000 euros par jour de retard.",
     [("order", ARCOM, "Pornhub", "2024-03-05", "sous quinze jours"),
      ("warning", ARCOM, "Pornhub", "2024-03-05", None)]),
    ("fr", "Telegram est inaccessible au Vietnam depuis la décision du ministère vietnamien de "
     "l'Information, lundi.",
     [("block", VIETNAM_MIC, "Telegram",
       "2024-03-04", None)]),
    ("fr", "La Cnil a prononcé le 15 février une mise en demeure à l'encontre de Criteo.",
     [("order", CNIL, "Criteo", "2024-02-15", None)]),
    ("fr", "Bloqué depuis lundi par Roskomnadzor, Viber n'est plus accessible en Russie.",
     [("block", RKN, "Viber", "2024-03-04", None)]),
    ("fr", "L'Arcom a adressé un rappel à l'ordre à TikTok mardi après la diffusion de "
     "contenus violents.",
     [("warning", ARCOM, "TikTok", "2024-03-05", None)]),
    ("fr", "Le régulateur kényan des communications a ordonné vendredi à Worldcoin de suspendre "
     "ses activités dans le pays.",
     [("order", "Communications Authority of Kenya", "Worldcoin", "2024-03-01", None)]),
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
