"""How a target company is named: legal-form suffixes, a parent's possessive ("Alphabet Inc's
Google"), a product beside its maker ("OpenAI's ChatGPT", "ChatGPT maker OpenAI") and former
legal names ("Facebook Ireland Limited" is Meta) resolve to one reference target, as the
corpus guidelines name it (guideline 3: the company or platform as named; "Meta" for
Facebook/Instagram proceedings). Sentences invented for this file (English and French).
"""

from __future__ import annotations

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

pytestmark = pytest.mark.slow

META, GOOGLE, ALPHABET, APPLE = ("organisation/meta", "organisation/google",
                                 "organisation/alphabet", "organisation/apple")
OPENAI, UBER, AMAZON = "organisation/openai", "organisation/uber", "organisation/amazon"
CHATGPT, YOUTUBE, WHATSAPP = "service/chatgpt", "service/youtube", "service/whatsapp"
TIKTOK, X = "service/tiktok", "service/x"


@pytest.fixture(scope="module")
def targets_of(extractor, article_of):
    """(type, targets) of the factual actions of one sentence."""

    def run(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
        actions = extractor.extract(article_of(text, language)).actions
        return sorted({(a.type, a.targets) for a in actions if a.status in FACTUAL_STATUSES})

    return run


# (text, language, expected (type, targets) of the factual actions)
POSITIVE = [
    # Legal-form suffixes of a reference company.
    ("The Dutch Data Protection Authority has fined Uber Technologies Inc. €290 million.",
     "en", [("fine", (UBER,))]),
    ("La CNIL a infligé une amende de 10 millions d'euros à la société Uber B.V.",
     "fr", [("fine", (UBER,))]),
    ("La CNIL a infligé une amende à la société Shein Distribution SAS.", "fr",
     [("fine", ("service/shein",))]),
    # A former legal name: Facebook, Inc. and Facebook Ireland Limited are Meta's.
    ("La CNIL a infligé une amende de 60 millions d'euros à la société FACEBOOK IRELAND "
     "LIMITED.", "fr", [("fine", (META,))]),
    ("The Federal Trade Commission sued Facebook, Inc. for illegal monopolisation.",
     "en", [("lawsuit", (META,))]),
    # A parent's possessive before its subsidiary: the company named is the subsidiary.
    ("South Korea's antitrust regulator fined Alphabet Inc's Google 207 billion won.",
     "en", [("fine", (GOOGLE,))]),
    ("The Commission fined Alphabet's Google €2.4 billion for abusing its dominance.",
     "en", [("fine", (GOOGLE,))]),
    # A product beside its maker in one step: one target, the maker.
    ("The Office of the Privacy Commissioner of Canada launched an investigation into OpenAI, "
     "the maker of ChatGPT.", "en", [("investigation", (OPENAI,))]),
    ("The Garante fined ChatGPT maker OpenAI 15 million euros.", "en", [("fine", (OPENAI,))]),
    ("Le Commissariat à la protection de la vie privée du Canada a ouvert une enquête visant "
     "OpenAI, la société à l'origine du robot conversationnel ChatGPT.",
     "fr", [("investigation", (OPENAI,))]),
    ("The Garante opened an investigation into OpenAI's ChatGPT over a data breach.",
     "en", [("investigation", (OPENAI,))]),
    ("The Garante fined ChatGPT's maker, OpenAI, 15 million euros.", "en", [("fine", (OPENAI,))]),
    ("The Commission fined Google, a unit of Alphabet, €2.4 billion.", "en",
     [("fine", (GOOGLE,))]),
    ("La CNIL a infligé une amende à Google, filiale d'Alphabet.", "fr", [("fine", (GOOGLE,))]),
    ("The DPC fined Facebook owner Meta €1.2 billion.", "en", [("fine", (META,))]),
    # An apposition describes the name before it: that name is the target.
    ("The Commission opened proceedings against TikTok, owned by China's ByteDance, over its "
     "advertising library.", "en", [("investigation", (TIKTOK,))]),
    ("La Commission a ouvert une enquête visant TikTok, la filiale de ByteDance.", "fr",
     [("investigation", (TIKTOK,))]),
    # ... but the parent is the company the phrase is about when the subsidiary describes it.
    ("The Commission opened proceedings against Google's parent company Alphabet.", "en",
     [("investigation", (ALPHABET,))]),
    ("The Commission opened proceedings against Alphabet, Google's parent company.", "en",
     [("investigation", (ALPHABET,))]),
    ("The Garante fined Replika developer Luka Inc. €5 million.", "en",
     [("fine", ("organisation/luka",))]),
    ("The FTC sued Amazon.com Inc. over Prime cancellations.", "en", [("lawsuit", (AMAZON,))]),
]

NEGATIVE = [
    # A plain list keeps a service beside its operator (each received its own notice).
    ("eSafety gave Meta, WhatsApp and Telegram legal notices requiring them to report.",
     "en", [("request_for_information", (META,)), ("request_for_information", (WHATSAPP,)),
            ("request_for_information", ("service/telegram",))]),
    # "Google Ireland" is Google, and Ireland is no target.
    ("The Irish Data Protection Commission fined Google Ireland Limited €50 million.",
     "en", [("fine", (GOOGLE,))]),
    # A subsidiary that is a reference entity of its own stays itself when named alone.
    ("The Commission fined Google €4.3 billion.", "en", [("fine", (GOOGLE,))]),
    ("The Commission opened proceedings against Alphabet.", "en",
     [("investigation", (ALPHABET,))]),
    ("The eSafety Commissioner fined YouTube A$600,000.", "en", [("fine", (YOUTUBE,))]),
    # A service's legal entity is the service ("TikTok Technology Limited" is TikTok).
    ("The DPC fined TikTok Technology Limited €345 million.", "en", [("fine", (TIKTOK,))]),
    # An unknown company keeps its own name, without its legal form.
    ("La CNIL a infligé une amende de 40 millions d'euros à la société Acme Robotics SA.", "fr",
     [("fine", ("organisation/acme-robotics",))]),
    ("L'AGCM a infligé une amende à Apple Italia S.r.l. et à Apple Distribution "
     "International Ltd.", "fr", [("fine", (APPLE,))]),
    # Two different companies stay two targets, even side by side with a possessive.
    ("The Commission fined Apple and Amazon.", "en", [("fine", (AMAZON,)), ("fine", (APPLE,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(POSITIVE)])
def test_target_named_through_its_company(targets_of, text, language, expected):
    assert targets_of(text, language) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), NEGATIVE,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(NEGATIVE)])
def test_distinct_targets_stay_distinct(targets_of, text, language, expected):
    assert targets_of(text, language) == sorted(expected)


def test_similar_company_name_is_not_the_reference_company(extractor, article_of):
    """'Uber Eats Couriers Ltd'-style lookalikes: 'Metaverse Holdings Ltd' is not Meta."""
    actions = extractor.extract(article_of(
        "Ofcom fined Metaverse Holdings Ltd £50,000 for failing to respond.", "en")).actions
    assert actions and all(META not in a.targets for a in actions)


def test_regression_a_step_referred_back_to_is_the_maker_not_its_product(extractor, article_of):
    """Varied 315: "L'enquête portera sur..." took the last platform named (ChatGPT, in "OpenAI,
    la société à l'origine de ChatGPT") as its target beside OpenAI."""
    text = ("L'autorité ouvre une enquête sur OpenAI, l'entreprise derrière ChatGPT\n\n"
            "Le Commissariat à la protection de la vie privée du Canada a ouvert une enquête "
            "visant OpenAI, l'entreprise qui a créé le robot conversationnel ChatGPT.\n\n"
            "L'enquête portera sur le respect de la loi fédérale par l'entreprise.")
    targets = {t for a in extractor.extract(article_of(text, "fr")).actions for t in a.targets}
    assert targets == {OPENAI}


def test_a_country_in_a_company_name_is_neither_target_nor_actor(extractor, article_of):
    """"Google Ireland Limited" is Google: Ireland is no second target, nor the actor."""
    actions = extractor.extract(article_of(
        "The European Commission fined Google Ireland Limited and Meta Platforms Ireland Ltd "
        "a total of €500 million.", "en")).actions
    assert {(a.actor, a.targets) for a in actions} == {
        ("authority/european-commission", (GOOGLE,)), ("authority/european-commission", (META,))}


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A class named by "every"/"each"/"chaque": a step aimed at a class (target null).
    ("The ICO said it is calling on every social media and video-sharing platform to review "
     "how it spots underage users.", "en", [("statement", ())]),
    ("L'Arcom appelle chaque plateforme de partage de vidéos à renforcer ses contrôles.", "fr",
     [("statement", ())]),
])
def test_regression_every_platform_is_a_class_target(targets_of, text, language, expected):
    assert targets_of(text, language) == expected


NM_AG, ZUCKERBERG = "authority/new-mexico-attorney-general", "person/mark-zuckerberg"


def test_regression_a_company_and_its_chief_executive_are_both_sued(targets_of):
    text = ("New Mexico Attorney General Raúl Torrez sued Meta and its chief executive, Mark "
            "Zuckerberg, over the safety of children.")
    assert targets_of(text, "en") == [("lawsuit", (META,)), ("lawsuit", (ZUCKERBERG,))]


@pytest.mark.parametrize("text", [
    # The suing body's official, named after the suit.
    "The New Mexico Attorney General sued Meta, Attorney General Raúl Torrez said.",
    # An officer named without being a co-defendant.
    "The New Mexico Attorney General sued Meta, whose chief executive is Mark Zuckerberg.",
])
def test_a_person_named_near_a_suit_is_no_target_unless_sued_beside_the_company(targets_of,
                                                                                 text):
    assert targets_of(text, "en") == [("lawsuit", (META,))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy's data protection authority said it had fined Luka Inc, the developer of the "
     "Replika chatbot, 5 million euros.", [("fine", ("organisation/luka",))]),
    ("Ofcom fined Aylo Ltd, the owner of Pornhub, £1 million.", [("fine", ("organisation/aylo",))]),
])
def test_regression_an_apposition_after_a_legal_form_describes_the_company(targets_of, text,
                                                                           expected):
    assert targets_of(text, "en") == expected
