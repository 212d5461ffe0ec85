"""How enforcement steps are reported, round 2 (issue 3): settlements and court filings, court
orders with time limits, organs acting for their body, legal-entity names of platforms, payments
a settlement fixes, and the hard negatives around them (threats, appeals, steps by the target).
Invented sentences in the style of official releases and news reports, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

D = dt.date(2025, 6, 10)
FTC, DOJ, STF = "authority/ftc", "authority/us-department-of-justice", \
    "authority/brazil-supreme-court"
APD, ESAFETY, CNIL, ARCOM = ("authority/belgian-dpa", "authority/esafety-commissioner",
                             "authority/cnil", "authority/arcom")
DPC, ICO, GARANTE, EC = ("authority/irish-dpc", "authority/ico", "authority/garante",
                         "authority/european-commission")
EPIC, X, APPLE, GOOGLE = ("organisation/epic-games", "service/x", "organisation/apple",
                          "organisation/google")
META, TIKTOK, IAB, SHEIN = ("organisation/meta", "service/tiktok", "organisation/iab-europe",
                            "service/shein")
OPENAI, STARLINK, TWITTER = "organisation/openai", "service/starlink", "service/x"


@pytest.fixture
def facts(extractor, article_of):
    def run(text: str, language: str = "en") -> list[tuple[object, ...]]:
        actions = extractor.extract(article_of(text, language, D)).actions
        return sorted((a.type, a.actor, a.targets) for a in actions
                      if a.status in FACTUAL_STATUSES)

    return run


CASES = [
    # --- settlements and court filings --------------------------------------------------------
    ("In a complaint filed today in federal court by the Department of Justice on behalf of the "
     "FTC, the agency alleges that Epic Games collected children's data.", "en",
     [("lawsuit", FTC, (EPIC,))]),
    ("A complaint filed by the Justice Department alleges that Google monopolised search.", "en",
     [("lawsuit", DOJ, (GOOGLE,))]),
    ("The FTC sued Epic Games. Under a proposed court order, Epic Games will pay a civil penalty "
     "of $275 million.", "en", [("fine", FTC, (EPIC,)), ("lawsuit", FTC, (EPIC,))]),
    ("The FTC sued Epic Games. A proposed administrative order requires Epic Games to pay $245 "
     "million to refund consumers.", "en", [("lawsuit", FTC, (EPIC,)), ("order", FTC, (EPIC,))]),
    ("The FTC sued Epic Games. As part of the settlement, Epic Games has agreed to switch voice "
     "chat off by default.", "en",
     [("commitment", EPIC, (EPIC,)), ("lawsuit", FTC, (EPIC,))]),
    # the finding told before the fine is its grounds, not a probe (guideline 4; in the golds
    # no final finding restating a fine is annotated: test_s13_restated_findings)
    ("The Irish DPC found that Meta breached the GDPR. Meta must pay a fine of €1.2 billion.",
     "en", [("fine", DPC, (META,))]),
    ("La CNIL a mis en demeure Google. Google devra payer une amende de 150 millions d'euros.",
     "fr", [("fine", CNIL, (GOOGLE,)), ("order", CNIL, (GOOGLE,))]),
    # --- court and judge orders -----------------------------------------------------------------
    # An ordered suspension of a platform is a block (test_bodies_block_orders.py).
    ("A justice of Brazil's Supreme Federal Court ordered the immediate suspension of X.", "en",
     [("block", STF, (X,))]),
    ("Justice Alexandre de Moraes of the Supreme Federal Court ordered the suspension of X. The "
     "judge gave Apple and Google five days to remove the X app. The judge also froze the bank "
     "accounts of Starlink.", "en",
     [("block", STF, (X,)), ("order", STF, (APPLE,)), ("order", STF, (GOOGLE,)),
      ("order", STF, (STARLINK,))]),
    ("Moraes had given X 24 hours to appoint a legal representative in Brazil.", "en",
     [("order", STF, (X,))]),
    ("La Cour suprême fédérale a donné cinq jours à Apple et Google pour retirer l'application.",
     "fr", [("order", STF, (APPLE,)), ("order", STF, (GOOGLE,))]),
    # --- organs of a body, joint French decisions ----------------------------------------------
    ("Le Service d'Inspection de l'APD avait mené une enquête approfondie sur IAB Europe.", "fr",
     [("investigation", APD, (IAB,))]),
    ("Dans une décision rendue aujourd'hui, la Chambre Contentieuse de l'Autorité de protection "
     "des données (APD) a infligé une amende de 250 000 euros à IAB Europe et ordonné la mise en "
     "conformité.", "fr", [("fine", APD, (IAB,)), ("order", APD, (IAB,))]),
    ("The Commission fined Apple and ordered the end of the practice.", "en",
     [("fine", EC, (APPLE,)), ("order", EC, (APPLE,))]),
    ("Début mars, l'Arcom avait contrôlé six des services les plus fréquentés.", "fr",
     [("investigation", ARCOM, ())]),
    ("L'Arcom a mis en demeure Camschat.", "fr", [("order", ARCOM, ("organisation/camschat",))]),
    ("La CNIL a sommé Clearview AI de cesser la collecte.", "fr",
     [("order", CNIL, ("organisation/clearview-ai",))]),
    # --- other report shapes -------------------------------------------------------------------
    ("The Garante slapped OpenAI with a €15 million fine.", "en", [("fine", GARANTE, (OPENAI,))]),
    ("Meta was fined €1.2 billion by the Irish Data Protection Commission.", "en",
     [("fine", DPC, (META,))]),
    ("The ICO has handed TikTok a fine of £12.7 million.", "en", [("fine", ICO, (TIKTOK,))]),
    ("In February, eSafety issued legal notices to Twitter, Google and TikTok, requiring each "
     "company to answer questions about child abuse material.", "en",
     [("request_for_information", ESAFETY, (GOOGLE,)),
      ("request_for_information", ESAFETY, (TIKTOK,)),
      ("request_for_information", ESAFETY, (TWITTER,))]),
    ("TikTok écope d'une amende de 5 millions d'euros infligée par la CNIL.", "fr",
     [("fine", CNIL, (TIKTOK,))]),
    # --- inspections, preliminary views, demands for information -------------------------------
    ("La Commission estime à titre préliminaire que X enfreint le DSA.", "fr",
     [("investigation", EC, (X,))]),
    ("La CNIL a effectué un contrôle auprès de la société Google.", "fr",
     [("investigation", CNIL, (GOOGLE,))]),
    ("La CNIL a procédé à des contrôles auprès de TikTok.", "fr",
     [("investigation", CNIL, (TIKTOK,))]),
    ("The Commission carried out an unannounced inspection at the premises of Meta.", "en",
     [("investigation", EC, (META,))]),
    ("The ICO conducted an audit of TikTok.", "en", [("investigation", ICO, (TIKTOK,))]),
    ("The Commission also requires Meta to provide information by 15 May.", "en",
     [("request_for_information", EC, (META,))]),
    # --- a passive step with no agent: the body that already acted against the subject -------
    ("eSafety issued legal notices to Google and X, requiring each company to answer questions. "
     "Google has also been given a formal warning for providing generic answers, which eSafety "
     "considered a failure to comply.", "en",
     [("request_for_information", ESAFETY, (GOOGLE,)), ("request_for_information", ESAFETY, (X,)),
      ("warning", ESAFETY, (GOOGLE,))]),
    ("La CNIL a mis en demeure Google. Google a ensuite été sanctionné d'une amende de 50 "
     "millions d'euros.", "fr", [("fine", CNIL, (GOOGLE,)), ("order", CNIL, (GOOGLE,))]),
    ("The Commission opened proceedings against Meta. Meta was fined €1.2 billion by the Irish "
     "DPC in 2023.", "en", [("fine", DPC, (META,)), ("investigation", EC, (META,))]),
    # --- the target as the subject of a step named by a noun ('fait l'objet d'une') ------------
    ("Début mars, l'Arcom avait contrôlé six des services les plus fréquentés. Le site Camschat, "
     "qui avait accumulé les manquements, a depuis fait l'objet d'une mesure de blocage.", "fr",
     [("investigation", ARCOM, ()), ("order", ARCOM, ("organisation/camschat",))]),
    ("L'Arcom a contrôlé plusieurs sites. Pornhub a fait l'objet d'une mise en demeure.", "fr",
     [("investigation", ARCOM, ()), ("order", ARCOM, ("service/pornhub",))]),
    ("L'Arcom a contrôlé plusieurs sites. Pornhub a fait l'objet d'une enquête de la CNIL.", "fr",
     [("investigation", ARCOM, ()), ("investigation", CNIL, ("service/pornhub",))]),
    ("La société Camschat a été mise en demeure par l'Arcom.", "fr",
     [("order", ARCOM, ("organisation/camschat",))]),
    # --- headlines and formal notices ---------------------------------------------------------
    ("Ofcom fines 4chan £20,000 for failing to respond to information requests.", "en",
     [("fine", "authority/ofcom", ("service/4chan",))]),
    ("ICO imposes £14 million fine on Capita.", "en", [("fine", ICO, ("organisation/capita",))]),
    ("The CNIL has issued a formal notice to Clearview AI.", "en",
     [("order", CNIL, ("organisation/clearview-ai",))]),
    ("The CNIL has issued a formal notice to Clearview AI requiring it to provide information on "
     "its processing.", "en", [("request_for_information", CNIL, ("organisation/clearview-ai",))]),
    # --- calls and reprimands in French ----------------------------------------------------------
    ("L'Arcom invite TikTok et Meta à se mettre en conformité.", "fr",
     [("statement", ARCOM, (META,)), ("statement", ARCOM, (TIKTOK,))]),
    ("L'Arcom demande à TikTok de se conformer sans délai à ses obligations.", "fr",
     [("statement", ARCOM, (TIKTOK,))]),
    ("La Commission invite les plateformes à renforcer leurs mesures.", "fr",
     [("statement", EC, ())]),
    ("La CNIL a prononcé un rappel à l'ordre à l'encontre de Google.", "fr",
     [("warning", CNIL, (GOOGLE,))]),
    # --- legal-entity names of known platforms ------------------------------------------------
    ("eSafety has today issued X Corp with an infringement notice for $610,500.", "en",
     [("fine", ESAFETY, (X,))]),
    ("TikTok Technology Limited was fined €345 million by the Irish DPC.", "en",
     [("fine", DPC, (TIKTOK,))]),
    ("La DGCCRF a infligé une amende de 40 millions d'euros à Infinite Styles Services Co.", "fr",
     [("fine", "authority/dgccrf", (SHEIN,))]),
    # --- hard negatives ------------------------------------------------------------------------
    ("Meta could be fined up to 6% of its global turnover.", "en", []),
    ("Meta has appealed the fine imposed last year.", "en", []),
    ("TikTok says it will contest the decision.", "en", []),
    ("Twitter will pay a civil penalty of $150 million.", "en", []),  # no authority before
    ("The FTC sued Twitter. Twitter could have to pay a civil penalty.", "en",
     [("lawsuit", FTC, (TWITTER,))]),
    ("The court order requires platforms to remove such content.", "en", []),
    ("Meta risque une amende de 6 % de son chiffre d'affaires.", "fr", []),
    ("TikTok pourrait être sanctionné par la Commission.", "fr", []),
    ("X a fait appel de l'amende infligée par la Commission.", "fr", []),
    ("La CNIL a mis en demeure Google. Google pourrait devoir payer une amende.", "fr",
     [("order", CNIL, (GOOGLE,))]),
    ("La société est contrôlée par Meta.", "fr", []),
    ("Le ministre a invité TikTok à une réunion.", "fr", []),
    ("L'Arcom a été invitée à participer à une réunion.", "fr", []),
    ("X failed to comply with a request for information from the Commission.", "en", []),
    ("Meta is facing a €1 billion fine.", "en", []),
    ("TikTok s'expose à une amende de 6 % de son chiffre d'affaires.", "fr", []),
    ("X conteste l'amende infligée par la Commission.", "fr", []),
    ("Ofcom has taken enforcement action against 4chan.", "en", []),  # no measure named
    # No body named before, or two: whose measure it is stays unknown.
    ("Le site Camschat a fait l'objet d'une mesure de blocage.", "fr", []),
    ("La CNIL et l'Arcom ont contrôlé plusieurs sites. Le site Camschat a fait l'objet d'une "
     "mesure de blocage.", "fr", [("investigation", ARCOM, ()), ("investigation", CNIL, ())]),
    ("L'Arcom a contrôlé plusieurs sites. Pornhub pourrait faire l'objet d'une mesure de "
     "blocage.", "fr", [("investigation", ARCOM, ())]),
    ("Meta was fined last year.", "en", []),  # nobody acted against Meta before
    ("La plateforme a effectué un contrôle de l'âge des utilisateurs.", "fr", []),
    ("The DSA requires Meta to provide information to researchers.", "en", []),
    ("The Commission will assess whether Temu breached the DSA.", "en", []),
    ("The judge froze the bank accounts of Starlink.", "en", []),  # no court named before
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(CASES)])
def test_reported_step(facts, text, language, expected):
    assert facts(text, language) == sorted(expected)


def test_regression_x_corp_is_the_platform_x_but_aylo_stays_the_company(facts):
    assert facts("Ofcom fined X Corp.") == [("fine", "authority/ofcom", (X,))]
    assert facts("Ofcom fined Aylo Freesites Ltd.") == [
        ("fine", "authority/ofcom", ("organisation/aylo",))]


def test_regression_a_description_far_on_refers_to_the_one_company_of_the_text(facts):
    """'visant l'entreprise' five sentences after the only company was named (blind 113)."""
    text = ("La Commission d'accès à l'information du Québec a ordonné à Clearview AI de cesser "
            "la collecte. Elle a publié sa décision. Les images ont été collectées sans "
            "consentement. La loi l'interdit. Le public peut consulter la décision. Les "
            "commissaires de la Colombie-Britannique et de l'Alberta ont également rendu "
            "aujourd'hui des ordonnances semblables visant l'entreprise.")
    clearview = ("organisation/clearview-ai",)
    assert facts(text, "fr") == [("order", "authority/cai-quebec", clearview),
                                 ("order", "authority/oipc-alberta", clearview),
                                 ("order", "authority/oipc-bc", clearview)]


def test_a_description_far_on_stays_unresolved_when_the_text_names_two_companies(facts):
    text = ("La CNIL a mis en demeure Google. Elle a aussi mis en demeure Meta. Les faits sont "
            "anciens. La loi l'interdit. Le public peut consulter la décision. La CNIL a "
            "ensuite rendu une ordonnance visant l'entreprise.")
    assert facts(text, "fr") == [("order", CNIL, (GOOGLE,)), ("order", CNIL, (META,))]


OPC, CAI, BC, AB = ("authority/opc-canada", "authority/cai-quebec", "authority/oipc-bc",
                    "authority/oipc-alberta")


def test_a_joint_probe_with_named_partners_is_one_investigation_per_body(facts):
    french = facts(
        "La Commission d'accès à l'information du Québec a ordonné à Clearview AI de cesser la "
        "collecte. En février dernier, au terme d'une enquête conjointe menée avec le "
        "Commissariat à la protection de la vie privée du Canada et les commissaires de la "
        "Colombie-Britannique et de l'Alberta, la Commission avait conclu que ces pratiques "
        "contrevenaient aux lois québécoises.", "fr")
    clearview = ("organisation/clearview-ai",)
    assert french == sorted([("order", CAI, clearview)] + [
        ("investigation", body, clearview) for body in (CAI, OPC, BC, AB)])
    english = facts(
        "The OPC has released its findings on TikTok. Following a joint investigation with the "
        "Commission d'accès à l'information du Québec and the OIPC BC, the OPC found that "
        "TikTok's measures were inadequate.")
    assert english == sorted(("investigation", body, (TIKTOK,)) for body in (OPC, CAI, BC))


def test_a_joint_probe_of_no_named_platform_or_an_agreement_with_a_body_stays_out(facts):
    assert facts("Ofcom published its report. A joint investigation with the ICO found many "
                 "apps lacking.") == []
    assert facts("The OPC signed an agreement with the CAI.") == []


def test_regression_the_place_of_a_dateline_is_not_the_actor(facts):
    """'Bruxelles, le 2 février 2022 —' made the European Commission fine IAB Europe (blind 114):
    the capital of the dateline is where the release was written."""
    text = ("Bruxelles, le 2 février 2022 — Dans une décision rendue aujourd'hui, la Chambre "
            "Contentieuse de l'Autorité de protection des données (APD) constate que le système "
            "développé par IAB Europe viole le RGPD, inflige à IAB Europe une amende de 250 000 "
            "euros et lui ordonne de mettre le système en conformité.")
    assert facts(text, "fr") == [("fine", APD, (IAB,)), ("order", APD, (IAB,))]
    assert facts("Bruxelles, le 2 février 2022 — Le système viole le RGPD, inflige à IAB Europe "
                 "une amende de 250 000 euros.", "fr") == []
