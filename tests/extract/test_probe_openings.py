"""Openings of probes told in shapes the triggers missed (issue 3, session 18: the largest class
of dev-set misses): an object relative clause with the body as its subject ("a case that the
authority opened in November 2018", "une instruction que le Conseil a ouverte d'office"); the
agent a unit or the staff of a body ("par la section ... du parquet", "by the cybercrime unit
of", "par les agents de la CNIL"); a definite case opened by the body the story is about ("The
secretariat opened the case in 2018", "La CNIL s'était saisie du dossier"); inspections and
raids ("entered the offices of X", "avaient perquisitionné le siège de X à la demande du
parquet", "contrôles en ligne menés sur google.fr"); a complainant is no referent of "le site".
Traps: a court's case, a newspaper's inquiry, openings that did not happen, cases that are
suits, a sector inquiry, an inquiry told before, a probe of another company, a person's home,
a company's own unit. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

BKA, NO_DPA, MA_CC = ("authority/bundeskartellamt", "authority/norwegian-dpa",
                      "authority/moroccan-competition-council")
ADLC, CNIL, SENACON, KVKK = ("authority/autorite-de-la-concurrence", "authority/cnil",
                             "authority/senacon", "authority/kvkk")
LT_DPI, KFTC, JFTC, PNF = ("authority/lithuanian-sdpi", "authority/kftc", "authority/jftc",
                           "authority/pnf")
PARIS, EC, CMA = "authority/paris-prosecutor", "authority/european-commission", "authority/cma"
AMAZON, GOOGLE, APPLE, META = ("organisation/amazon", "organisation/google",
                               "organisation/apple", "organisation/meta")
GRINDR, GLOVO, X, FACEBOOK = "service/grindr", "service/glovo", "service/x", "service/facebook"
YAHOO, CRITEO, KAKAO_MOBILITY, UBER = ("organisation/yahoo", "organisation/criteo",
                                       "organisation/kakao-mobility", "organisation/uber")

# Each text: the step it must yield, (type, actor, targets, date), among others.
OPENINGS = [
    # an object relative clause: the body its subject, the story's one company its target
    ("The Federal Cartel Office said on Wednesday that Amazon had agreed to change its seller "
     "terms. The changes end an abuse-of-dominance case that the authority opened in November "
     "2018.", "en", ("investigation", BKA, (AMAZON,), "2018-11")),
    ("Norway's data protection authority fined Grindr 65 million crowns on Monday. The fine "
     "closes a case which the authority had opened in January 2020 after a complaint.", "en",
     ("investigation", NO_DPA, (GRINDR,), "2020-01")),
    ("Le Conseil de la concurrence marocain a infligé une amende à Glovo mardi. La sanction "
     "conclut une instruction que le Conseil avait ouverte d'office en 2023.", "fr",
     ("investigation", MA_CC, (GLOVO,), "2023")),
    ("L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Apple. La "
     "décision clôt une procédure que l'Autorité avait ouverte en 2020 après une plainte.",
     "fr", ("investigation", ADLC, (APPLE,), "2020")),
    # a definite case opened by the story's body
    ("Brazil's National Consumer Secretariat fined Facebook 6.6 million reais on Monday over "
     "the sharing of user data. The secretariat opened the case in 2018, weeks after reports "
     "revealed the leak.", "en", ("investigation", SENACON, (FACEBOOK,), "2018")),
    ("Turkey's Personal Data Protection Authority fined Facebook 1.6 million lira on Thursday. "
     "The authority had begun examining the case on its own initiative in 2018.", "en",
     ("investigation", KVKK, (FACEBOOK,), "2018")),
    ("Lithuania's State Data Protection Inspectorate fined Grindr 2.4 million euros on Tuesday. "
     "The inspectorate opened the case in March 2023 after complaints from users.", "en",
     ("investigation", LT_DPI, (GRINDR,), "2023-03")),
    ("L'autorité coréenne de la concurrence a infligé une amende à Kakao Mobility mardi. Le "
     "gendarme de la concurrence s'était saisi du dossier en 2020, après des plaintes de "
     "chauffeurs.", "fr", ("investigation", KFTC, (KAKAO_MOBILITY,), "2020")),
    ("La CNIL a infligé une amende de 32 millions d'euros à Amazon mardi. La CNIL s'était "
     "saisie du dossier en 2021, après plusieurs plaintes de salariés.", "fr",
     ("investigation", CNIL, (AMAZON,), "2021")),
    # the agent a unit or the staff of a body
    ("Le parquet de Paris a convoqué les dirigeants de X. L'enquête avait été ouverte en "
     "janvier 2025 par la section de lutte contre la cybercriminalité du parquet, après le "
     "signalement d'un député.", "fr", ("investigation", PARIS, (X,), "2025-01")),
    ("The Paris prosecutor's office summoned the managers of X on Tuesday. The investigation "
     "was opened in January 2025 by the cybercrime unit of the Paris prosecutor's office.",
     "en", ("investigation", PARIS, (X,), "2025-01")),
    ("La CNIL a infligé une amende d'un million d'euros à Criteo. Le manquement avait été "
     "relevé lors d'un contrôle en ligne mené par les agents de la CNIL en 2021.", "fr",
     ("investigation", CNIL, (CRITEO,), "2021")),
    # inspections and raids
    ("La CNIL a infligé une amende de 10 millions d'euros à Yahoo. Lors d'un contrôle en ligne "
     "mené en octobre 2020, les agents de la CNIL avaient constaté que des cookies étaient "
     "déposés.", "fr", ("investigation", CNIL, (YAHOO,), "2020-10")),
    ("La CNIL a sanctionné Google et Amazon pour leurs cookies. Lors de contrôles en ligne "
     "menés en mars 2020 sur google.fr et sur amazon.fr, ses agents ont constaté que des "
     "cookies publicitaires s'installaient.", "fr",
     ("investigation", CNIL, (GOOGLE,), "2020-03")),
    ("OSAKA - Investigators from the Japan Fair Trade Commission entered the Tokyo offices of "
     "Amazon Japan on Tuesday, on suspicion that the retailer breached the Antimonopoly Act.",
     "en", ("investigation", JFTC, (AMAZON,), "2025-05-27")),
    ("Officials from the European Commission raided the Dublin premises of Meta on Tuesday.",
     "en", ("investigation", EC, (META,), "2025-05-27")),
    ("Le parquet national financier a requis une amende contre Google. Le 24 mai 2016, une "
     "centaine d'enquêteurs avaient perquisitionné le siège parisien de Google, à la demande "
     "du parquet.", "fr", ("investigation", PNF, (GOOGLE,), "2016-05-24")),
    ("Des enquêteurs spécialisés ont perquisitionné mardi les locaux parisiens de Telegram, à "
     "la demande du parquet de Paris.", "fr", ("investigation", PARIS, ("service/telegram",),
                                                "2025-05-27")),
    ("L'Autorité de la concurrence enquête sur Uber. Ses enquêteurs ont mené mardi des "
     "opérations de visite et de saisie dans les locaux parisiens d'Uber.", "fr",
     ("investigation", ADLC, (UBER,), "2025-05-27")),
    # the complainant is no referent of "le site"
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo. En 2019, l'association "
     "Privacy International a saisi la CNIL d'une plainte visant le site. En 2020, la CNIL a "
     "effectué un contrôle en ligne du site, puis un contrôle dans les locaux de la société.",
     "fr", ("investigation", CNIL, (CRITEO,), "2020")),
]


@pytest.mark.parametrize(("text", "language", "step"), OPENINGS)
def test_a_probe_opening_in_a_new_shape_is_found(factual_steps, text, language, step):
    assert step in factual_steps(dt.date(2025, 5, 28))("Titre\n\n" + text, language)


# Each text: no investigation by this actor (None: by anyone) on these targets, whatever else
# it gives.
NOT_OPENINGS = [
    # a court's case, a newspaper's inquiry
    ("The CNIL fined Google in 2022. Google appealed, and the court began examining the case "
     "in 2023.", "en", ("investigation", None, (GOOGLE,))),
    ("The CNIL fined Criteo 40 million euros. The fine follows an investigation that the "
     "newspaper Libération opened in 2020.", "en", ("investigation", CNIL, (CRITEO,))),
    # openings that did not happen
    ("The Federal Cartel Office fined Amazon on Monday. The authority has not opened a case "
     "against Apple, and could open a case against Google later.", "en",
     ("investigation", BKA, (GOOGLE,))),
    ("Le Conseil de la concurrence marocain a sanctionné Glovo. Le Conseil a refusé d'ouvrir "
     "une instruction contre Uber.", "fr", ("investigation", MA_CC, (UBER,))),
    # cases that are suits, counted
    ("The Texas Attorney General settled with Google on Friday. The settlement ends cases the "
     "office opened in 2022.", "en", ("investigation", "authority/texas-attorney-general",
                                        (GOOGLE,))),
    # a sector inquiry, and an inquiry told before
    ("Turkey's competition authority fined Trendyol on Monday, after a sector inquiry into "
     "online marketplaces that it had opened in 2020.", "en",
     ("investigation", "authority/turkish-competition-authority", ("service/trendyol",))),
    ("The Competition Commission fined Google on Monday. The inquiry, which the commission "
     "opened in 2023, also covers social media.", "en",
     ("investigation", "authority/competition-commission-south-africa", (GOOGLE,))),
    # the complainant is no target
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo. En 2019, l'association "
     "Privacy International a saisi la CNIL d'une plainte visant le site. En 2020, la CNIL a "
     "effectué un contrôle en ligne du site.", "fr",
     ("investigation", CNIL, ("organisation/privacy-international",))),
    ("The CMA fined Apple on Monday. Rival Epic Games complained in 2020 that Apple blocked "
     "its app. The CMA opened the case in 2021.", "en",
     ("investigation", CMA, ("organisation/epic-games",))),
    # the body that asked another to open its probe is no actor of it
    ("À la demande de la Commission européenne, la CNIL a ouvert une enquête sur Temu mardi.",
     "fr", ("investigation", EC, ("service/temu",))),
    ("At the request of the European Commission, the Irish DPC opened an inquiry into Temu on "
     "Tuesday.", "en", ("investigation", EC, ("service/temu",))),
]


@pytest.mark.parametrize(("text", "language", "step"), NOT_OPENINGS)
def test_a_trap_gives_no_such_probe(steps_in, text, language, step):
    kind, actor, targets = step
    assert not [s for s in steps_in("Titre\n\n" + text, language)
                if s[0] == kind and s[2] == targets and actor in (None, s[1])]


# Each text: no investigation at all.
NO_PROBE = [
    ("Police searched the home of the app's founder in Paris on Tuesday.", "en"),
    ("The CNIL fined Criteo on Monday. Police raided the home of Telegram's founder in Paris on "
     "Tuesday.", "en"),
    ("La CNIL a sanctionné Criteo lundi. Les enquêteurs ont perquisitionné le domicile du "
     "fondateur de Telegram à la demande du parquet de Paris.", "fr"),
    ("Les enquêteurs ont perquisitionné le domicile du fondateur de l'application mardi.", "fr"),
    ("L'enquête interne avait été ouverte en 2021 par le service juridique de Google.", "fr"),
    ("Les huissiers ont perquisitionné les locaux à la demande de la société Uber.", "fr"),
    ("The app's operators said investigators from a private firm entered the offices of the "
     "company on Tuesday.", "en"),
    ("Vinted users complained about what they described as \"shadow blocking\" of their "
     "listings.", "en"),
]


@pytest.mark.parametrize(("text", "language"), NO_PROBE)
def test_no_probe_is_told(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}


# A probe launched jointly: each body's step (guideline 5); two matters of one group told by
# possessives are the operator's one case; of two groups, two.
JOINT = [
    ("Nigeria's competition regulator fined Meta $220 million on Friday. The penalty was the "
     "outcome of a probe the FCCPC launched in May 2021 jointly with the Nigeria Data "
     "Protection Commission into WhatsApp's privacy policy and Meta's data practices.", "en",
     {("investigation", "authority/fccpc", (META,), "2021-05"),
      ("investigation", "authority/ndpc", (META,), "2021-05")}),
    ("The CMA opened an investigation jointly with the ICO into Instagram's ads and Meta's data "
     "practices in March 2024.", "en",
     {("investigation", CMA, (META,), "2024-03"),
      ("investigation", "authority/ico", (META,), "2024-03")}),
    ("The FTC opened an investigation into Google's ads and Amazon's data practices in March "
     "2024.", "en", {("investigation", "authority/ftc", (GOOGLE,), "2024-03"),
                     ("investigation", "authority/ftc", (AMAZON,), "2024-03")}),
]


@pytest.mark.parametrize(("text", "language", "steps"), JOINT)
def test_a_joint_probe_is_each_bodys_and_one_groups_matters_one_case(factual_steps, text,
                                                                     language, steps):
    found = factual_steps(dt.date(2025, 5, 28))("Titre\n\n" + text, language)
    assert {s for s in found if s[0] == "investigation"} == steps


# A case opened by the body, after a sentence that names another member of the group of the
# body's latest step (its app, its service), or after the body's other step on another day.
CASES = [
    ("L'autorité coréenne de la concurrence a infligé une amende à Kakao Mobility mardi. Selon "
     "l'enquête, l'application Kakao T favorisait ses propres taxis. Le gendarme de la "
     "concurrence s'était saisi du dossier en 2020.", "fr",
     ("investigation", KFTC, (KAKAO_MOBILITY,), "2020")),
    ("The CMA fined Meta on Monday. Instagram had shown misleading ads to teenagers. The CMA "
     "opened the case in 2021.", "en", ("investigation", CMA, (META,), "2021")),
    ("Le Commissariat à la protection de la vie privée du Canada a élargi mardi son enquête sur "
     "X. Le Commissariat avait ouvert ce dossier le 27 février 2025, à la suite d'une plainte.",
     "fr", ("investigation", "authority/opc-canada", (X,), "2025-02-27")),
    ("La CNIL a mis en demeure Shein mardi. La CNIL avait ouvert un dossier en 2023 après des "
     "plaintes.", "fr", ("investigation", CNIL, ("service/shein",), "2023")),
    # the complainant (with its apposition) is no referent; "la même année" is the year the
    # story "remonte à"
    ("Le Cade a ordonné mardi à Apple de modifier ses règles. L'affaire remonte à 2022, "
     "lorsque Mercado Libre, le géant argentin du commerce en ligne, s'est plaint de la "
     "commission prélevée par Apple. Le Cade avait ouvert une enquête la même année.", "fr",
     ("investigation", "authority/cade", (APPLE,), "2022")),
    ("The CMA ordered Apple on Tuesday to change its rules. The case dates back to 2021, when "
     "Epic Games, the American video game developer, complained about Apple's fees. The CMA "
     "opened an investigation the same year.", "en", ("investigation", CMA, (APPLE,), "2021")),
]


@pytest.mark.parametrize(("text", "language", "step"), CASES)
def test_a_case_opened_by_the_body_is_its_story_s_company(factual_steps, text, language, step):
    assert step in factual_steps(dt.date(2025, 5, 28))("Titre\n\n" + text, language)


# ... but not another group's, a court's, a lawyer's, nor a case not opened.
NOT_CASES = [
    ("The CMA fined Meta on Monday. Google's YouTube had shown misleading ads to teenagers. The "
     "CMA opened the case in 2021.", "en"),
    ("Le tribunal de Paris a condamné Shein. Le tribunal avait ouvert ce dossier en 2021.", "fr"),
    ("La CNIL a mis en demeure Shein mardi. La CNIL n'a pas ouvert de dossier contre Temu.",
     "fr"),
    ("La CNIL a mis en demeure Shein mardi. L'avocat de Temu avait ouvert un dossier en 2023.",
     "fr"),
]


@pytest.mark.parametrize(("text", "language"), NOT_CASES)
def test_no_case_is_opened_against_another(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}


# An incise between the verb of opening and its object.
INCISES = [
    ("Jeudi dernier déjà, Bruxelles avait ouvert, toujours sur le fondement du DMA, une "
     "procédure visant Google.", "fr", ("investigation", EC, (GOOGLE,), "2025-05-22")),
    ("La CNIL a ouvert mardi, à la suite de plusieurs plaintes, une enquête visant Shein.", "fr",
     ("investigation", CNIL, ("service/shein",), "2025-05-27")),
    ("Last Thursday the European Commission opened, again under the DMA, proceedings against "
     "Google.", "en", ("investigation", EC, (GOOGLE,), "2025-05-22")),
]


@pytest.mark.parametrize(("text", "language", "step"), INCISES)
def test_an_opening_with_an_incise_is_found(factual_steps, text, language, step):
    assert step in factual_steps(dt.date(2025, 5, 28))("Titre\n\n" + text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Meta a lancé, selon ses dirigeants, une procédure interne.", "fr"),
    ("Google opened, for the first time, its own investigation into the leak.", "en"),
])
def test_an_incise_gives_no_company_a_probe(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}


# A judicial inquiry opened by a unit of the prosecutor's office; not a judge's.
JUDICIAL = [
    ("La messagerie Telegram a été bloquée mardi. Cette mesure intervient dans le cadre d'une "
     "information judiciaire ouverte en décembre par la juridiction nationale de lutte contre "
     "la criminalité organisée (Junalco) du parquet de Paris.", "fr",
     ("investigation", PARIS, ("service/telegram",), "2024-12")),
    ("La messagerie Telegram a été bloquée mardi par le parquet de Paris. L'enquête avait été "
     "ouverte en 2023 par le parquet.", "fr",
     ("investigation", PARIS, ("service/telegram",), "2023")),
]


@pytest.mark.parametrize(("text", "language", "step"), JUDICIAL)
def test_a_judicial_inquiry_is_the_prosecutor_s(factual_steps, text, language, step):
    assert step in factual_steps(dt.date(2025, 5, 28))("Titre\n\n" + text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("La messagerie Telegram a été bloquée mardi par le parquet de Paris. Une enquête a été "
     "ouverte en 2023 par un juge d'instruction.", "fr"),
    ("Telegram was blocked on Tuesday by the Paris prosecutor's office. An investigation was "
     "opened in 2023 by an investigating judge.", "en"),
    ("La messagerie Telegram a été bloquée mardi par le parquet de Paris. Une information "
     "judiciaire a été ouverte en 2023 par un juge d'instruction.", "fr"),
])
def test_a_probe_a_judge_opened_is_not_the_prosecutor_s(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}
