"""Investigations and requests for information as wire services, newspapers and releases word
them, in English and French (issue 3, session 10, invented sentences).

Corpus guideline 4: opening, extending or the preliminary findings of a probe are an
`investigation`; a formal request or notice to provide information is a
`request_for_information`. A raid or unannounced visit to the platform's premises is an
`investigation` (tests/sweep 805); a prosecutor's probe aimed at the platform is one too (broad
702, wide 510). Not annotated: possible next steps ("could open", "n'a pas exclu"), calls by MPs
or groups, closings, a company's own investigation, a newspaper's investigation, denials.
Guideline 6: present-tense or present-perfect reports with no day get `date: null`; "said on
Tuesday it had begun" dates the step to that Tuesday (tests/sweep conventions).

Of 130 invented sentences first written (81 steps, 49 traps), 66 steps already came out right;
the ones below failed before this session's fixes, with the traps and the negative cases of
the new cues. Every text is published on Wednesday 6 March 2024.
"""

from __future__ import annotations

import pytest

INV, RFI = "investigation", "request_for_information"
EC, FTC = "European Commission", "Federal Trade Commission"
TEXAS, FR_COMPETITION = "Texas Attorney General", "French Competition Authority"

# (text, language, the (type, actor, target, date) it must yield)
Row = tuple[str, str, set[tuple[str, str, str, str | None]]]

# Missing cues, actors or dates, or a wrong type, before this session.
STEPS: list[Row] = [
    # an order to hand over information is a request, not an order (wrong type before)
    ("The FTC sent letters to five AI companies on Thursday, including OpenAI and Anthropic, "
     "ordering them to hand over information about their investments.", "en",
     {(RFI, FTC, "OpenAI", "2024-02-29"), (RFI, FTC, "Anthropic", "2024-02-29")}),
    ("La Commission a sommé TikTok de lui communiquer d'ici au 15 mars des informations sur "
     "TikTok Lite.", "fr", {(RFI, EC, "TikTok", None)}),
    # the days to reply are the request's, not an order (an extra order before)
    ("The Garante has also asked DeepSeek to say what personal data it collects, giving it 20 "
     "days to reply.", "en", {(RFI, "Italian Data Protection Authority", "DeepSeek", None)}),
    # the body only described
    ("Temu is being investigated by South Korea's fair trade regulator over its consumer "
     "protection practices.", "en", {(INV, "Korea Fair Trade Commission", "Temu", None)}),
    # "said on <day> it had begun": the day of the announcement (date missing before)
    ("The Irish regulator, Coimisiún na Meán, said on Wednesday it had begun an investigation "
     "into X's complaint-handling.", "en", {(INV, "Coimisiún na Meán", "X", "2024-03-06")}),
    ("Ofcom said on Tuesday it had begun an investigation into X.", "en",
     {(INV, "Ofcom", "X", "2024-03-05")}),
    # the office-holder speaks for the office: "Attorney General Ken Paxton said ... his office"
    ("Texas Attorney General Ken Paxton said on Thursday his office had launched investigations "
     "into Character.AI and 14 other companies.", "en",
     {(INV, TEXAS, "Character.AI", "2024-02-29")}),
    ("FTC Chair Lina Khan said on Monday the agency had opened an inquiry into Microsoft.", "en",
     {(INV, FTC, "Microsoft", "2024-03-04")}),
    # notified with a demand for answers
    ("Brazil's consumer protection agency Senacon has notified Meta, demanding explanations about "
     "changes to its content moderation policy.", "en",
     {(RFI, "National Consumer Secretariat", "Meta", None)}),
    ("Le Senacon a notifié Meta, exigeant des explications sur sa politique de modération.", "fr",
     {(RFI, "National Consumer Secretariat", "Meta", None)}),
    # raids and unannounced visits
    ("Investigators from the European Commission visited Meta's Dublin offices unannounced on "
     "Tuesday.", "en", {(INV, EC, "Meta", "2024-03-05")}),
    ("Les enquêteurs de la Commission se sont rendus à l'improviste au siège d'Amazon au "
     "Luxembourg mardi.", "fr", {(INV, EC, "Amazon", "2024-03-05")}),
    ("La DGCCRF a mené des opérations de visite et saisie chez Shein le mois dernier.", "fr",
     {(INV, "DGCCRF", "Shein", "2024-02")}),
    ("Detectives from the Directorate of Criminal Investigations seized documents at Worldcoin's "
     "offices in Nairobi on Saturday.", "en",
     {(INV, "Directorate of Criminal Investigations", "Worldcoin", "2024-03-02")}),
    ("Les enquêteurs de l'Autorité de la concurrence ont saisi des documents dans les locaux "
     "d'Apple à Paris mardi.", "fr", {(INV, FR_COMPETITION, "Apple", "2024-03-05")}),
    # a request with a day between the verb and the addressee, or for records
    ("L'Arcom a demandé lundi à TikTok de lui remettre l'ensemble des documents relatifs à sa "
     "modération.", "fr", {(RFI, "Arcom", "TikTok", "2024-03-04")}),
    ("In a letter dated 1 March, the FTC asked Amazon to turn over records about its Prime "
     "cancellation process.", "en", {(RFI, FTC, "Amazon", "2024-03-01")}),
    # answers wanted of the platform; the passive of an order to hand over details
    ("Brussels wants answers from TikTok about the app's rewards programme by 18 April.", "en",
     {(RFI, EC, "TikTok", None)}),
    ("Bruxelles exige des réponses de TikTok d'ici au 18 avril.", "fr",
     {(RFI, EC, "TikTok", None)}),
    ("La CNIL attend des explications de Meta sur sa nouvelle politique.", "fr",
     {(RFI, "CNIL", "Meta", None)}),
    ("X was ordered by Australia's eSafety Commissioner on Monday to hand over details of its "
     "child-protection tools.", "en", {(RFI, "eSafety Commissioner", "X", "2024-03-04")}),
    ("L'autorité irlandaise de régulation des médias a lancé jeudi une enquête sur X.", "fr",
     {(INV, "Coimisiún na Meán", "X", "2024-02-29")}),
    # a probe decided or begun in other words
    ("Après la plainte de l'association noyb, la CNIL a décidé d'instruire le dossier visant "
     "Google.", "fr", {(INV, "CNIL", "Google", None)}),
    ("Le régulateur néerlandais de la vie privée a commencé à examiner la collecte de données de "
     "Worldcoin.", "fr", {(INV, "Dutch Data Protection Authority", "Worldcoin", None)}),
    ("L'Autorité de la concurrence a décidé de se saisir d'office des pratiques de Meta dans la "
     "publicité en ligne.", "fr", {(INV, FR_COMPETITION, "Meta", None)}),
    # a participle of opening leads the sentence, the body after the noun
    ("Ouverte en janvier, l'enquête du Bureau de la concurrence vise les pratiques de Google en "
     "matière de publicité.", "fr", {(INV, "Competition Bureau Canada", "Google", "2024-01")}),
]

# Possible, planned, called-for, denied, weighed, closed or private investigations: no step.
TRAPS: list[tuple[str, str]] = [
    ("The European Commission could open an investigation into X if it fails to answer by the "
     "end of the month.", "en"),
    ("The CMA is considering a probe into Microsoft's partnership with OpenAI.", "en"),
    ("Lawmakers called on Tuesday for an inquiry into Meta's handling of teen accounts.", "en"),
    ("The FTC closed its investigation into Snap on Monday without taking action.", "en"),
    ("Meta said it had launched an internal investigation into the leak.", "en"),
    ("A months-long investigation by The Guardian found that TikTok's algorithm pushed harmful "
     "content to teenagers.", "en"),
    ("Google said it was cooperating with the Competition Commission of India and denied any "
     "wrongdoing.", "en"),
    ("The Irish Data Protection Commission may launch a formal inquiry into X's Grok chatbot, a "
     "spokesperson said.", "en"),
    ("The Commission would open proceedings against Apple only if the company refused to change "
     "its rules, officials said.", "en"),
    ("Senators demanded that the FTC investigate OpenAI.", "en"),
    ("Lawmakers urged that the Commission open a formal investigation into TikTok.", "en"),
    ("Amazon denied it was under investigation by the Bundeskartellamt.", "en"),
    ("The probe into Microsoft was closed last month after the company changed its licensing "
     "terms.", "en"),
    ("Ofcom said it was not currently investigating Reddit.", "en"),
    ("If the answers are unsatisfactory, the Commission may open formal proceedings against "
     "Temu.", "en"),
    ("The Texas attorney general's office declined to say whether it was investigating Roblox.",
     "en"),
    ("The Commission plans to open an investigation into Shein next month.", "en"),
    ("Apple said it would cooperate with any investigation by the European Commission.", "en"),
    ("The FTC declined to comment on whether it had opened an investigation into Microsoft.",
     "en"),
    ("Consumer groups filed a complaint with the Commission on Tuesday asking it to investigate "
     "Temu.", "en"),
    ("An EU official said the Commission was still weighing whether to open a formal probe into "
     "X.", "en"),
    ("An investigation into X by Ofcom is being considered, officials said.", "en"),
    ("Ofcom has the power to investigate platforms such as TikTok and fine them up to 10% of "
     "their turnover.", "en"),
    ("Under the law, the eSafety Commissioner can demand information from platforms like X and "
     "conduct audits.", "en"),
    ("Reuters could not determine whether the CMA had opened an inquiry into Amazon.", "en"),
    ("Microsoft shares fell 2% after reports that the FTC might investigate its cloud business.",
     "en"),
    ("Meta has hired a law firm to investigate the allegations.", "en"),
    ("The Commission is expected to open an investigation into Meta as early as next week, "
     "sources said.", "en"),
    ("The Competition and Markets Authority said on Monday it had no plans to investigate "
     "Microsoft's hiring of Inflection staff.", "en"),
    # a visit that is no raid
    ("Ofcom staff visited TikTok's London offices on Monday to discuss the new codes.", "en"),
    ("La CNIL n'a pas exclu d'ouvrir une enquête sur Worldcoin.", "fr"),
    ("La Commission pourrait ouvrir une procédure formelle contre Temu dans les prochaines "
     "semaines.", "fr"),
    ("Des députés ont réclamé mardi l'ouverture d'une enquête sur TikTok.", "fr"),
    ("L'enquête visant Meta a été classée sans suite en janvier.", "fr"),
    ("Le parquet de Paris envisage d'ouvrir une enquête sur Telegram, selon une source "
     "judiciaire.", "fr"),
    ("Google a lancé une enquête interne après la fuite de documents.", "fr"),
    ("Une enquête du Monde révèle que Shein a recours à des sous-traitants non déclarés.", "fr"),
    ("Amazon a démenti faire l'objet d'une enquête de l'Autorité de la concurrence.", "fr"),
    ("Si TikTok ne répond pas, l'Arcom pourrait lancer une procédure de sanction.", "fr"),
    ("Les associations demandent à la Commission européenne d'ouvrir une enquête sur Shein.",
     "fr"),
    ("La Commission européenne a clos mardi son enquête sur Apple.", "fr"),
    ("L'Arcom devrait ouvrir une enquête sur X d'ici l'été.", "fr"),
    ("La commission d'enquête du Sénat sur TikTok a entendu mardi ses dirigeants.", "fr"),
    ("L'Autorité de la concurrence pourrait se saisir du dossier Google.", "fr"),
    ("La CNIL dit étudier l'opportunité d'une enquête sur Worldcoin.", "fr"),
    ("Le ministre a demandé mardi à l'Arcom d'enquêter sur TikTok.", "fr"),
    ("La Commission n'a pas encore décidé d'ouvrir une enquête sur Temu.", "fr"),
    ("L'ouverture d'une enquête sur X par l'Arcom serait envisagée, selon Le Figaro.", "fr"),
    ("Une enquête sur Meta est à l'étude.", "fr"),
    ("Meta a ouvert une enquête interne sur la fuite des documents.", "fr"),
    ("La Commission européenne pourrait demander des informations à Temu si les signalements se "
     "multiplient.", "fr"),
    ("TikTok a répondu vendredi à la demande d'informations de la Commission européenne.", "fr"),
    ("Le gouvernement souhaite que la Commission européenne enquête sur Shein.", "fr"),
    ("Police seized a stolen phone at a Meta office on Saturday.", "en"),
    # a court's order to produce documents, answers wanted by MPs, a class asked in a plan
    ("Meta was ordered by a federal judge on Monday to hand over documents about teen users.",
     "en"),
    ("Les députés veulent des explications de Meta.", "fr"),
    ("Ofcom wants platforms to explain their age checks.", "en"),
    # a visit that is no raid; a proposal examined is no probe
    ("Le ministre s'est rendu au siège de Meta mardi.", "fr"),
    ("La Commission examine la proposition de loi sur Meta.", "fr"),
]

# The negative cases of the new request cues: an order to inform users, to stop or to hand
# over documents by a court stays an order; a body's own demand is still its request.
KEPT: list[Row] = [
    ("The CNIL ordered Google to provide users with information about cookies.", "en",
     {("order", "CNIL", "Google", None)}),
    ("La CNIL a enjoint à Meta de fournir des informations claires aux utilisateurs.", "fr",
     {("order", "CNIL", "Meta", None)}),
    ("Ofcom demanded that X stop the practice.", "en", {("order", "Ofcom", "X", None)}),
    ("The Commission demanded that Meta hand over internal documents.", "en",
     {(RFI, EC, "Meta", None)}),
]


def _ids(rows: list[Row]) -> list[str]:
    return [f"{language}-{text[:45]}" for text, language, _ in rows]


@pytest.mark.parametrize(("text", "language", "expected"), STEPS, ids=_ids(STEPS))
def test_an_investigation_or_request_as_the_press_words_it(labelled_steps, text, language,
                                                           expected):
    assert labelled_steps(text, language) == expected


@pytest.mark.parametrize(("text", "language"), TRAPS, ids=[t[:45] for t, _ in TRAPS])
def test_an_investigation_not_taken_gives_no_step(labelled_steps, text, language):
    assert labelled_steps(text, language) == set()


@pytest.mark.parametrize(("text", "language", "expected"), KEPT, ids=_ids(KEPT))
def test_an_order_or_demand_near_the_new_cues_keeps_its_type(labelled_steps, text, language,
                                                             expected):
    assert labelled_steps(text, language) == expected


def test_regression_asked_to_stop_collecting_data_is_no_request(labelled_steps):
    # "data" governed by another verb was read as the information asked for (a wrong fact)
    text = ("Japan's Personal Information Protection Commission has asked OpenAI to stop "
            "collecting sensitive data and is studying further steps.")
    assert not {s for s in labelled_steps(text, "en") if s[0] == RFI}
