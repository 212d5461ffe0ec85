"""Targets of two sentence shapes (issue 3): a fronted participle whose subject is the target
("Fined by the CNIL, Shein said ...": the step's target is the main clause's subject, its
actor the agent after "by"/"par"), and a request whose addressee is the target ("Ofcom writes
to X demanding answers over Grok": X, not the subject matter after "over"/"sur").

The cases were written before the rules were run on them; each states every factual step the
sentence must yield. The hard negatives are the same shapes with no step of a body against a
platform: a wrong fact is worse than a missing one.
"""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow


EC, OFCOM, ICO, FTC = ("authority/european-commission", "authority/ofcom", "authority/ico",
                       "authority/ftc")
CNIL, ARCOM, GARANTE = "authority/cnil", "authority/arcom", "authority/garante"
GOOGLE, META, OPENAI = "organisation/google", "organisation/meta", "organisation/openai"
X, SHEIN, KICK, TIKTOK = "service/x", "service/shein", "service/kick", "service/tiktok"
TEMU, STF = "service/temu", "authority/brazil-supreme-court"
TELEGRAM, YUBO = "service/telegram", "organisation/yubo"
DPC, BTK, ESAFETY = "authority/irish-dpc", "authority/btk", "authority/esafety-commissioner"
AMAZON, MICROSOFT = "organisation/amazon", "organisation/microsoft"

FRONTED_PARTICIPLES: list[Case] = [
    ("Fined by the CNIL, Shein said it would appeal.", "en", [("fine", CNIL, "FR", (SHEIN,))]),
    ("Fined €40 million by the CNIL in 2022, Shein has since changed its cookie banner.", "en",
     [("fine", CNIL, "FR", (SHEIN,))]),
    ("Ordered by Ofcom to assess the risks of its service, Telegram said it would comply.",
     "en", [("order", OFCOM, "GB", (TELEGRAM,))]),
    ("Investigated by the FTC since 2023, OpenAI has added parental controls to ChatGPT.", "en",
     [("investigation", FTC, "US", (OPENAI,))]),
    ("Fined by the European Commission last year, Google has changed its shopping results.",
     "en", [("fine", EC, "EU", (GOOGLE,))]),
    ("Mise en demeure par l'Arcom, la plateforme Kick a quinze jours pour se conformer.", "fr",
     [("order", ARCOM, "FR", (KICK,))]),
    ("Condamnée à une amende de 150 millions d'euros par la CNIL, Google a modifié son "
     "bandeau cookies.", "fr", [("fine", CNIL, "FR", (GOOGLE,))]),
    ("Mis en demeure par la CNIL en 2023, Yubo a renforcé la vérification de l'âge.", "fr",
     [("order", CNIL, "FR", (YUBO,))]),
    ("Sanctionné par la Commission européenne l'an dernier, TikTok a modifié son programme "
     "de récompenses.", "fr", [("sanction", EC, "EU", (TIKTOK,))]),
    # headline-like nominal participle, the amount before the agent
    ("Hit with a €345 million fine by the Irish Data Protection Commission, TikTok said it "
     "disagreed with the decision.", "en", [("fine", DPC, "IE", (TIKTOK,))]),
    ("Sued by the Federal Trade Commission in 2023, Amazon denied the allegations.", "en",
     [("lawsuit", FTC, "US", (AMAZON,))]),
    ("Warned by Ofcom that it could face fines, Telegram said it would comply.", "en",
     [("warning", OFCOM, "GB", (TELEGRAM,))]),
    ("Blocked by Turkey's BTK in October, Kick is still unavailable there.", "en",
     [("block", BTK, "TR", (KICK,))]),
    # a description before the subject's name
    ("Fined by the CNIL, the Chinese retailer Shein said it would appeal.", "en",
     [("fine", CNIL, "FR", (SHEIN,))]),
    ("Visée par une enquête de la Commission européenne, TikTok a suspendu son programme de "
     "récompenses.", "fr", [("investigation", EC, "EU", (TIKTOK,))]),
    ("Sommée par l'Arcom de retirer les vidéos, la plateforme Kick a obtempéré.", "fr",
     [("order", ARCOM, "FR", (KICK,))]),
    # an adverb or a perfect auxiliary before the participle; other names in the main clause
    ("Already fined by the CNIL in 2020, Google said the rules should also apply to Meta.",
     "en", [("fine", CNIL, "FR", (GOOGLE,))]),
    ("Having been fined by the CNIL in 2022, Shein changed its cookie banner.", "en",
     [("fine", CNIL, "FR", (SHEIN,))]),
    ("Déjà mise en demeure par l'Arcom, la plateforme Kick a quinze jours pour se conformer.",
     "fr", [("order", ARCOM, "FR", (KICK,))]),
    ("Ayant été mise en demeure par la CNIL, Yubo a renforcé ses contrôles.", "fr",
     [("order", CNIL, "FR", (YUBO,))]),
    ("Déjà condamnée par la CNIL à une amende, la société Google estime que Meta et Amazon "
     "échappent aux règles.", "fr", [("fine", CNIL, "FR", (GOOGLE,))]),
    # a name in the possessive before the subject is not the subject
    ("Fined by the CNIL, Shein's rival Temu said it would cooperate.", "en",
     [("fine", CNIL, "FR", (TEMU,))]),
    ("Ordered by Brazil's Supreme Court to name a legal representative, X complied.", "en",
     [("order", STF, "BR", (X,))]),
    # a list as the main clause's subject
    ("Investigated by the Commission, TikTok and Meta said they would cooperate.", "en",
     [("investigation", EC, "EU", (TIKTOK,)), ("investigation", EC, "EU", (META,))]),
    # a body as the main clause's subject: the participle is about the body, no platform's
    ("Ordered by Parliament to report on platforms, Ofcom fined 4chan.", "en",
     [("fine", OFCOM, "GB", ("service/4chan",))]),
]

FRONTED_NEGATIVES: list[Case] = [
    ("Criticised by MPs, Meta defended its record.", "en", []),
    ("Critiquée par les députés, Meta a défendu son bilan.", "fr", []),
    ("Sued by consumer groups, Meta denied any wrongdoing.", "en", []),
    ("Poursuivie par une association de consommateurs, Shein conteste les faits.", "fr", []),
    ("Backed by Microsoft, OpenAI has launched a new model.", "en", []),
    ("Asked by reporters about the probe, the Commission declined to comment.", "en", []),
    ("Soutenue par Tencent, la plateforme a levé des fonds.", "fr", []),
    ("Investigated by journalists for months, Meta changed its policy.", "en", []),
    ("Praised by the Commission for its cooperation, TikTok published a report.", "en", []),
    ("Saluée par l'Arcom pour sa coopération, Meta a publié un rapport.", "fr", []),
]

ADDRESSEES: list[Case] = [
    ("Ofcom writes to X demanding answers over Grok images", "en",
     [("request_for_information", OFCOM, "GB", (X,))]),
    ("The ICO has written to Meta seeking information about Instagram's teen accounts.", "en",
     [("request_for_information", ICO, "GB", (META,))]),
    ("The Commission sent Meta a request for information concerning Instagram's recommender "
     "systems.", "en", [("request_for_information", EC, "EU", (META,))]),
    ("The Garante sent a request for information to Google concerning YouTube's age checks.",
     "en", [("request_for_information", GARANTE, "IT", (GOOGLE,))]),
    ("L'Arcom a écrit à X pour réclamer des explications sur Grok.", "fr",
     [("request_for_information", ARCOM, "FR", (X,))]),
    ("La CNIL a adressé à Google une demande d'informations au sujet de YouTube.", "fr",
     [("request_for_information", CNIL, "FR", (GOOGLE,))]),
    ("La Commission européenne a envoyé à Meta une demande d'informations concernant "
     "Instagram.", "fr", [("request_for_information", EC, "EU", (META,))]),
    ("La Commission européenne a demandé à Meta des informations sur WhatsApp.", "fr",
     [("request_for_information", EC, "EU", (META,))]),
    # notices and orders: the addressee too
    ("The Commission sent Meta a formal notice over Instagram's design.", "en",
     [("order", EC, "EU", (META,))]),
    ("eSafety issued a transparency notice to Google about YouTube.", "en",
     [("request_for_information", ESAFETY, "AU", (GOOGLE,))]),
    ("La CNIL a envoyé une mise en demeure à Microsoft concernant LinkedIn.", "fr",
     [("order", CNIL, "FR", (MICROSOFT,))]),
    ("L'Arcom a adressé un courrier à Google au sujet de YouTube pour lui demander des "
     "informations.", "fr", [("request_for_information", ARCOM, "FR", (GOOGLE,))]),
    # the addressee of the letter is not the target of the next step
    ("The ICO wrote to Snap about its chatbot, and fined TikTok over children's data.", "en",
     [("fine", ICO, "GB", (TIKTOK,))]),
    ("The Commission wrote to Meta and opened an investigation on TikTok's ads.", "en",
     [("investigation", EC, "EU", (TIKTOK,))]),
    # an object pronoun after the subject matter refers to the addressee
    ("L'Arcom a écrit à X au sujet de Grok pour lui demander des explications.", "fr",
     [("request_for_information", ARCOM, "FR", (X,))]),
    ("La CNIL a écrit à Meta au sujet de TikTok pour lui demander des informations.", "fr",
     [("request_for_information", CNIL, "FR", (META,))]),
    ("La CNIL a écrit à Google et à Microsoft au sujet de YouTube et LinkedIn pour leur "
     "demander des informations.", "fr",
     [("request_for_information", CNIL, "FR", (GOOGLE,)),
      ("request_for_information", CNIL, "FR", (MICROSOFT,))]),
    # no letter addressed: the platform after "sur" is the referent
    ("La CNIL a enquêté sur Google et lui a infligé une amende.", "fr",
     [("fine", CNIL, "FR", (GOOGLE,)), ("investigation", CNIL, "FR", (GOOGLE,))]),
]

ADDRESSEE_NEGATIVES: list[Case] = [
    ("Meta wrote to the Commission demanding answers over the fine.", "en", []),
    ("Users wrote to Ofcom demanding action over Grok.", "en", []),
    ("Des utilisateurs ont écrit à l'Arcom pour exiger des explications sur Kick.", "fr", []),
    ("Meta sent the Commission a letter about the fine.", "en", []),
    ("Meta a écrit à la Commission européenne pour réclamer des explications sur l'amende.",
     "fr", []),
]

# The agent inside the trigger's words ("Condamné par la CNIL à une amende") before the
# platform's answer ("a fait appel", "a contesté"): named_agents.agent_inside.
ACTOR_GAPS: list[Case] = [
    ("Condamné par la CNIL à une amende de 50 millions d'euros, Google a fait appel.", "fr",
     [("fine", CNIL, "FR", (GOOGLE,))]),
]

POSITIVES = FRONTED_PARTICIPLES + ADDRESSEES
NEGATIVES = FRONTED_NEGATIVES + ADDRESSEE_NEGATIVES


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES, ids=case_ids(POSITIVES))
def test_target_of_fronted_participle_or_request_addressee(extractor, article_of, text,
                                                           language, expected):
    assert steps_of(extractor, article_of, text, language) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), NEGATIVES, ids=case_ids(NEGATIVES))
def test_fronted_and_addressed_hard_negatives_yield_no_step(extractor, article_of, text,
                                                            language, expected):
    assert steps_of(extractor, article_of, text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), ACTOR_GAPS, ids=case_ids(ACTOR_GAPS))
def test_fronted_participle_actor_gaps(extractor, article_of, text, language, expected):
    assert steps_of(extractor, article_of, text, language) == sorted(expected)
