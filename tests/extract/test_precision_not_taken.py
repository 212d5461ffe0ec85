"""Hard negatives: steps that did not happen, or are not a public body's step against a platform
(issue 3 point 4, guideline 4; task P7). Invented sentences in the wording of wire reports and
official releases, English and French, written before measuring; each names the steps a careful
analyst may record (usually none). "A wrong fact is worse than a missing one."

Classes: modality (threats, possibilities, plans, questions, counterfactuals), negation and
closures, steps by the platform, by complainants or by MPs, courts undoing a regulator's
decision, general laws and guidance to a whole sector, and a step reported in another's type.
"""

from __future__ import annotations

import pytest

EC, CNIL, ARCOM = "European Commission", "CNIL", "Arcom"
ESAFETY, ICO = "eSafety Commissioner", "Information Commissioner's Office"

# (text, steps allowed as facts: {(type, actor)}); every factual step must be one of them.
EN_MODALITY = [
    "Meta could face fines of up to 6% of its global turnover if the Commission finds it in "
    "breach of the Digital Services Act.",
    "TikTok risks a fine of up to 10% of its annual turnover under the Digital Markets Act.",
    "The European Commission is expected to fine Apple in the coming weeks, people familiar "
    "with the matter said.",
    "Brussels is set to fine Meta over its pay-or-consent model.",
    "Ofcom plans to open an investigation into the forum later this month.",
    "The ICO is preparing to issue a fine against TikTok over its use of children's data.",
    "The CMA intends to launch a formal investigation into Google's search advertising.",
    "The FTC threatened to sue Amazon over its Prime cancellation process.",
    "The Commission may open formal proceedings against Temu in the coming months.",
    "A spokesperson said the Commission would not hesitate to impose fines on X.",
    "Google would have to pay up to $5 billion if found guilty.",
    "If found in breach, Meta could be fined up to 4% of its global annual turnover.",
    "Had the Commission opened proceedings earlier, TikTok would have faced a fine.",
    "Ofcom said it was considering whether to open an investigation into Telegram.",
    "The ACCC is weighing legal action against Google over its search deals.",
    "The Commission has yet to decide whether to fine Apple.",
    "Regulators are likely to investigate TikTok's new feature.",
    "The ICO is due to announce its decision on a fine against Snap next month.",
    "Officials are expected to decide by June whether to sue Google.",
    "TikTok faces a possible ban in the United States.",
    "The FTC could seek penalties of up to $50,120 per violation from Amazon.",
    "If Meta fails to comply, the Commission may impose periodic penalty payments.",
    "The Commission is set to fine Apple on Monday, and to order it to change its rules.",
    "The Commission has not fined Apple and Google.",
    "The Commission will not fine Temu and Ofcom has not opened an investigation either.",
]
EN_HEADLINES = [
    "Will Brussels fine X over disinformation?",
    "Could Ofcom ban Telegram in the UK?",
    "Is the EU about to open a probe into Shein?",
]
EN_NEGATED = [
    "The regulator has not opened an investigation into Snapchat.",
    "The ICO declined to investigate the complaint against TikTok.",
    "The CMA closed its probe into Amazon without taking any action.",
    "The FTC has never fined Microsoft over its Xbox privacy practices.",
    "No fine has been imposed on X so far.",
    "The Irish Data Protection Commission dropped its inquiry into Google's location data.",
    "Apple was not fined.",
    "The watchdog stopped short of fining Meta.",
    "Ofcom said it had decided not to open an investigation into the platform.",
    "Snap said it had received no request for information from the Commission.",
]
EN_NOT_THE_BODY = [
    "Meta said it would appeal the decision.",
    "Apple appealed against the decision in the General Court.",
    "X sued the regulator in federal court, arguing the order violated free speech.",
    "TikTok agreed to pay $92 million to settle a class action brought by users.",
    "Google agreed to pay $700 million to settle a lawsuit brought by consumers.",
    "The privacy group noyb filed a complaint against Meta with the Austrian data protection "
    "authority.",
    "Consumer groups asked the Commission to investigate Shein's pricing practices.",
    "Several MPs called on Ofcom to fine X over content linked to the riots.",
    "The minister urged the Commission to take action against TikTok.",
    "Lawmakers are pushing for a ban on TikTok.",
    "The minister wants the Commission to open an investigation into Shein.",
    "Calls are growing for Ofcom to ban X.",
    "Pressure is mounting for the EU to fine Meta.",
    "The General Court on Wednesday annulled the Commission's decision against Google.",
    "A court in Brasilia suspended the regulator's order against X.",
    "Amazon said it disagreed with the decision and would appeal.",
    "The company challenged the order before the Federal Court.",
    "Google is appealing against the fine in the EU courts.",
    "Microsoft told the Commission it would unbundle Teams from Office.",
]
EN_GENERAL = [
    "The Digital Services Act's obligations for very large online platforms came into force "
    "on 25 August 2023.",
    "The bill would require platforms to verify users' ages.",
    "The Commission published its annual report on the enforcement of the Digital Services Act.",
    "The UK government published a white paper on online harms.",
    # a power is no step
    "The DSA allows the Commission to fine Meta up to 6% of its turnover.",
]
FR_MODALITY = [
    "Meta pourrait écoper d'une amende allant jusqu'à 6 % de son chiffre d'affaires mondial.",
    "TikTok s'expose à une amende pouvant atteindre 10 % de son chiffre d'affaires.",
    "La Commission européenne envisage d'ouvrir une enquête sur Temu.",
    "La CNIL compte sanctionner Criteo d'ici la fin de l'année.",
    "L'Arcom n'exclut pas de saisir la justice contre Pornhub.",
    "L'Autorité de la concurrence devrait infliger une amende à Apple dans les prochaines "
    "semaines.",
    "Bruxelles s'apprête à sanctionner Meta pour son modèle « payer ou consentir ».",
    "La Commission entend ouvrir une procédure formelle contre X avant l'été.",
    "Si elle était reconnue coupable, Amazon risquerait une amende de plusieurs milliards.",
    "La DGCCRF pourrait prononcer une amende contre Shein.",
    "Le ministre a dit réfléchir à une interdiction de TikTok.",
    "L'Arcom pourrait mettre en demeure Telegram dans les prochains jours.",
    "La Commission prévoit d'adresser une demande d'informations à Shein.",
    "Le gouvernement projette d'interdire TikTok aux moins de 15 ans.",
    "Une enquête pourrait être ouverte contre Telegram dans les prochains jours.",
    "TikTok risque l'interdiction aux États-Unis.",
    "Selon Le Monde, la Commission s'apprêterait à infliger une amende à Apple.",
    "La Commission aurait pu sanctionner Meta dès 2023.",
    "L'enquête visant X, si elle était ouverte, serait la première du genre.",
    "La CNIL n'a pas encore décidé si elle sanctionnerait TikTok.",
    "La CNIL est susceptible d'infliger une amende à Google.",
    "L'Arcom se dit prête à saisir la justice contre X.",
]
FR_HEADLINES = [
    "Bruxelles va-t-elle sanctionner X ?",
    "Faut-il interdire TikTok ?",
    "L'Arcom peut-elle bloquer Telegram ?",
]
FR_NEGATED = [
    "Le gouvernement n'a pas sanctionné Shein à ce stade.",
    "La CNIL a classé sans suite la plainte visant Google.",
    "Le régulateur n'a ouvert aucune enquête sur Telegram.",
    "La justice a refusé d'ordonner le blocage du site de Shein.",
    "Aucune sanction n'a été prononcée contre TikTok.",
    "La Commission a renoncé à infliger une amende à Microsoft.",
    "La CNIL a clôturé la procédure visant Criteo sans prononcer de sanction.",
    "La CNIL n'a pas sanctionné Google et Meta.",
]
FR_NOT_THE_BODY = [
    "Meta a fait appel de la décision devant le Conseil d'État.",
    "Google a contesté l'amende devant la cour d'appel de Paris.",
    "X a assigné l'Arcom devant le tribunal administratif.",
    "Apple a accepté de payer 95 millions de dollars pour mettre fin à une action collective.",
    "L'association noyb a déposé une plainte contre Meta auprès de la CNIL.",
    "Plusieurs ONG ont demandé à la CNIL d'enquêter sur Shein.",
    "Des députés ont appelé la Commission européenne à suspendre TikTok.",
    "La ministre a réclamé des sanctions contre X.",
    "Le ministre souhaite que la Commission ouvre une enquête sur Shein.",
    "Des députés exigent que Bruxelles sanctionne X.",
    "Le tribunal administratif a suspendu la décision de l'Arcom.",
    "La cour d'appel a annulé la décision de l'Autorité de la concurrence visant Google.",
    "Le rapport de la commission d'enquête parlementaire recommande d'interdire TikTok aux "
    "mineurs.",
    "TikTok a annoncé qu'il allait faire appel de l'amende.",
    "Shein a indiqué qu'elle contesterait l'amende.",
    "Le Conseil d'État a rejeté le recours de Google contre la sanction.",
]
FR_GENERAL = [
    "La loi sur les services numériques est entrée en vigueur le 17 février 2024.",
    "Le décret impose désormais à toutes les plateformes de vérifier l'âge des utilisateurs.",
    "Le Sénat a rejeté la proposition de loi visant à interdire les réseaux sociaux aux mineurs.",
    "Le gouvernement a annoncé qu'il présenterait un projet de loi à l'automne.",
    "Les nouvelles obligations du DSA s'appliquent à toutes les plateformes depuis février.",
    "Le DSA permet à la Commission d'infliger à Meta une amende allant jusqu'à 6 %.",
    "La loi donne à l'Arcom le pouvoir de bloquer les sites comme Pornhub.",
]
# A step of one type reported with the words of another, or a real step beside a denied one.
EN_OTHER_TYPE: list[tuple[str, set[tuple[str, str]]]] = [
    ("eSafety warned X it could face fines of up to A$782,500 a day if it failed to comply.",
     {("warning", ESAFETY)}),
    ("The ICO did not issue a fine, opting instead for a reprimand.", {("warning", ICO)}),
]
FR_OTHER_TYPE: list[tuple[str, set[tuple[str, str]]]] = [
    ("L'Arcom a averti X qu'il s'exposait à une amende de 6 % de son chiffre d'affaires.",
     {("warning", ARCOM)}),
    ("Bruxelles a menacé de suspendre X dans l'Union européenne.", {("warning", EC)}),
    ("La Commission n'a pas infligé d'amende à X, préférant rendre contraignants ses "
     "engagements.", {("commitment", EC)}),
    ("La CNIL a publié des recommandations à destination de l'ensemble des éditeurs "
     "d'applications mobiles.", {("statement", CNIL)}),
]

CASES = ([(t, "en", set()) for t in EN_MODALITY + EN_NEGATED + EN_NOT_THE_BODY + EN_GENERAL]
         + [(t, "fr", set()) for t in FR_MODALITY + FR_NEGATED + FR_NOT_THE_BODY + FR_GENERAL]
         + [(t, "en", allowed) for t, allowed in EN_OTHER_TYPE]
         + [(t, "fr", allowed) for t, allowed in FR_OTHER_TYPE])


@pytest.mark.parametrize(("text", "language", "allowed"), CASES)
def test_no_step_that_did_not_happen(labelled, text, language, allowed):
    found = {(kind, actor) for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found <= allowed


@pytest.mark.parametrize(("headline", "language"),
                         [(h, "en") for h in EN_HEADLINES] + [(h, "fr") for h in FR_HEADLINES])
def test_a_question_in_a_headline_is_no_step(labelled, headline, language):
    body = "The platform did not comment." if language == "en" else "La plateforme n'a pas réagi."
    assert labelled(f"{headline}\n\n{body}", language) == set()
