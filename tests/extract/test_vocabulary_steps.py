"""Vocabulary of steps the rules did not know (issue 3, V5): wordings of investigations,
requests, lawsuits, fines and announcements that official releases and the press use, in
English and French, each with invented positive sentences and hard negatives.

Three kinds of change are tested here:
- cue words of the lexicon layer (data/patterns/lexicon.yaml): each positive is found only
  with the layer on;
- trigger, modality and anaphora patterns (data/patterns/actions.yaml): each positive is found;
- every new phrase has hard negatives (purpose, possibility, plan, the company's own step,
  a step denied) that must yield exactly the facts listed (most often none).

The sentences are invented in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

EC, OFCOM, CNIL = "authority/european-commission", "authority/ofcom", "authority/cnil"
ARCOM, GARANTE, OPC = "authority/arcom", "authority/garante", "authority/opc-canada"
TEXAS, ESAFETY = "authority/texas-attorney-general", "authority/esafety-commissioner"
FTC = "authority/ftc"
META, GOOGLE, APPLE = "organisation/meta", "organisation/google", "organisation/apple"
TIKTOK, X, KICK = "service/tiktok", "service/x", "service/kick"
CHAN, TELEGRAM, DEEPSEEK = "service/4chan", "service/telegram", "service/deepseek"
SHEIN, INSTAGRAM, BTK = "service/shein", "service/instagram", "authority/btk"
D = dt.date(2025, 6, 4)

# --- cue words of the lexicon layer: found only with the layer on --------------------------
LEXICON_POSITIVES: list[tuple[str, str, list[Fact]]] = [
    # a probe begun in a gerund
    ("The CMA has begun examining whether Google's search terms harm competition.", "en",
     [("investigation", "authority/cma", (GOOGLE,))]),
    ("eSafety has started looking into Telegram's handling of terrorist content.", "en",
     [("investigation", ESAFETY, (TELEGRAM,))]),
    # a search of the premises
    ("The Bundeskartellamt searched the Hamburg offices of Meta.", "en",
     [("investigation", "authority/bundeskartellamt", (META,))]),
    # the platform put under a probe
    ("Ofcom put 4chan under investigation.", "en", [("investigation", OFCOM, (CHAN,))]),
    # a probe ordered by a competition authority is a probe, not an order
    ("The Competition Commission of India ordered an investigation into Google's billing "
     "policies.", "en", [("investigation", "authority/cci", (GOOGLE,))]),
    # a suit in other words
    ("The Texas Attorney General hauled TikTok into court.", "en",
     [("lawsuit", TEXAS, (TIKTOK,))]),
    ("Le procureur général du Texas a intenté un procès contre TikTok.", "fr",
     [("lawsuit", TEXAS, (TIKTOK,))]),
    # requests for information in other words
    ("The OAIC issued TikTok with a notice to produce documents.", "en",
     [("request_for_information", "authority/oaic", (TIKTOK,))]),
    ("The European Commission has demanded that X hand over internal documents about its "
     "algorithm.", "en", [("request_for_information", EC, (X,))]),
    ("Komdigi has summoned the two local firms linked to X, including X Corp, to explain how "
     "they store data.", "en", [("request_for_information", "authority/komdigi", (X,))]),
    ("Komdigi a convoqué les représentants de X pour qu'ils s'expliquent sur Grok.", "fr",
     [("request_for_information", "authority/komdigi", (X,))]),
    ("Ofcom fined 4chan in October. The regulator had sent the requests this spring, asking "
     "for a copy of the site's risk assessment.", "en",
     [("request_for_information", OFCOM, (CHAN,))]),
    ("eSafety issued legal notices on Thursday. The notices went to the operators of "
     "Character.AI under the Basic Online Safety Expectations.", "en",
     [("request_for_information", ESAFETY, ("service/character-ai",))]),
    ("La Garante a écrit à DeepSeek pour l'interroger sur le traitement des données.", "fr",
     [("request_for_information", GARANTE, (DEEPSEEK,))]),
    # French probes
    ("La CNIL a entrepris une vérification des pratiques de TikTok.", "fr",
     [("investigation", CNIL, (TIKTOK,))]),
    ("La Commission européenne examine si Meta a enfreint le DSA.", "fr",
     [("investigation", EC, (META,))]),
    ("La Commission européenne cherche à déterminer si X a enfreint le DSA.", "fr",
     [("investigation", EC, (X,))]),
    ("Le Bundeskartellamt examine lui aussi le dispositif d'Apple depuis 2022.", "fr",
     [("investigation", "authority/bundeskartellamt", (APPLE,))]),
    # a fine named by its amount alone
    ("En 2022, la CNIL avait infligé 69,2 milliards de wons à Google.", "fr",
     [("fine", CNIL, (GOOGLE,))]),
    # a notice in the passive
    ("Meta and Snap have been served with legal notices by the eSafety Commissioner.", "en",
     [("request_for_information", ESAFETY, (META,)),
      ("request_for_information", ESAFETY, ("organisation/snap",))]),
    # sent to court by a body or a prosecutor
    ("L'Arcom a déféré X devant le tribunal judiciaire de Paris.", "fr",
     [("lawsuit", ARCOM, (X,))]),
    ("Le parquet de Paris a renvoyé Telegram devant le tribunal correctionnel.", "fr",
     [("lawsuit", "authority/paris-prosecutor", (TELEGRAM,))]),
    # a formal notice notified, a processing limited: orders
    ("L'Arcom a notifié à X une mise en demeure.", "fr", [("order", ARCOM, (X,))]),
    ("La Garante a limité provisoirement le traitement des données des utilisateurs italiens "
     "par DeepSeek.", "fr", [("order", GARANTE, (DEEPSEEK,))]),
    # demanding information is a request, not an order
    ("La Commission européenne exige de X des informations sur Grok.", "fr",
     [("request_for_information", EC, (X,))]),
    # findings and probes in other words
    ("The Australian Information Commissioner has made a determination that TikTok breached "
     "Australians' privacy.", "en", [("investigation", "authority/oaic", (TIKTOK,))]),
    ("The Commission has launched an assessment of X's compliance with the DSA.", "en",
     [("investigation", EC, (X,))]),
    ("The European Commission is taking a closer look at Temu.", "en",
     [("investigation", EC, ("service/temu",))]),
    ("La Commission européenne examine de près les pratiques de Temu.", "fr",
     [("investigation", EC, ("service/temu",))]),
    # a notice asking for a report
    ("MeitY issued a notice to X seeking an action-taken report within 72 hours.", "en",
     [("request_for_information", "authority/meity", (X,))]),
    # questions put to the platform
    ("The Commission sent a list of questions to Meta about its election safeguards.", "en",
     [("request_for_information", EC, (META,))]),
    ("La Commission européenne a adressé une série de questions à Meta.", "fr",
     [("request_for_information", EC, (META,))]),
    ("L'Arcom a posé des questions à Kick sur sa modération.", "fr",
     [("request_for_information", ARCOM, (KICK,))]),
    # a lead authority's draft decision in a GDPR inquiry
    ("The Irish Data Protection Commission has submitted a draft decision to its EU "
     "counterparts on TikTok's transfers of data to China.", "en",
     [("investigation", "authority/irish-dpc", (TIKTOK,))]),
    ("La Commission irlandaise de protection des données a soumis un projet de décision à ses "
     "homologues sur les transferts de TikTok.", "fr",
     [("investigation", "authority/irish-dpc", (TIKTOK,))]),
    # A release's account of what its probe "will examine" names the target the lead did not:
    # the probe is open (decided by the domain: the scope of an opened probe is told in the
    # future), its actor the release's one authority.
    ("The Office of the Privacy Commissioner of Canada has launched an investigation following "
     "a complaint. The investigation will examine whether OpenAI obtained valid consent.", "en",
     [("investigation", OPC, ("organisation/openai",))]),
    ("Le Commissariat à la protection de la vie privée du Canada a ouvert une enquête à la "
     "suite d'une plainte. L'enquête permettra de déterminer si OpenAI a obtenu un "
     "consentement valable.", "fr", [("investigation", OPC, ("organisation/openai",))]),
    ("Le Commissariat à la protection de la vie privée du Canada a ouvert une enquête à la "
     "suite d'une plainte. L'enquête portera sur les pratiques de TikTok.", "fr",
     [("investigation", OPC, (TIKTOK,))]),
    # access cut or a service shut down by the state
    ("Komdigi has temporarily terminated access to Grok.", "en",
     [("block", "authority/komdigi", ("service/grok",))]),
    ("The BTK cut access to Roblox on Wednesday.", "en", [("block", BTK, ("service/roblox",))]),
    # ("Komdigi shut down Grok in Indonesia." is read by a precise trigger since session 19:
    # data/patterns/shutdowns.yaml, test_shutdown_blocks.py)
    # the CMA's conduct requirements are an order
    ("The CMA imposed conduct requirements on Google.", "en",
     [("order", "authority/cma", (GOOGLE,))]),
    # the FTC's information orders are requests; an order to pay a sum is a fine
    ("The FTC has issued 6(b) orders to Meta, OpenAI and Snap.", "en",
     [("request_for_information", FTC, (t,)) for t in (META, "organisation/openai",
                                                        "organisation/snap")]),
    ("The FTC issued orders to Meta and Snap seeking information on AI chatbots.", "en",
     [("request_for_information", FTC, (META,)),
      ("request_for_information", FTC, ("organisation/snap",))]),
    ("The eSafety Commissioner ordered X to pay $610,500.", "en", [("fine", ESAFETY, (X,))]),
    # a suspicion stated with its denial after the cue
    ("La Commission soupçonne TikTok de ne pas respecter le DSA.", "fr",
     [("investigation", EC, (TIKTOK,))]),
]

# --- patterns of actions.yaml: found (layer on) ---------------------------------------------
PATTERN_POSITIVES: list[tuple[str, str, list[Fact]]] = [
    # A release announcing today that the bodies "will be jointly investigating" states the
    # probe opened: the decision is taken, the future is how the release words it.
    ("The Office of the Privacy Commissioner of Canada announced today that it will be "
     "jointly investigating TikTok.", "en", [("investigation", OPC, (TIKTOK,))]),
    ("eSafety announced today that it will be investigating Telegram.", "en",
     [("investigation", ESAFETY, (TELEGRAM,))]),
    ("Le Commissariat à la protection de la vie privée du Canada a annoncé aujourd'hui qu'il "
     "mènera une enquête sur TikTok.", "fr", [("investigation", OPC, (TIKTOK,))]),
    ("Le Commissariat à la protection de la vie privée du Canada a annoncé aujourd'hui qu'il "
     "enquêtera sur X.", "fr", [("investigation", OPC, (X,))]),
    # preliminary findings in other words
    ("La Commission européenne a informé TikTok de son point de vue préliminaire selon lequel "
     "la plateforme enfreint le DSA.", "fr", [("investigation", EC, (TIKTOK,))]),
    # a fine "écopée" with a day between
    ("Meta a écopé lundi d'une amende de 21,6 milliards de wons de la part de la CNIL.", "fr",
     [("fine", CNIL, (META,))]),
    # the site named before; the authority as "it" after a fronted clause
    ("Ofcom fined 4chan. It opened an investigation into the site in June.", "en",
     [("fine", OFCOM, (CHAN,)), ("investigation", OFCOM, (CHAN,))]),
    ("Ofcom fined X. When no answer came, it opened an investigation into TikTok in June.",
     "en", [("fine", OFCOM, (X,)), ("investigation", OFCOM, (TIKTOK,))]),
    # a negation inside a fronted clause of time or cause denies nothing of the main clause
    ("Ofcom fined X. When TikTok did not respond, Ofcom opened an investigation into TikTok.",
     "en", [("fine", OFCOM, (X,)), ("investigation", OFCOM, (TIKTOK,))]),
    ("L'Arcom a infligé une amende à X. Comme Kick n'a pas répondu, l'Arcom a ouvert une "
     "enquête sur Kick.", "fr", [("fine", ARCOM, (X,)), ("investigation", ARCOM, (KICK,))]),
    # "elle" after a fronted date is the authority named before
    ("L'Autorité de la concurrence a reçu une plainte contre Apple. En mars 2021, elle avait "
     "rejeté leur demande de mesures conservatoires, mais ouvert une instruction au fond sur "
     "le dispositif d'Apple.", "fr",
     [("investigation", "authority/autorite-de-la-concurrence", (APPLE,))]),
    ("La CNIL a contrôlé Shein en 2023. En 2025, elle a sanctionné le site de mode chinois "
     "d'une amende de 150 millions d'euros.", "fr",
     [("fine", CNIL, (SHEIN,)), ("investigation", CNIL, (SHEIN,))]),
    # access restricted, in the passive with its agent; "the Meta-owned app"
    ("Access to Instagram was restricted on August 2 by the BTK.", "en",
     [("block", BTK, (INSTAGRAM,))]),
    ("Instagram is popular in Turkey. Access to the Meta-owned app was restricted on August 2 "
     "by the BTK.", "en", [("block", BTK, (INSTAGRAM,))]),
    # a probe of a class of platforms stated by its question
    ("Ofcom fined X. Ofcom is also examining whether seven file-sharing services have done "
     "enough to stop abuse.", "en", [("fine", OFCOM, (X,)), ("investigation", OFCOM, ())]),
    # "will today": a release's step taken on its own day
    ("Ofcom will today open an investigation into 4chan.", "en",
     [("investigation", OFCOM, (CHAN,))]),
    # a government's advisory to a platform is a call (statement), not an order
    ("MeitY issued an advisory to X over obscene content generated by Grok.", "en",
     [("statement", "authority/meity", (X,))]),
    # a fine "écopée" with its amount alone
    ("Selon la CNIL, Shein écope de 150 millions d'euros d'amende.", "fr",
     [("fine", CNIL, (SHEIN,))]),
]

# --- hard negatives: exactly these facts (most often none) ----------------------------------
NEGATIVES: list[tuple[str, str, list[Fact]]] = [
    ("TikTok has begun reviewing its age checks.", "en", []),
    ("The Commission could begin examining whether X complied.", "en", []),
    ("Meta searched the offices of its rivals for talent.", "en", []),
    ("Ofcom may put 4chan under investigation.", "en", []),
    # the French "mise en examen" (a charge), not a probe opened
    ("Paris prosecutors placed Telegram under formal investigation.", "en", []),
    ("Google ordered an internal investigation into the leak.", "en", []),
    ("X hauled the Commission into court.", "en", []),
    ("Meta a intenté un procès contre la Commission européenne.", "fr", []),
    ("TikTok sent the Commission a notice to produce documents about the case.", "en", []),
    ("Campaigners demanded that the Commission provide answers about its probe into X.",
     "en", []),
    ("The Commission will summon X's representatives to explain the Grok deepfakes.", "en", []),
    ("TikTok summoned its staff, including managers, to explain the new policy.", "en", []),
    ("X a convoqué les journalistes pour s'expliquer sur sa politique.", "fr", []),
    ("Meta sent the requests last year, asking for a review of the fine.", "en", []),
    ("The notices went to the printers on Monday.", "en", []),
    ("DeepSeek a écrit à la Garante pour l'interroger sur la procédure.", "fr", []),
    ("Google a entrepris un examen de ses propres pratiques.", "fr", []),
    ("TikTok examine si ses systèmes sont conformes au DSA.", "fr", []),
    ("L'Arcom examine si elle peut agir contre Kick.", "fr", []),
    ("La CNIL pourrait chercher à déterminer si TikTok respecte le RGPD.", "fr", []),
    ("TikTok cherche à déterminer si ses systèmes sont conformes.", "fr", []),
    ("Meta examine lui aussi les pratiques de ses concurrents.", "fr", []),
    ("Google a commencé à examiner ses pratiques.", "fr", []),
    ("La CNIL pourrait infliger 20 millions d'euros à Google.", "fr", []),
    ("TikTok a présenté son point de vue préliminaire sur le règlement.", "fr", []),
    ("Meta risque d'écoper d'une amende de la CNIL.", "fr", []),
    # an announced probe stays a plan when it is conditional or for later
    ("The Commission announced today that it will investigate Meta if the complaints are "
     "confirmed.", "en", []),
    ("The Commission announced that it will open formal proceedings against Temu next year.",
     "en", []),
    ("La Commission européenne enquêtera sur X si les plaintes se confirment.", "fr", []),
    ("La Commission européenne a annoncé qu'elle enquêtera sur X l'an prochain.", "fr", []),
    ("Meta announced today that it will be investigating the leak.", "en", []),
    # a negation in the main clause still denies, after a fronted clause or an aside
    ("Ofcom fined X. When asked, Ofcom said it had not opened an investigation into 4chan.",
     "en", [("fine", OFCOM, (X,))]),
    ("Ofcom fined X. Ofcom has not, so far, opened an investigation into 4chan.", "en",
     [("fine", OFCOM, (X,))]),
    ("L'Arcom a infligé une amende à X. Quand on l'a interrogée, l'Arcom a dit qu'elle "
     "n'avait pas ouvert d'enquête sur Kick.", "fr", [("fine", ARCOM, (X,))]),
    ("Instagram was restricted by Meta to adults on Monday.", "en", []),
    ("The BTK said access to Instagram may be restricted by the courts.", "en", []),
    ("Meta is examining whether its platforms comply with the DSA.", "en", []),
    ("Ofcom fined X. Ofcom could be examining whether seven file-sharing services have done "
     "enough to stop abuse.", "en", [("fine", OFCOM, (X,))]),
    ("Shein écope de 150 millions d'euros de chiffre d'affaires supplémentaire.", "fr", []),
    ("Ofcom will today decide whether to open an investigation into 4chan.", "en", []),
    ("Ofcom will today set out whether it will open an investigation into 4chan.", "en", []),
    ("Meta was served with legal notices for its own contractors.", "en", []),
    ("La Cour a renvoyé l'affaire devant le tribunal.", "fr", []),
    ("X a déféré la décision de l'Arcom devant le Conseil d'État.", "fr", []),
    ("X a notifié à l'Arcom une mise en demeure.", "fr", []),
    ("Meta a limité le traitement des données de ses utilisateurs.", "fr", []),
    ("Meta exige de la Commission des explications sur l'amende.", "fr", []),
    ("TikTok soupçonne Meta de ne pas respecter le DSA.", "fr", []),
    ("La Commission pourrait soupçonner TikTok de ne pas respecter le DSA.", "fr", []),
    ("TikTok made a determination that its systems breached nothing.", "en", []),
    ("The Commission made a determination that the rules work.", "en", []),
    ("The Commission could be taking a closer look at Temu.", "en", []),
    ("Meta has launched an assessment of its own compliance with the DSA.", "en", []),
    ("The Commission has launched an assessment of the market.", "en", []),
    ("Temu examine de près les pratiques de ses concurrents.", "fr", []),
    ("X issued a notice to users seeking feedback.", "en", []),
    ("X sent a notice to the Commission seeking clarification of the rules.", "en", []),
    ("The ministry will send a notice to X asking for details.", "en", []),
    ("Meta imposed bandwidth throttling on its own servers.", "en", []),
    # slowing a service down is a throttle, not a block (tests/broad README, session 10)
    ("The BTK imposed bandwidth throttling on X.", "en", []),
    ("X issued an advisory to its users about scams.", "en", []),
    ("The ministry may issue an advisory to X.", "en", []),
    ("TikTok submitted a draft decision to its board.", "en", []),
    ("Meta a soumis un projet de décision à ses actionnaires.", "fr", []),
    ("Meta launched an internal review. The review will examine whether its staff leaked "
     "data.", "en", []),
    ("Ofcom may open an investigation. The investigation would examine whether 4chan has "
     "failed to protect users.", "en", []),
    ("The Office of the Privacy Commissioner of Canada has received a complaint. If opened, "
     "the investigation will examine whether OpenAI obtained valid consent.", "en", []),
    ("Meta sent a list of questions to the Commission about the rules.", "en", []),
    ("Campaigners requested that the Commission provide documents on X.", "en", []),
    ("Meta a adressé une série de questions à la Commission européenne.", "fr", []),
    ("The Commission will send a list of questions to Meta.", "en", []),
    ("Meta shut down CrowdTangle in August.", "en", []),
    ("X cut access to its API for researchers.", "en", []),
    ("Pakistan's telecom authority could shut off access to X.", "en", []),
    ("The FTC issued orders to its staff on Monday.", "en", []),
    ("The court ordered Amazon to pay refunds to customers.", "en", []),
    # a headline's amount with no word of a fine, and a country in a place (wide 516)
    ("Transferts de données vers la Chine : TikTok écope de 530 millions d'euros en Irlande",
     "fr", []),
]

# A probe closed is no probe opened (regression: each gave an investigation before).
CLOSINGS: list[tuple[str, str]] = [
    ("The Commission shut down its investigation into Meta.", "en"),
    ("The Commission ended its investigation into Meta.", "en"),
    ("The Commission terminated its investigation into Meta.", "en"),
    ("La Commission a mis fin à son enquête sur Meta.", "fr"),
    ("Le parquet a abandonné les poursuites contre Telegram.", "fr"),
]


def _ids(cases: list[tuple[str, str, list[Fact]]]) -> list[str]:
    return [f"{c[1]}-{i:02d}" for i, c in enumerate(cases)]


@pytest.mark.parametrize(("text", "language", "expected"), LEXICON_POSITIVES,
                         ids=_ids(LEXICON_POSITIVES))
def test_new_cue_words_state_steps(extractor, without_lexicon, article_of, text, language,
                                   expected):
    article = article_of(text, language, D)
    got = facts(extractor, article)
    assert all(fact in got for fact in expected), got
    assert not any(fact in facts(without_lexicon, article) for fact in expected)


@pytest.mark.parametrize(("text", "language", "expected"), PATTERN_POSITIVES,
                         ids=_ids(PATTERN_POSITIVES))
def test_new_patterns_state_steps(extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), NEGATIVES, ids=_ids(NEGATIVES))
def test_hard_negatives_of_the_new_vocabulary(extractor, article_of, text, language,
                                              expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language"), CLOSINGS,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(CLOSINGS)])
def test_regression_a_probe_ended_is_no_probe_opened(extractor, article_of, text, language):
    assert facts(extractor, article_of(text, language, D)) == []


def test_announced_today_dates_the_jointly_opened_probe_on_the_release_day(extractor,
                                                                            article_of):
    """The announcement's "today" dates the probe it states opened."""
    text = ("The Office of the Privacy Commissioner of Canada announced today that it will be "
            "jointly investigating TikTok.")
    actions = extractor.extract(article_of(text, "en", D)).actions
    assert [(a.type, a.status, a.date.iso() if a.date else None) for a in actions] == [
        ("investigation", "opened", D.isoformat())]


@pytest.mark.parametrize(("text", "domain", "groups"), [
    ("The EU antitrust regulator fined Google.", "competition",
     {"country": None, "demonym": "EU"}),
    ("The Dutch privacy watchdog fined Uber.", "privacy", {"country": None, "demonym": "Dutch"}),
    ("Italy's data protection authority fined OpenAI.", "privacy",
     {"country": "Italy", "demonym": None}),
])
def test_regression_a_capitalised_the_is_no_country_of_a_domain_description(patterns, text,
                                                                            domain, groups):
    """"The EU antitrust regulator" read "The" as the country (no body: no actor)."""
    found = [p.search(text) for d, p in patterns.of("en").domain_descriptions if d == domain]
    # (the `anaphor` group, "the country's", is test_s10_actors.py's)
    assert found[0] is not None and found[0].groupdict() == {**groups, "anaphor": None}
