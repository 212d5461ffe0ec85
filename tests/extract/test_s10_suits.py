"""Lawsuits and charges brought by authorities, phrased the way wire services, newspapers
and official releases phrase them (issue 3, session 10, helper "suits").

Corpus guideline 4: "court proceedings brought by an authority = `lawsuit`". A body asking a
court for a measure has brought a suit; the measure (a fine, a block, an order) is only its aim
and is no fact. Not annotated: threats and plans to sue, suits by companies or private
plaintiffs, a suit dismissed or settled, appeals, and rulings of the court itself.
"""

from __future__ import annotations

import pytest

FTC, DOJ = "Federal Trade Commission", "US Department of Justice"
ESAFETY, ACCC = "eSafety Commissioner", "Australian Competition and Consumer Commission"
RKN, ARCOM, OFCOM = "Roskomnadzor", "Arcom", "Ofcom"
TX, NM, UT = "Texas Attorney General", "New Mexico Attorney General", "Utah Attorney General"
KY, NV, VT = "Kentucky Attorney General", "Nevada Attorney General", "Vermont Attorney General"
MI = "Michigan Attorney General"

# (language, sentence, actor, target): the authority's suit against the platform. Each
# gave no suit before (issue 3, session 10): the measure asked of a court cut the suit's
# clause, or no cue read the phrasing.
SUITS = [
    ("en", "Roskomnadzor asked a Moscow court on Monday to fine Meta.", RKN, "Meta"),
    ("en", "Arcom asked a Paris court on Tuesday to block Pornhub.", ARCOM, "Pornhub"),
    ("en", "Ofcom asked a court on Tuesday to order internet providers to block Pornhub.",
     OFCOM, "Pornhub"),
    ("en", "Roskomnadzor petitioned a Moscow court on 3 March to fine Twitch for failing to "
           "remove banned content.", RKN, "Twitch"),
    ("en", "In a lawsuit filed on Friday, the Utah Attorney General accused Snap of harming "
           "children's mental health.", UT, "Snap"),
    ("en", "The FTC sued on Thursday to block Microsoft's acquisition of Activision Blizzard.",
     FTC, "Microsoft"),
    ("en", "Ofcom applied to the High Court on Friday for an order requiring providers to block "
           "Pornhub.", OFCOM, "Pornhub"),
    ("fr", "Roskomnadzor a demandé lundi à un tribunal de Moscou d'infliger une amende à Meta.",
     RKN, "Meta"),
    ("fr", "L'Arcom a demandé mardi à la justice d'ordonner le blocage de xHamster.",
     ARCOM, "xHamster"),
    ("fr", "Le Bureau de la concurrence a déposé jeudi une requête devant le Tribunal de la "
           "concurrence contre Google.", "Competition Bureau Canada", "Google"),
    ("fr", "Poursuivi en justice lundi par la FTC, Amazon dément toute pratique trompeuse.",
     FTC, "Amazon"),
    ("fr", "L'ACCC a lancé une procédure judiciaire contre Microsoft le 27 octobre devant la Cour "
           "fédérale.", ACCC, "Microsoft"),
    ("fr", "Le ministère américain de la Justice a inculpé Binance jeudi pour blanchiment.",
     DOJ, "Binance"),
    ("fr", "La FTC a déposé jeudi une plainte contre Microsoft pour bloquer le rachat "
           "d'Activision Blizzard.", FTC, "Microsoft"),
    ("fr", "Par une requête déposée le 14 mai, l'Arcom demande au tribunal judiciaire de Paris de "
           "bloquer Stripchat.", ARCOM, "Stripchat"),
    ("en", "In a complaint filed in federal court on Tuesday, the FTC said Amazon had tricked "
           "users.", FTC, "Amazon"),
    ("fr", "Le gouvernement a demandé mardi au tribunal judiciaire de Paris de suspendre Shein "
           "pour trois mois.", "French government", "Shein"),
    ("en", "The Justice Department is asking a judge to force Google to sell its Chrome browser.",
     DOJ, "Google"),
    ("en", "Roskomnadzor asked a Moscow court earlier this week to fine Google for failing to "
           "delete banned videos.", RKN, "Google"),
    ("en", "The eSafety Commissioner has asked the Federal Court to impose a penalty on X Corp.",
     ESAFETY, "X"),
    ("en", "Brazil's Federal Public Prosecutor's Office asked a federal court on Monday to "
           "suspend Rumble.", "Federal Public Prosecutor's Office of Brazil", "Rumble"),
    ("en", "Arcom petitioned the Paris judicial court on 14 May to order internet providers to "
           "block xHamster and Stripchat.", ARCOM, "Stripchat"),
    ("fr", "Roskomnadzor a saisi mercredi un tribunal de Moscou afin d'infliger une amende à "
           "Google.", RKN, "Google"),
    ("fr", "La DGCCRF a demandé le 3 mars au tribunal de commerce de Paris de suspendre Shein.",
     "DGCCRF", "Shein"),
    ("fr", "Le procureur général du Texas a demandé à un juge d'ordonner à Meta de cesser la "
           "collecte de données biométriques.", TX, "Meta"),
]

# Sentences that state no new step of an authority: each must give no action at all.
EMPTY = [
    ("en", "Meta could face legal action from the Texas Attorney General over its biometric data "
           "practices."),
    ("en", "The New Mexico Attorney General plans to file a lawsuit against Snap next month."),
    ("en", "X Corp sued the eSafety Commissioner in the Federal Court on Monday."),
    ("en", "A federal judge on Tuesday dismissed the Federal Trade Commission's lawsuit against "
           "Meta."),
    ("en", "Parents filed a class action against TikTok in California on Monday."),
    ("en", "The Federal Court on Friday ruled in favour of X Corp in its challenge to the eSafety "
           "Commissioner's notice."),
    ("en", "The FTC said it may sue Microsoft if the deal goes ahead."),
    ("en", "Apple filed a lawsuit against the European Commission at the General Court on "
           "Wednesday, contesting its fine."),
    ("en", "Meta appealed on Thursday against the ruling in the FTC's lawsuit."),
    ("en", "Lawmakers urged the Justice Department on Tuesday to sue TikTok."),
    ("en", "The Justice Department is weighing a lawsuit against Apple, people familiar with the "
           "matter said."),
    ("en", "The Federal Court dismissed the ACCC's case against Google on Friday."),
    ("en", "The European Commission could take Meta to the Court of Justice."),
    ("en", "Meta was sued by a group of teenagers on Monday."),
    ("en", "Google said on Monday it would sue the Competition Bureau over the ruling."),
    ("en", "A Moscow court on Thursday rejected Roskomnadzor's lawsuit against Google."),
    ("fr", "Le tribunal a rejeté mardi la plainte de la DGCCRF contre Shein."),
    ("fr", "TikTok pourrait faire l'objet de poursuites de la part du procureur général du "
           "Texas."),
    ("fr", "Le procureur général de l'Utah envisage de porter plainte contre Snap."),
    ("fr", "X Corp a assigné la commissaire à la sécurité en ligne en justice lundi."),
    ("fr", "Le tribunal a débouté mardi la FTC de sa plainte contre Meta."),
    ("fr", "Des parents ont déposé une action collective contre TikTok en Californie lundi."),
    ("fr", "Meta a fait appel jeudi du jugement rendu en faveur de la FTC."),
    ("fr", "Des élus ont appelé mardi le ministère américain de la Justice à poursuivre TikTok."),
    ("fr", "Google a saisi le Conseil d'État lundi pour contester l'amende de la CNIL."),
    ("fr", "Le procureur général du Texas pourrait saisir la justice contre Roblox dans les "
           "prochains jours."),
    ("fr", "Amazon a annoncé lundi qu'il poursuivrait la FTC en justice."),
    ("fr", "L'Arcom n'exclut pas de saisir la justice contre xHamster."),
    ("fr", "Le ministère américain de la Justice n'a pas encore décidé s'il poursuivra Apple."),
    ("en", "Meta asked a federal court on Monday to block the FTC from reopening its privacy "
           "order."),
    ("en", "TikTok asked a court on Friday to halt the Utah Attorney General's lawsuit."),
    ("en", "The FTC could ask a court to block the deal."),
    ("en", "The FTC is expected to ask a judge to block Microsoft's purchase."),
    ("en", "The judge asked the FTC to file new evidence against Meta."),
    ("fr", "Google a saisi mercredi le tribunal administratif contre la décision de la CNIL."),
    ("fr", "X Corp a saisi lundi un tribunal australien contre la commissaire à la sécurité en "
           "ligne."),
    ("fr", "Shein a demandé mardi au tribunal de rejeter la demande du gouvernement."),
    ("fr", "Le parquet a requis la relaxe de Telegram."),
    ("fr", "L'Arcom pourrait demander au tribunal de bloquer Pornhub."),
    ("fr", "Des associations ont demandé lundi à la justice de suspendre TikTok."),
    ("fr", "Le parquet de Paris a requis mardi une amende de 500 000 euros contre Google."),
    ("fr", "Le parquet de Milan a requis deux ans de prison contre les dirigeants de Meta."),
    ("fr", "Telegram a été mis en examen à Paris mercredi."),
]

# A threat to sue may be a warning (guideline 4: stated consequences), but never a suit.
NO_SUIT = [
    ("en", "The FTC threatened to sue Amazon if it did not change its cancellation process."),
    ("fr", "La FTC menace de poursuivre Amazon en justice si le groupe ne modifie pas ses "
           "abonnements."),
    ("en", "If it does not comply, TikTok would be taken to court by the Utah Attorney General."),
    ("fr", "La DGCCRF et Shein ont conclu mardi un accord qui met fin aux poursuites."),
    ("en", "The Texas Attorney General settled its lawsuit against Google on Friday."),
]

MEASURES = {"fine", "block", "order"}


def _title(language: str) -> str:
    return "Actualité" if language == "fr" else "Update"


@pytest.mark.parametrize(("language", "text", "actor", "target"), SUITS,
                         ids=range(len(SUITS)))
def test_an_authority_suit_is_a_lawsuit(labelled, language, text, actor, target):
    steps = labelled(_title(language) + "\n\n" + text + "\n", language)
    assert ("lawsuit", actor, (target,)) in steps


@pytest.mark.parametrize(("language", "text", "actor", "target"), SUITS,
                         ids=range(len(SUITS)))
def test_regression_the_measure_asked_of_a_court_is_no_fact(labelled, language, text, actor,
                                                            target):
    steps = labelled(_title(language) + "\n\n" + text + "\n", language)
    assert not {s for s in steps if s[0] in MEASURES}


@pytest.mark.parametrize(("language", "text"), EMPTY, ids=range(len(EMPTY)))
def test_no_step_of_an_authority_gives_no_action(labelled, language, text):
    assert not labelled(_title(language) + "\n\n" + text + "\n", language)


@pytest.mark.parametrize(("language", "text"), NO_SUIT, ids=range(len(NO_SUIT)))
def test_a_threat_or_settlement_is_no_suit(labelled, language, text):
    steps = labelled(_title(language) + "\n\n" + text + "\n", language)
    assert not {s for s in steps if s[0] == "lawsuit"}
