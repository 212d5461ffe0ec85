"""Findings and other cues of a step, in the words news uses (issue 3, session 13, invented
sentences; the mechanisms of the CUE rows of the thaw and melt error analyses).

Guideline 4: the preliminary or non-sanctioning findings of a body are an `investigation`
("concluded on Tuesday that X breached", "a conclu mercredi qu'X avait porté atteinte à",
"a constaté que X était en infraction", a statement of objections in other words: a proposed
infringement decision, charges presented by the body, "a présenté ses griefs"); so are an
assessment, review or examination the body carries out of a company's practices. A body joining
another's suit brings it too. "X was told to sell" and "X s'est vu ordonner par Y de" are Y's
order. Written questions sent to a company are a request for information.
A negation before a colon denies nothing after it; "No."
before a word is an answer that ends its sentence, not the abbreviation of "number".

Every text is published on Wednesday 6 March 2024.
"""

from __future__ import annotations

import pytest

INV, RFI, SUIT, ORDER = "investigation", "request_for_information", "lawsuit", "order"
FINE, COMMIT = "fine", "commitment"
JFTC, ACCC = "Japan Fair Trade Commission", "Australian Competition and Consumer Commission"
AGCM, CMA = "Italian Competition Authority", "Competition and Markets Authority"
TEXAS, FR_COMPETITION = "Texas Attorney General", "French Competition Authority"

# (text, language, the (type, actor, target, date) it must yield)
Row = tuple[str, str, set[tuple[str, str | None, str | None, str | None]]]

# Findings with a day or an adverb between the verb and "that"/"que", and breach words.
FINDINGS: list[Row] = [
    ("The Japan Fair Trade Commission concluded on Tuesday that Google had breached the "
     "Antimonopoly Act.", "en", {(INV, JFTC, "Google", "2024-03-05")}),
    ("The ACCC concluded in March 2023 that Google had breached the Australian Consumer Law.",
     "en", {(INV, ACCC, "Google", "2023-03")}),
    ("Italy's AGCM found last week that Apple was in breach of consumer law.", "en",
     {(INV, AGCM, "Apple", None)}),
    ("Brazil's CADE concluded on Monday that Apple had violated competition law.", "en",
     {(INV, "Administrative Council for Economic Defense", "Apple", "2024-03-04")}),
    ("La CNIL a conclu mercredi que Uber avait porté atteinte à la vie privée de ses clients.",
     "fr", {(INV, "CNIL", "Uber", "2024-03-06")}),
    ("L'Autorité italienne de la concurrence a conclu jeudi qu'Apple avait enfreint le code de "
     "la consommation.", "fr", {(INV, AGCM, "Apple", "2024-02-29")}),
    ("L'AGCM a estimé que les pratiques de Google étaient contraires à la loi.", "fr",
     {(INV, AGCM, "Google", None)}),
    ("La CNIL a constaté lundi que TikTok était en infraction avec le RGPD.", "fr",
     {(INV, "CNIL", "TikTok", "2024-03-04")}),
    ("Le Bundeskartellamt a conclu mardi que Meta avait porté atteinte au droit de la "
     "concurrence.", "fr", {(INV, "Federal Cartel Office", "Meta", "2024-03-05")}),
]

# Preliminary findings in other words; assessments, reviews and examinations of a company.
PROBES: list[Row] = [
    ("The Turkish Competition Authority sent Google a proposed infringement decision in May "
     "2023.", "en", {(INV, "Turkish Competition Authority", "Google", "2023-05")}),
    ("The Competition Commission of India presented its charges against Amazon in June 2022.",
     "en", {(INV, "Competition Commission of India", "Amazon", "2022-06")}),
    ("L'Autorité de la concurrence a présenté ses griefs à Google en juin 2023.", "fr",
     {(INV, FR_COMPETITION, "Google", "2023-06")}),
    ("The Irish Data Protection Commission carried out an assessment of TikTok's age "
     "verification in 2021.", "en", {(INV, "Data Protection Commission", "TikTok", "2021")}),
    ("The Dutch Data Protection Authority conducted a review of Uber's data transfers in 2022.",
     "en", {(INV, "Dutch Data Protection Authority", "Uber", "2022")}),
    # the body's own investigators sent in open its probe ("Director" is no verb of a call)
    ("The Competition Commission of India directed its Director General to investigate Google "
     "in March 2021.", "en", {(INV, "Competition Commission of India", "Google", "2021-03")}),
    ("La Commission de la concurrence indienne avait ordonné à son directeur général d'enquêter "
     "sur Google en 2020.", "fr", {(INV, "Competition Commission of India", "Google", "2020")}),
]

# Joining a suit, the told-to passive, commitments and orders with an adverb inside, questions.
OTHER_CUES: list[Row] = [
    ("The Texas Attorney General joined the complaint against Google in December 2020.", "en",
     {(SUIT, TEXAS, "Google", "2020-12")}),
    ("Le procureur général du Texas s'est joint à la plainte contre Google en décembre 2020.",
     "fr", {(SUIT, TEXAS, "Google", "2020-12")}),
    ("Meta was told to sell Giphy by the CMA in October 2021.", "en",
     {(ORDER, CMA, "Meta", "2021-10")}),
    ("Microsoft was told to divest its stake by the Competition and Markets Authority on "
     "Monday.", "en", {(ORDER, CMA, "Microsoft", "2024-03-04")}),
    ("Meta s'est vu ordonner par la CMA de vendre Giphy en octobre 2021.", "fr",
     {(ORDER, CMA, "Meta", "2021-10")}),
    ("L'Arcom impose en outre à Pornhub un contrôle de l'âge sous trois mois.", "fr",
     {(ORDER, "Arcom", "Pornhub", None)}),
    ("La Commission européenne a ouvert une enquête sur TikTok en février 2024. TikTok s'était "
     "alors engagée à retirer la fonction.", "fr",
     {(INV, "European Commission", "TikTok", "2024-02"), (COMMIT, "TikTok", "TikTok", None)}),
    ("La CNIL avait adressé fin janvier à Shein une série de questions écrites sur la collecte "
     "des données.", "fr", {(RFI, "CNIL", "Shein", "2024-01")}),
    ("The eSafety Commissioner sent X a series of written questions on Monday.", "en",
     {(RFI, "eSafety Commissioner", "X", "2024-03-04")}),
]

# A negation before a colon, "No." as an answer.
SCOPES: list[Row] = [
    ("It is not the agency's first case against the company: in March 2021 the FTC sued "
     "Facebook.", "en", {(SUIT, "Federal Trade Commission", "Meta", "2021-03")}),
    ("Has Ofcom fined TikTok before? No. In March 2023 Ofcom opened an investigation into "
     "TikTok.", "en", {(INV, "Ofcom", "TikTok", "2023-03")}),
]

# No step at all: findings by others, findings of no breach, negations, no company.
TRAPS: list[tuple[str, str]] = [
    ("Researchers concluded on Monday that TikTok had breached children's privacy.", "en"),
    ("Des chercheurs ont conclu que TikTok avait porté atteinte à la vie privée des mineurs.",
     "fr"),
    ("La CNIL a conclu que TikTok n'avait pas porté atteinte à la vie privée de ses "
     "utilisateurs.", "fr"),
    ("La CNIL a estimé que les pratiques de Google n'étaient pas contraires à la loi.", "fr"),
    ("The CMA carried out a review of the cloud market in 2023.", "en"),
    ("The FTC did not sue Amazon.", "en"),
    ("It is not the first time Ofcom has fined TikTok.", "en"),
    ("Users joined the complaint against Amazon in 2023.", "en"),
    ("Google s'est vu ordonner par la Cour de justice de payer une amende.", "fr"),
    ("Meta was told to expect a fine by the CMA.", "en"),
    ("Epic Games asked the ACCC on Tuesday to investigate Google.", "en"),
    ("Meta ordered its investigators to look into the leak.", "en"),
    ("The Competition and Markets Authority found on Monday that the merger would not harm "
     "competition.", "en"),
]

# Both steps stay: another company's finding, a finding with its own earlier day, an order;
# "No." before a numeral is still the abbreviation.
KEPT: list[Row] = [
    ("The CNIL fined Criteo 40 million euros on Thursday. In a separate case, the CNIL found "
     "that Google had breached the GDPR.", "en",
     {(FINE, "CNIL", "Criteo", "2024-02-29"), (INV, "CNIL", "Google", None)}),
    ("The ICO found in 2022 that TikTok had breached the law. In March 2023 the ICO fined "
     "TikTok 12.7 million pounds.", "en",
     {(INV, "Information Commissioner's Office", "TikTok", "2022"),
      (FINE, "Information Commissioner's Office", "TikTok", "2023-03")}),
    ("Ofcom concluded that TikTok had breached the Online Safety Act. It ordered TikTok to fix "
     "its age checks.", "en", {(INV, "Ofcom", "TikTok", None), (ORDER, "Ofcom", "TikTok", None)}),
    ("The Commission can fine a company up to 10% of its turnover under Regulation No. 1/2003.",
     "en", set()),
]


def _ids(rows: list[Row]) -> list[str]:
    return [f"{language}-{text[:45]}" for text, language, _ in rows]


@pytest.mark.parametrize(("text", "language", "expected"), FINDINGS, ids=_ids(FINDINGS))
def test_finding_with_a_day_or_new_breach_words_is_an_investigation(labelled_steps, text,
                                                                    language, expected):
    assert labelled_steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), PROBES, ids=_ids(PROBES))
def test_preliminary_findings_and_assessments_are_investigations(labelled_steps, text, language,
                                                                 expected):
    assert labelled_steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), OTHER_CUES, ids=_ids(OTHER_CUES))
def test_joined_suits_passive_orders_and_questions_are_steps(labelled_steps, text, language,
                                                             expected):
    assert labelled_steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), SCOPES, ids=_ids(SCOPES))
def test_negation_stops_at_a_colon_and_no_ends_a_sentence(labelled_steps, text, language,
                                                           expected):
    assert labelled_steps(text, language) == expected


@pytest.mark.parametrize(("text", "language"), TRAPS, ids=[t[:45] for t, _ in TRAPS])
def test_findings_of_others_or_of_no_breach_give_no_step(labelled_steps, text, language):
    assert labelled_steps(text, language) == set()


@pytest.mark.parametrize(("text", "language", "expected"), KEPT, ids=_ids(KEPT))
def test_findings_beside_other_steps_are_kept(labelled_steps, text, language, expected):
    assert labelled_steps(text, language) == expected
