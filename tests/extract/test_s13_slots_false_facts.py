"""Wrong slots and false facts (issue 3, session 13, rca_thaw/rca_melt SLOT, TYPE, MODALITY and
OTHER rows): invented sentences, none copied from a dev set.

- a company named in a technology description of the object is no co-target ("the chatbot built
  on OpenAI's technology": guideline 3, the target is the company the step is aimed at);
- a legal name and its trade name ("X Pty Ltd, which traded as Binance Australia") are one
  target, the trade name unless only the legal name is known;
- a lone letter ending a longer name ("Enel X") is not the platform X;
- a day, a date or an adverb inside a cue ("ordered providers on March 3 to restrict access",
  "a conclu mercredi qu'", "impose en outre à") does not break it (cue_inserts.py);
- a capability ("fining powers"), a provisional fine (provisional findings, guideline 4), a
  court's fine ending an authority's suit, and undated final findings restating a fine's grounds
  in another sentence are no steps of their own.
Each `test_regression_` case failed before the fix; each `test_trap_` case must keep its result.
"""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

FIXED: list[Case] = [
    # modifier built on
    (
        "Italy's Garante opened an investigation into Replika, the companion app built on "
        "OpenAI's models, on Monday.",
        "en",
        [("investigation", "authority/garante", "IT", ("service/replika",))],
    ),
    # trade which traded as
    (
        "ASIC on Friday filed civil penalty proceedings against Foxbay Holdings Pty Ltd, which "
        "traded as Kraken Australia.",
        "en",
        [("lawsuit", "authority/asic", "AU", ("organisation/kraken",))],
    ),
    # trade trading as
    (
        "The ACCC sued Oztures Trading Pty Ltd, trading as Binance Australia, on Friday.",
        "en",
        [("lawsuit", "authority/accc", "AU", ("organisation/binance",))],
    ),
    # trade operating as
    (
        "The FTC sued Acme Markets Ltd, operating as Amazon Fresh, on Monday.",
        "en",
        [("lawsuit", "authority/ftc", "US", ("organisation/amazon-fresh",))],
    ),
    # trade fr sous le nom
    (
        "La DGCCRF a assigné mardi la société Loopi SAS, exploitant sous le nom commercial "
        "Vinted, devant le tribunal de commerce.",
        "fr",
        [("lawsuit", "authority/dgccrf", "FR", ("service/vinted",))],
    ),
    # insert date providers block
    (
        "Turkey's BTK ordered internet service providers on March 3 to restrict access to "
        "Telegram.",
        "en",
        [("block", "authority/btk", "TR", ("service/telegram",))],
    ),
    # insert day month providers
    (
        "The Pakistan Telecommunication Authority directed mobile operators on 4 March to "
        "suspend access to X.",
        "en",
        [("block", "authority/pta", "PK", ("service/x",))],
    ),
    # insert findings weekday en
    (
        "The CNIL concluded on Monday that Criteo had breached the GDPR.",
        "en",
        [("investigation", "authority/cnil", "FR", ("organisation/criteo",))],
    ),
    # insert findings last week
    (
        "The ICO found last week that TikTok had breached data protection law.",
        "en",
        [("investigation", "authority/ico", "GB", ("service/tiktok",))],
    ),
    # insert fr impose en outre
    (
        "Le FinCEN impose en outre à Binance un contrôleur indépendant.",
        "fr",
        [("order", "authority/fincen", "US", ("organisation/binance",))],
    ),
    # insert fr conclu mercredi
    (
        "L'OAIC a conclu mercredi qu'Uber avait enfreint la loi sur la vie privée.",
        "fr",
        [("investigation", "authority/oaic", "AU", ("organisation/uber",))],
    ),
    # insert fr impose egalement
    (
        "La CNIL impose également à Criteo de supprimer les données.",
        "fr",
        [("order", "authority/cnil", "FR", ("organisation/criteo",))],
    ),
    # insert fr mis lundi en demeure
    (
        "La Cnil a mis lundi en demeure Clearview AI de cesser la collecte.",
        "fr",
        [("order", "authority/cnil", "FR", ("organisation/clearview-ai",))],
    ),
    # trap fining powers
    (
        "Consumer group Which? urged the CMA to use its new fining powers against platforms that "
        "break the rules.",
        "en",
        [],
    ),
    # trap fining cap
    ("Ofcom's fining cap against platforms rose to 10% of turnover.", "en", []),
    # court fine after suit fr
    (
        "En décembre 2017, la DGCCRF avait assigné Amazon devant le tribunal de commerce de "
        "Paris pour des clauses abusives ; la juridiction avait condamné la plateforme à 4 "
        "millions d'euros d'amende en septembre 2019.",
        "fr",
        [("lawsuit", "authority/dgccrf", "FR", ("organisation/amazon",))],
    ),
    # modifier built on possessive object
    (
        "The FTC opened an investigation on Monday into Snap's My AI, a chatbot built on "
        "OpenAI's GPT technology.",
        "en",
        [("investigation", "authority/ftc", "US", ("organisation/snap",))],
    ),
    # longer name fr no target
    ("Le 3 mai 2019, l'AGCM a ouvert une enquête à la suite d'une plainte d'Enel X.", "fr", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), FIXED, ids=case_ids(FIXED))
def test_regression_slots_and_false_facts(extractor, article_of, text, language, expected):
    assert steps_of(extractor, article_of, text, language) == expected


TRAPS: list[Case] = [
    # modifier powered by
    (
        "The ICO issued a preliminary enforcement notice to Snap on Friday over My AI, a chatbot "
        "powered by OpenAI's GPT model.",
        "en",
        [("investigation", "authority/ico", "GB", ("organisation/snap",))],
    ),
    # modifier based on
    (
        "Spain's AEPD opened an investigation on Tuesday into Microsoft's Copilot assistant, "
        "which is based on OpenAI technology.",
        "en",
        [("investigation", "authority/aepd", "ES", ("organisation/microsoft",))],
    ),
    # modifier fr reposant
    (
        "La CNIL a mis en demeure Snap mardi au sujet de My AI, un assistant reposant sur la "
        "technologie d'OpenAI.",
        "fr",
        [("order", "authority/cnil", "FR", ("organisation/snap",))],
    ),
    # modifier fr propulse
    (
        "Le Garante a ouvert lundi une enquête sur DeepSeek, un chatbot propulsé par le modèle "
        "de Mistral AI.",
        "fr",
        [("investigation", "authority/garante", "IT", ("service/deepseek",))],
    ),
    # trap coordinated cotargets
    (
        "The FTC sued Microsoft and OpenAI on Monday.",
        "en",
        [
            ("lawsuit", "authority/ftc", "US", ("organisation/microsoft",)),
            ("lawsuit", "authority/ftc", "US", ("organisation/openai",)),
        ],
    ),
    # trap fr coordinated
    (
        "La CNIL a infligé lundi une amende à Google et à Amazon.",
        "fr",
        [
            ("fine", "authority/cnil", "FR", ("organisation/amazon",)),
            ("fine", "authority/cnil", "FR", ("organisation/google",)),
        ],
    ),
    # trade known legal unknown brand
    (
        "The FTC sued Meta Platforms Inc, trading as Zorblo, on Monday.",
        "en",
        [("lawsuit", "authority/ftc", "US", ("organisation/meta",))],
    ),
    # trap relative runs
    (
        "The CMA fined Acme Ltd, which runs the app Foo, on Monday.",
        "en",
        [("fine", "authority/cma", "GB", ("organisation/acme",))],
    ),
    # longer name complaint fr
    (
        "L'enquête de l'AGCM sur Google avait été ouverte en mai 2019, à la suite d'une plainte "
        "d'Enel X.",
        "fr",
        [("investigation", "authority/agcm", "IT", ("organisation/google",))],
    ),
    # longer name en
    (
        "Ofcom opened an investigation into Google on Monday after a complaint by Enel X.",
        "en",
        [("investigation", "authority/ofcom", "GB", ("organisation/google",))],
    ),
    # trap x after sentence start
    (
        "The Commission fined X on Monday. If X does not comply, it faces more.",
        "en",
        [("fine", "authority/european-commission", "EU", ("service/x",))],
    ),
    # trap x possessive
    (
        "The FTC sued Elon Musk's X on Monday.",
        "en",
        [("lawsuit", "authority/ftc", "US", ("service/x",))],
    ),
    # trap x fr
    (
        "Selon l'Arcom, X a été mis en demeure mardi.",
        "fr",
        [("order", "authority/arcom", "FR", ("service/x",))],
    ),
    # trap findings no breach
    ("The CNIL concluded on Monday that Criteo had cooperated fully.", "en", []),
    # trap fr impose law
    ("La loi impose désormais aux plateformes de vérifier l'âge.", "fr", []),
    # fining still a step
    (
        "Ofcom said on Monday it was fining TikTok £1.9m.",
        "en",
        [("fine", "authority/ofcom", "GB", ("service/tiktok",))],
    ),
    # court fine after suit en
    (
        "In 2019 the ACCC sued Google in the Federal Court, and the court fined the company "
        "A$60m in August 2022.",
        "en",
        [("lawsuit", "authority/accc", "AU", ("organisation/google",))],
    ),
    # trap court fine alone
    (
        "A Moscow court fined Google 3 million roubles on Tuesday.",
        "en",
        [("fine", None, "RU", ("organisation/google",))],
    ),
    # trap findings with order only
    (
        "The CNIL concluded that Criteo had breached the GDPR. It ordered Criteo to delete the "
        "data.",
        "en",
        [
            ("investigation", "authority/cnil", "FR", ("organisation/criteo",)),
            ("order", "authority/cnil", "FR", ("organisation/criteo",)),
        ],
    ),
    # trap preliminary findings kept
    (
        "The Commission fined Meta €800m on Monday. The Commission preliminarily found that Meta "
        "breached the DMA.",
        "en",
        [
            ("fine", "authority/european-commission", "EU", ("organisation/meta",)),
            ("investigation", "authority/european-commission", "EU", ("organisation/meta",)),
        ],
    ),
    # trap findings other target
    (
        "The ICO fined TikTok £12.7m on Monday. The regulator concluded that Snap had breached "
        "data protection law.",
        "en",
        [
            ("fine", "authority/ico", "GB", ("service/tiktok",)),
            ("investigation", "authority/ico", "GB", ("organisation/snap",)),
        ],
    ),
    # modifier fr base sur
    (
        "L'AEPD a ouvert jeudi une enquête sur Replika, une application basée sur les modèles "
        "d'OpenAI.",
        "fr",
        [("investigation", "authority/aepd", "ES", ("service/replika",))],
    ),
    # longer name en no target
    ("Italy's AGCM opened an investigation on 3 May 2019 after a complaint by Enel X.", "en", []),
    # trap fine issued kept
    (
        "The ICO issued TikTok with a fine of £12.7m on Tuesday.",
        "en",
        [("fine", "authority/ico", "GB", ("service/tiktok",))],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), TRAPS, ids=case_ids(TRAPS))
def test_trap_slots_keep_their_facts(extractor, article_of, text, language, expected):
    assert steps_of(extractor, article_of, text, language) == expected
