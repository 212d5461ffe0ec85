"""Hard negatives: steps reported as rumours or drafts, still to come, hypothetical, recaps of the
law, denied, closed or clearing, taken by another actor or against no platform (issue 3 point 4,
guideline 4; task P9). Invented sentences in the wording of wire reports and official releases,
English and French, written with their answers before measuring; each names no step a careful
analyst records ("A wrong fact is worse than a missing one").

On the guideline: "closing of proceedings" is not annotated, and a finding that clears the
platform ("found that TikTok had never acted unlawfully") is how a probe closes, not a
"non-sanctioning final finding" of a breach; a court ruling on a platform's appeal is a step
of neither the regulator nor against the platform; a step against a hospital, a shop or a person
is aimed at no platform.
"""

from __future__ import annotations

import pytest

EN_RUMOURS = [
    "The European Commission is poised to fine Apple over its App Store rules, people familiar "
    "with the matter said.",
    "Brussels is preparing to hit Meta with a fine, two people with knowledge of the matter "
    "told Reuters.",
    "The Commission is on course to open a probe into Shein as early as next week, according "
    "to sources.",
    "EU regulators are gearing up to charge Microsoft over Teams, sources said.",
    "According to a draft decision seen by Reuters, the Commission will order Apple to open up "
    "its NFC chip.",
    "A draft of the decision shows Brussels intends to fine Google about €2 billion.",
    "The FTC is reportedly preparing to sue Amazon in the coming weeks.",
    "Ofcom is understood to be preparing an investigation into Telegram.",
    "The Commission is readying a fine against Apple.",
]
EN_FUTURE = [
    "Ofcom will open an investigation into the forum on Monday.",
    "The Commission will adopt its decision against Meta on 25 March.",
    "The CMA is due to publish its provisional findings on Google in June.",
    "The regulator is expected to issue its final decision on TikTok next month.",
]
EN_HYPOTHETICAL = [
    "Should TikTok fail to comply, it faces fines of up to 6% of its global turnover.",
    "Were the Commission to find a breach, Meta could be fined up to 10% of its turnover.",
    "In the event of non-compliance, X may be subject to periodic penalty payments.",
    "Any breach could lead to a fine of up to £18 million or 10% of global revenue.",
]
EN_LAW = [
    "Under the Digital Services Act, the Commission can impose fines of up to 6% of a "
    "platform's global turnover.",
    "The Online Safety Act gives Ofcom the power to fine companies up to £18 million.",
    "Fines under the GDPR can reach 4% of a company's annual global turnover.",
    "Platforms that breach the rules face fines of up to 6% of their turnover.",
    "All very large online platforms must assess the systemic risks of their services.",
]
EN_DENIED = [
    "TikTok has not been fined by the Commission.",
    "Meta has never been investigated by the Irish regulator over the feature.",
    "No fine was imposed on Snap.",
    "No investigation has been opened into the platform.",
    "No action was taken against Google.",
    "X was not ordered to remove the posts.",
    "The company has so far escaped a fine.",
    # a negated perfect shared by a coordinated participle
    "The Commission has not fined Apple or ordered it to change its rules.",
    "The Commission has not opened an investigation and fined Apple.",
]
EN_CLOSED = [
    "The ICO found that TikTok had never acted unlawfully.",
    "The CMA found no evidence that Google had breached competition law.",
    "The CMA found that Google had not breached the law.",
    "The Commission found that Meta was not in breach of the DSA.",
    "The Commission closed its investigation into Apple without finding a breach.",
    "The Irish Data Protection Commission concluded that Meta had not infringed the GDPR.",
    "The FTC dropped its case against Meta.",
    "The Commission abandoned its probe into Amazon's marketplace after the company changed its "
    "practices.",
    "The regulator ended its inquiry into Snapchat with no further action.",
    "Ofcom cleared TikTok of any wrongdoing.",
    "The Commission has closed the proceedings against TikTok Lite.",
    "The ACCC decided not to take legal action against Google.",
]
EN_OTHERS = [
    "The minister welcomed the decision.",
    "An MEP urged the Commission to open a probe into Temu.",
    "X sued the eSafety Commissioner in the Federal Court over the removal notice.",
    "Meta took the Commission to court over the fee.",
    "The General Court annulled the fine.",
    "The Court of Justice dismissed Google's appeal.",
    "Apple lost its appeal against the €13 billion tax ruling.",
    "A US judge blocked the Texas law on Thursday.",
    "The court overturned the CNIL's fine against Google.",
    "Consumer groups filed a complaint with the Commission against Temu.",
    "noyb has lodged complaints against OpenAI in Austria.",
    "TikTok filed a lawsuit against the state of Montana.",
    "Campaigners urged Ofcom to act against the site.",
    "Lawmakers called on the FTC to investigate TikTok.",
    "Critics warned that TikTok could be banned.",
]
EN_OTHER_TARGETS = [
    "The CNIL fined a hospital group €800,000 over a data breach.",
    "The FTC sued a Texas car dealership for deceptive advertising.",
    "Police arrested the Telegram founder Pavel Durov at an airport near Paris.",
    "The ICO fined a Welsh pharmacy £80,000 for sending spam texts.",
]
EN_PLATFORM = [
    "The ICO has not yet acted, while other regulators have fined TikTok.",
    "TikTok paused the feature in the EU.",
    "Meta said it would comply with the decision.",
    "Google has until 6 May to respond.",
    "TikTok has suspended its rewards programme in France and Spain.",
    "TikTok settled a class action brought by parents for $92 million.",
    "Google settled the lawsuit with the publishers out of court.",
]
FR_RUMOURS = [
    "Selon nos informations, la Commission européenne s'apprête à infliger une amende à Apple.",
    "D'après plusieurs sources, Bruxelles serait sur le point d'ouvrir une enquête sur Shein.",
    "La CNIL préparerait une sanction contre Google, selon Les Echos.",
    "Un projet de décision consulté par l'AFP prévoit une amende de 500 millions d'euros contre "
    "Meta.",
    "L'Arcom devrait mettre en demeure Telegram dans les prochains jours, selon une source proche "
    "du dossier.",
    "Bruxelles se prépare à sanctionner X, a-t-on appris de source proche du dossier.",
]
FR_FUTURE = [
    "La Commission ouvrira lundi une enquête sur Temu.",
    "L'Autorité de la concurrence rendra sa décision sur Apple le 15 avril.",
    "La CNIL doit se prononcer sur la sanction de Criteo en juin.",
]
FR_HYPOTHETICAL = [
    "Si TikTok ne se conforme pas, il s'expose à une amende de 6 % de son chiffre d'affaires.",
    "En cas de manquement, X encourt des astreintes journalières.",
    "Faute de réponse, Meta pourrait être sanctionné.",
    "Au cas où Shein ne retirerait pas les produits, la DGCCRF pourrait ordonner le "
    "déréférencement.",
]
FR_LAW = [
    "Le DSA prévoit des amendes pouvant aller jusqu'à 6 % du chiffre d'affaires mondial.",
    "Le RGPD permet aux autorités d'infliger des amendes allant jusqu'à 4 % du chiffre "
    "d'affaires.",
    "Les plateformes qui enfreignent le règlement encourent une amende de 6 % de leur chiffre "
    "d'affaires.",
    "La loi oblige les plateformes à vérifier l'âge de leurs utilisateurs.",
]
FR_DENIED = [
    "TikTok n'a pas été sanctionné par la Commission.",
    "Meta n'a jamais fait l'objet d'une enquête de la CNIL sur ce point.",
    "Aucune amende n'a été infligée à Snap.",
    "Aucune enquête n'a été ouverte sur la plateforme.",
    "La procédure s'est achevée sans sanction pour Google.",
    "X a échappé à une amende.",
    "La CNIL n'a pas sanctionné Google et ouvert une enquête.",
]
FR_CLOSED = [
    "La CNIL a clos la procédure visant Apple sans sanction.",
    "La Commission a renoncé à poursuivre Amazon.",
    "L'Autorité de la concurrence a abandonné les poursuites contre Google.",
    "La CNIL a estimé que TikTok n'avait pas enfreint le RGPD.",
    "La CNIL n'a relevé aucun manquement de la part de Meta.",
    "La CNIL a constaté qu'aucun manquement ne pouvait être reproché à Google.",
    "L'enquête n'a pas permis d'établir de manquement de la part de Meta.",
    "La Commission a clôturé l'enquête sur TikTok Lite.",
    "Le parquet a classé sans suite l'enquête visant X.",
]
FR_OTHERS = [
    "Le ministre s'est félicité de la décision.",
    "Un eurodéputé a appelé la Commission à ouvrir une enquête sur Temu.",
    "X a saisi le Conseil d'État pour contester la décision de l'Arcom.",
    "Meta a attaqué la Commission devant le Tribunal de l'Union européenne.",
    "Le Tribunal de l'Union européenne a annulé l'amende.",
    "La Cour de justice a rejeté le pourvoi de Google.",
    "Le Conseil d'État a annulé la sanction de la CNIL contre Google.",
    "La cour d'appel de Paris a réduit l'amende infligée à Apple.",
    "Des associations ont déposé plainte contre TikTok devant le tribunal judiciaire de Paris.",
    "La Quadrature du Net a saisi la CNIL d'une plainte contre Amazon.",
    "TikTok a assigné l'État du Montana en justice.",
    "Des associations ont exhorté l'Arcom à agir contre Pornhub.",
    "Des députés exigent que TikTok cesse de proposer le programme.",
    "Le ministre souhaite que TikTok cesse de proposer le programme.",
    "Le ministre demande que la Commission ouvre une enquête sur Shein.",
]
FR_OTHER_TARGETS = [
    "La CNIL a infligé une amende de 800 000 euros à un groupe hospitalier.",
    "La DGCCRF a sanctionné un garagiste pour pratiques commerciales trompeuses.",
    "Le fondateur de Telegram, Pavel Durov, a été mis en examen à Paris.",
    "La CNIL a sanctionné une commune pour vidéosurveillance excessive.",
]
FR_PLATFORM = [
    "Contrairement à la France, qui a sanctionné Google en 2021, les Pays-Bas n'ont pas agi.",
    "L'Espagne n'a pas encore agi, alors que d'autres régulateurs ont sanctionné TikTok.",
    "TikTok a suspendu la fonctionnalité dans l'Union européenne.",
    "Meta a indiqué qu'elle se conformerait à la décision.",
    "Google a jusqu'au 6 mai pour répondre.",
    "TikTok a conclu un accord amiable avec des parents pour 92 millions de dollars.",
    "Google a transigé avec les éditeurs de presse.",
]
# A second batch, written before measuring: denials of reports, decisions not to act, a step
# that would be a first, suits by the platform or by private parties, and a platform's own
# suspension of a user's account (tests/sweep 816: "dont le compte Google Ads avait été
# suspendu" is no block of Google).
EN_SECOND = [
    "Meta sued the FTC on Monday to stop it from reopening the case.",
    "X has taken Australia's eSafety Commissioner to court.",
    "Google won its appeal against the €4.3 billion fine.",
    "The Commission said it had no plans to fine Apple.",
    "The ICO said it would not be taking further action against Snap.",
    "Ofcom said there were no grounds to open an investigation into the site.",
    "The DPC said it had concluded its inquiry and found no infringement by TikTok.",
    "Epic Games sued Apple in 2020.",
    "The European Parliament voted to call for a ban on TikTok.",
    "Former regulators have said the Commission should fine Meta.",
    "Shareholders sued Meta over the privacy scandal.",
    "The fine, if confirmed, would be the largest ever imposed under the DSA.",
    "It would be the first time the Commission fines a company under the DMA.",
    "Ofcom has received complaints about the site but has not opened an investigation.",
    "No decision has been taken on whether to fine Meta, a spokesperson said.",
    "The probe was closed in 2023 without any finding of wrongdoing.",
    "Rumours that Ofcom would fine 4chan were denied by the regulator.",
    "The Commission denied reports that it was about to fine Apple.",
    "The Commission dismissed as speculation reports of an imminent fine against Apple.",
    "The Commission has no intention of banning TikTok, a spokesperson said.",
    "The regulator said it had decided against fining the company.",
    "The FTC voted 3-2 against suing Microsoft.",
    "Meta suspended the accounts of several journalists.",
    "The government blocked Telegram accounts linked to the protests.",
]
FR_SECOND = [
    "La Commission a démenti les informations selon lesquelles elle s'apprêtait à sanctionner "
    "Apple.",
    "Aucune décision n'a été prise quant à une éventuelle sanction contre Meta.",
    "L'amende, si elle était confirmée, serait la plus lourde jamais infligée au titre du DSA.",
    "Ce serait la première fois que la Commission sanctionne une entreprise au titre du DMA.",
    "Meta a saisi la justice pour empêcher la Commission de publier sa décision.",
    "La CNIL a indiqué qu'elle ne donnerait pas suite à la plainte visant Snap.",
    "L'Arcom a estimé qu'il n'y avait pas lieu d'engager une procédure contre le site.",
    "La DPC irlandaise a clos son enquête sans relever d'infraction de la part de TikTok.",
    "Le Parlement européen a voté une résolution appelant à interdire TikTok.",
    "Des actionnaires ont poursuivi Meta en justice.",
    "D'anciens régulateurs estiment que la Commission devrait sanctionner Meta.",
    "L'Arcom a reçu des signalements sur le site mais n'a pas ouvert d'enquête.",
    "Le projet de sanction a été transmis à Google, qui a un mois pour répondre.",
    "L'Autorité de la concurrence a rejeté la demande de mesures conservatoires visant Google.",
    "La Commission n'a pas donné suite aux demandes des députés d'ouvrir une enquête sur X.",
    "La plainte de l'UFC-Que Choisir contre Shein a été classée sans suite.",
    "La Commission n'a pas l'intention d'interdire TikTok, a indiqué un porte-parole.",
    "Le régulateur a décidé de ne pas sanctionner l'entreprise.",
    "La CNIL a décidé de ne pas poursuivre la procédure contre Criteo.",
    "X a suspendu le compte de Donald Trump.",
]
# A third batch, written before measuring: a release's boilerplate on what may follow, a probe
# closed or ended (its noun right after the verb), a headline's infinitive of the future ("EU to
# open probe"), "is to".
EN_THIRD = [
    "If the Commission's preliminary views were to be confirmed, the Commission would adopt a "
    "non-compliance decision.",
    "Meta now has the opportunity to exercise its rights of defence by examining the documents "
    "in the Commission's investigation file.",
    "In case of non-compliance, the Commission can impose fines of up to 10% of the company's "
    "total worldwide turnover.",
    "The Commission will continue to gather evidence, for example by sending additional requests "
    "for information.",
    "The Commission can also accept commitments made by Meta to remedy the matters subject to "
    "the proceedings.",
    "Ofcom has not ruled out further enforcement action against 4chan.",
    "This is without prejudice to any further enforcement action.",
    "Ofcom expects to provide an update on its investigation in the autumn.",
    "A final decision is expected by the end of the year.",
    "The investigation is ongoing.",
    "The company has 10 working days to respond to the provisional notice.",
    "Any fine would be subject to appeal.",
    "Fines of up to £17.5 million can be imposed for breaches of the Act.",
    '"We will not hesitate to take action against platforms that fail to protect children," the '
    "commissioner said.",
    "Commission closes investigation into TikTok Lite",
    "The Commission closes its investigation into TikTok Lite after accepting commitments.",
    "The FTC ended its probe into Microsoft.",
    "EU to open probe into Temu's marketplace",
    "The Commission is to open an investigation into Temu.",
    "Meta is to be fined by the Commission.",
]
FR_THIRD = [
    "Si les conclusions préliminaires de la Commission étaient confirmées, elle adopterait une "
    "décision de non-conformité.",
    "En cas de non-respect, la Commission peut infliger des amendes allant jusqu'à 10 % du "
    "chiffre d'affaires.",
    "La Commission continuera à recueillir des éléments de preuve, par exemple en envoyant des "
    "demandes d'informations supplémentaires.",
    "La procédure est toujours en cours.",
    "Une décision définitive est attendue d'ici la fin de l'année.",
    "Les décisions de la formation restreinte peuvent faire l'objet d'un recours devant le "
    "Conseil d'État.",
    "« Nous n'hésiterons pas à sanctionner les plateformes qui ne protègent pas les mineurs », a "
    "déclaré la présidente de l'Arcom.",
    "L'Arcom n'exclut pas d'autres mesures contre X.",
    "Meta dispose d'un délai de deux mois pour présenter ses observations.",
    "La sanction pourra faire l'objet d'un recours.",
    "La Commission clôt son enquête sur TikTok Lite.",
    "Bruxelles clôt l'enquête sur TikTok Lite",
    "La Commission classe l'enquête sur Apple",
    "L'Arcom met fin à la procédure visant X.",
]
EN = (EN_RUMOURS + EN_FUTURE + EN_HYPOTHETICAL + EN_LAW + EN_DENIED + EN_CLOSED + EN_OTHERS
      + EN_OTHER_TARGETS + EN_PLATFORM + EN_SECOND + EN_THIRD)
FR = (FR_RUMOURS + FR_FUTURE + FR_HYPOTHETICAL + FR_LAW + FR_DENIED + FR_CLOSED + FR_OTHERS
      + FR_OTHER_TARGETS + FR_PLATFORM + FR_SECOND + FR_THIRD)

# A step of another body told beside the main one: the other body's step may be recorded (the
# text states it), never the main one's. (text, language, steps allowed: {(type, actor)}).
STEPS_OF_ANOTHER = [
    ("A federal judge dismissed the FTC's lawsuit against Meta.", "en",
     {("lawsuit", "Federal Trade Commission")}),
    ("Unlike France, which fined Google in 2021, the Dutch regulator has not taken action.",
     "en", {("fine", "French government"), ("fine", "CNIL")}),
    # a step in a clause of time or cause whose subject is people, not a body
    ("The Commission opened proceedings against Temu after consumer groups urged it to act.",
     "en", {("investigation", "European Commission")}),
    ("The ICO fined TikTok after parents' groups urged it to protect children.", "en",
     {("fine", "Information Commissioner's Office")}),
    ("The FTC sued Meta as lawmakers urged the agency to break up the company.", "en",
     {("lawsuit", "Federal Trade Commission")}),
    ("Ofcom opened an investigation into X after the minister urged the platform to act.", "en",
     {("investigation", "Ofcom")}),
    ("L'Arcom a mis en demeure Pornhub après que des associations l'ont exhortée à agir.", "fr",
     {("order", "Arcom")}),
    ("La CNIL a sanctionné Google, alors que des associations appelaient la plateforme à changer "
     "ses pratiques.", "fr", {("sanction", "CNIL"), ("fine", "CNIL")}),
    # a platform's suspension of a user's account told after the body's fine (tests/sweep 816)
    ("L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Google. "
     "L'affaire trouve son origine dans une saisine de la société Gibmedia, dont le compte Google "
     "Ads avait été suspendu sans préavis en 2015.", "fr",
     {("fine", "French Competition Authority")}),
    ("The Commission fined Meta €200 million. Meta later suspended the accounts of several "
     "journalists who had reported on the decision.", "en", {("fine", "European Commission")}),
]


@pytest.mark.parametrize(("text", "language"), [(t, "en") for t in EN] + [(t, "fr") for t in FR])
def test_no_step_is_recorded(labelled, text, language):
    assert labelled(f"Title\n\n{text}", language) == set()


@pytest.mark.parametrize(("text", "language", "allowed"), STEPS_OF_ANOTHER)
def test_only_the_steps_the_text_states(labelled, text, language, allowed):
    found = {(kind, actor) for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found <= allowed
