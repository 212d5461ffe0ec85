"""Near-positives: steps taken, worded next to threats, denials and the platform's own steps
(issue 3 point 4; task P7). The precision rules of test_precision_not_taken.py must not cost
these: a threat in a relative clause, a fronted clause of cause or concession, a platform's
appeal beside the fine, a warning that states a possible fine. Invented sentences in the wording
of wire reports and official releases, English and French, written before measuring.
"""

from __future__ import annotations

import pytest

EC, CNIL, ARCOM = "European Commission", "CNIL", "Arcom"
DPC, FTC, ICO = "Data Protection Commission", "Federal Trade Commission", \
    "Information Commissioner's Office"

# (text, the step a careful analyst records: (type, actor or None for any, target or None))
EN = [
    ("The European Commission has fined Apple €1.8 billion for abusing its dominant position.",
     ("fine", EC, "Apple")),
    ("Ofcom has opened an investigation into an online suicide forum.",
     ("investigation", "Ofcom", None)),
    ("The ICO issued TikTok with a £12.7 million fine on Tuesday.", ("fine", ICO, "TikTok")),
    ("The Commission today opened formal proceedings against Temu, which could result in fines "
     "of up to 6% of its global turnover.", ("investigation", EC, "Temu")),
    ("Temu, which has appealed previous decisions, was fined €120 million by the Commission "
     "on Friday.", ("fine", EC, "Temu")),
    ("The FTC sued Amazon on Tuesday, alleging it tricked users into Prime subscriptions.",
     ("lawsuit", FTC, "Amazon")),
    ("After Meta failed to respond, the Irish Data Protection Commission opened an inquiry into "
     "the company.", ("investigation", DPC, "Meta")),
    ("The ACCC has commenced proceedings in the Federal Court against Google.",
     ("lawsuit", "Australian Competition and Consumer Commission", "Google")),
    ("eSafety has given X an infringement notice of A$610,500 after it failed to answer "
     "questions.", ("fine", "eSafety Commissioner", "X")),
    ("The Commission has sent a request for information to Shein, which risks fines if it "
     "supplies incorrect information.", ("request_for_information", EC, "Shein")),
    ("Although the company said it would appeal, the Irish Data Protection Commission fined "
     "TikTok €530 million on Friday.", ("fine", DPC, "TikTok")),
    ("The Texas Attorney General sued TikTok on Thursday, and the company could face penalties "
     "of up to $10,000 per violation.", ("lawsuit", "Texas Attorney General", "TikTok")),
    ("eSafety warned X it could face fines of up to A$782,500 a day if it failed to comply.",
     ("warning", "eSafety Commissioner", "X")),
    ("Brussels fined Meta €798 million on Thursday over Facebook Marketplace.",
     ("fine", EC, "Meta")),
    ("The Commission fined Apple €500 million and ordered it to end its anti-steering rules.",
     ("order", EC, "Apple")),
    ("Meta, which plans to appeal, was fined €1.2 billion by the Irish Data Protection "
     "Commission.", ("fine", DPC, "Meta")),
    # a refusal or a modal of another clause governs nothing of the step
    ("Telegram declined to answer the questions, so Ofcom opened an investigation into the "
     "platform.", ("investigation", "Ofcom", "Telegram")),
    ("Seeking to protect children, Ofcom opened an investigation into Telegram.",
     ("investigation", "Ofcom", "Telegram")),
    # a clause with its own subject ends the reach of the one before
    ("Meta will appeal, but the Commission fined it €797 million on Thursday.",
     ("fine", EC, "Meta")),
    ("If platforms fail to comply they face fines; Ofcom has already fined 4chan £20,000.",
     ("fine", "Ofcom", "4chan")),
    ("The Commission opened an investigation into Shein, as the minister wanted.",
     ("investigation", EC, "Shein")),
    ("Ofcom did not fine Telegram, but it opened an investigation into the platform.",
     ("investigation", "Ofcom", "Telegram")),
]
FR = [
    ("La CNIL a infligé une amende de 150 millions d'euros à Google.", ("fine", CNIL, "Google")),
    ("La Commission européenne a ouvert mardi une procédure formelle contre TikTok, qui pourrait "
     "déboucher sur une amende.", ("investigation", EC, "TikTok")),
    ("L'Arcom a mis en demeure Telegram de retirer les contenus signalés.",
     ("order", ARCOM, "Telegram")),
    ("Bien que la plateforme conteste les faits, la CNIL a sanctionné Shein d'une amende de "
     "40 millions d'euros.", ("fine", CNIL, "Shein")),
    ("L'Autorité de la concurrence a sanctionné Apple à hauteur de 150 millions d'euros.",
     ("fine", "French Competition Authority", "Apple")),
    ("Le parquet de Paris a ouvert une enquête visant X.",
     ("investigation", "Paris prosecutor's office", "X")),
    ("La Commission a adressé une demande d'informations à Temu, qui s'expose à des amendes en "
     "cas de réponse inexacte.", ("request_for_information", EC, "Temu")),
    ("La DGCCRF a infligé à Shein une amende de 40 millions d'euros.",
     ("fine", "DGCCRF", "Shein")),
    ("L'Arcom a averti X qu'il s'exposait à des sanctions.", ("warning", ARCOM, "X")),
    ("Bruxelles a infligé jeudi une amende de 798 millions d'euros à Meta.",
     ("fine", EC, "Meta")),
    ("Comme TikTok n'a pas répondu, la Commission a ouvert une procédure formelle contre la "
     "plateforme.", ("investigation", EC, "TikTok")),
    ("La Garante italienne a infligé une amende de 15 millions d'euros à OpenAI.",
     ("fine", "Italian Data Protection Authority", "OpenAI")),
    ("Meta, qui compte faire appel, s'est vu infliger une amende de 1,2 milliard d'euros par la "
     "DPC irlandaise.", ("fine", DPC, "Meta")),
    ("La Commission a infligé une amende de 120 millions d'euros à X, qui a annoncé qu'il ferait "
     "appel.", ("fine", EC, "X")),
    ("Face au refus de Telegram de coopérer, l'Arcom a mis en demeure la plateforme.",
     ("order", ARCOM, "Telegram")),
    ("Telegram ayant refusé de répondre, l'Arcom a mis en demeure la plateforme.",
     ("order", ARCOM, "Telegram")),
    ("La Commission a ouvert une enquête sur Shein, comme le souhaitait le ministre.",
     ("investigation", EC, "Shein")),
    ("Meta pourrait faire appel, mais la CNIL lui a infligé une amende de 5 millions d'euros.",
     ("fine", CNIL, "Meta")),
    ("TikTok ne respecte pas ses obligations : la Commission a ouvert une procédure formelle "
     "contre la plateforme.", ("investigation", EC, "TikTok")),
]

CASES = [(t, "en", step) for t, step in EN] + [(t, "fr", step) for t, step in FR]


@pytest.mark.parametrize(("text", "language", "step"), CASES)
def test_a_step_taken_beside_a_threat_or_a_denial_is_kept(labelled, text, language, step):
    kind, actor, target = step
    found = labelled(f"Title\n\n{text}", language)
    assert any(k == kind and actor in (None, a) and (target is None or target in t)
               for k, a, t in found), found
