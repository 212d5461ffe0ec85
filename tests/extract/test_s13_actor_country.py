"""The acting body and its country decided from the whole text (session 13, melt's top
mechanism). Invented sentences, none from the dev sets.

- A description set beside a body's name is that body: "par l'autorité des télécoms, la
  BTK" had given France's Arcep a Turkish fine (a wrong fact, and a second actor).
- No French default for a description in a text that a dateline, a state's demonym or a
  country as subject places abroad ("ANKARA, 4 mars – Le régulateur des télécommunications").
- A capital stands for its country in a description ("Rome's antitrust watchdog").
- A bare "the Commission" is the EU's only with EU context: an article that names only
  countries outside the EU never gives the European Commission a step.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 6)


def _rows(extractor, article_of, language: str, text: str) -> set[tuple[str, str | None]]:
    article = article_of(text, language, published=PUBLISHED)
    return {(a.type, a.actor.split("/")[-1] if a.actor else None)
            for a in extractor.extract(article).actions}


# (language, text, the (type, actor) that must be there, actors that must not be)
_APPOSED = [
    ("fr", "Mercredi, YouTube s'est vu infliger une amende de 5 millions de livres par "
     "l'autorité des télécoms, la BTK.", ("fine", "btk"), {"arcep"}),
    ("fr", "L'autorité des télécoms, la BTK, a infligé jeudi une amende à TikTok.",
     ("fine", "btk"), {"arcep"}),
    ("fr", "La BTK, l'autorité des télécoms, a infligé lundi une amende à Facebook.",
     ("fine", "btk"), {"arcep"}),
    ("fr", "Le gendarme de la concurrence, le Cade, a ouvert lundi une enquête sur Apple.",
     ("investigation", "cade"), {"autorite-de-la-concurrence"}),
    ("fr", "Apple fait l'objet d'une enquête ouverte mardi par le gendarme de la concurrence, "
     "le Cade.", ("investigation", "cade"), {"autorite-de-la-concurrence"}),
    ("fr", "Le gendarme de la vie privée, l'AEPD, a infligé vendredi une amende de 2 millions "
     "d'euros à Google.", ("fine", "aepd"), {"cnil"}),
    ("fr", "Le gendarme de la concurrence, l'AGCM, a infligé mardi une amende à Apple.",
     ("fine", "agcm"), {"autorite-de-la-concurrence"}),
    ("fr", "Amazon a été condamné jeudi à une amende par le gendarme de la concurrence, "
     "l'UOKiK.", ("fine", "uokik"), {"autorite-de-la-concurrence"}),
    ("fr", "Le régulateur de la vie privée, l'OAIC, a ouvert lundi une enquête sur Uber.",
     ("investigation", "oaic"), {"cnil"}),
]

_ABROAD = [
    ("fr", "ANKARA, 4 mars – Le régulateur des télécommunications a infligé lundi une amende "
     "à X.", ("fine", "btk"), {"arcep"}),
    ("fr", "Istanbul, 4 mars – Le régulateur des télécommunications a infligé lundi une "
     "amende à YouTube.", ("fine", "btk"), {"arcep"}),
    ("fr", "Les autorités turques s'impatientent. Lundi, le vice-ministre turc a annoncé que "
     "X s'était vu infliger une amende par le régulateur des télécommunications.",
     ("fine", "btk"), {"arcep"}),
    ("fr", "La Turquie accuse X de désinformation.\n\nLe gendarme des télécoms a infligé "
     "mardi une amende à X.", ("fine", "btk"), {"arcep"}),
    ("fr", "Ankara accuse YouTube de désinformation.\n\nLe gendarme des télécoms a infligé "
     "mardi une amende à YouTube.", ("fine", "btk"), {"arcep"}),
    ("fr", "Le régulateur des télécommunications a ordonné lundi le blocage de TikTok en "
     "Turquie.", None, {"arcep"}),
    ("fr", "Nairobi, 4 mars – Le régulateur des télécommunications a ordonné lundi aux "
     "opérateurs de bloquer Telegram.", None, {"arcep"}),
    ("fr", "Dakar, 4 mars – Le gendarme des télécoms a infligé lundi une amende à Orange.",
     None, {"arcep"}),
    ("fr", "Le gouvernement japonais s'inquiète.\n\nLe gendarme de la concurrence a infligé "
     "mardi une amende à Google.", ("fine", "jftc"), {"autorite-de-la-concurrence"}),
    ("fr", "Le gouvernement turc et le gouvernement brésilien s'inquiètent.\n\nLe gendarme "
     "de la concurrence a infligé mardi une amende à Google.", None,
     {"autorite-de-la-concurrence"}),
    ("fr", "Le gouvernement de la République du Tchad s'inquiète.\n\nLe régulateur des "
     "télécommunications a ordonné mardi aux opérateurs de bloquer TikTok.", None, {"arcep"}),
    ("fr", "Le Royaume du Maroc durcit le ton.\n\nLe régulateur des télécommunications a "
     "ordonné mardi aux opérateurs de bloquer Telegram.", None, {"arcep"}),
]

_CAPITALS = [
    ("en", "Rome's antitrust watchdog opened an investigation into Apple on Monday.",
     ("investigation", "agcm"), set()),
    ("en", "Madrid's privacy watchdog fined Google on Monday.", ("fine", "aepd"), set()),
    ("en", "Ankara's telecoms regulator fined X on Monday.", ("fine", "btk"), set()),
    ("en", "Warsaw's consumer watchdog fined Allegro on Monday.", ("fine", "uokik"), set()),
    ("en", "Canberra's online safety regulator ordered X on Monday to remove the video.",
     ("order", "esafety-commissioner"), set()),
    ("en", "Dublin's privacy watchdog fined TikTok on Friday.", ("fine", "irish-dpc"), set()),
    ("en", "Amsterdam's competition regulator fined Apple on Friday.", ("fine", "acm"), set()),
    ("en", "Ottawa's competition watchdog sued Google on Monday.",
     ("lawsuit", "competition-bureau-canada"), {"government-of-canada"}),
    ("en", "Budapest's competition office fined Meta on Monday.", ("fine", "gvh"), set()),
    ("en", "Islamabad's telecoms regulator blocked X on Saturday.", ("block", "pta"), set()),
    ("en", "Lisbon's competition authority fined Apple on Monday.",
     ("fine", "portuguese-competition-authority"), set()),
]

_COMMISSION = [
    ("en", "TOKYO - The commission ordered LINE Yahoo on Monday to tighten its security.",
     None, {"european-commission"}),
    ("en", "Beijing - The Commission fined Alibaba on Monday, officials said.", None,
     {"european-commission"}),
    ("en", "Tokyo - The Commission fined LINE Yahoo on Monday, Japanese officials said.",
     None, {"european-commission"}),
    ("fr", "SÉOUL, 4 mars – La Commission a infligé lundi une amende à Kakao, ont indiqué "
     "les autorités coréennes.", None, {"european-commission"}),
    ("en", "The commission fined Kakao on Monday. South Korea's Personal Information "
     "Protection Commission said the leak hit 65,000 users.", None, {"european-commission"}),
]

# Traps: the right actor stays (or no actor is made up).
_TRAPS = [
    ("fr", "La République française s'inquiète.\n\nLe régulateur des télécommunications a "
     "ordonné mardi aux opérateurs de bloquer TikTok.", ("block", "arcep"), set()),
    ("fr", "Le régulateur des télécommunications, l'Anatel, a ordonné vendredi aux opérateurs "
     "de bloquer X.", None, {"arcep"}),
    ("en", "Korea's watchdog, the KFTC, fined Google on Tuesday.", ("fine", "kftc"), set()),
    ("en", "The country's privacy regulator, the PIPC, fined Meta on Monday.",
     ("fine", "pipc"), set()),
    ("en", "SEOUL - The commission concluded on Monday that Kakao had breached the privacy "
     "law. Korean officials said more was to come.", None, {"european-commission"}),
    ("fr", "Le gendarme de la vie privée a infligé lundi une amende à Google.",
     ("fine", "cnil"), set()),
    ("fr", "Paris, le 4 mars 2024 – Le gendarme de la vie privée a infligé lundi une amende "
     "à Google, dont le siège européen est en Irlande.", ("fine", "cnil"), {"irish-dpc"}),
    ("fr", "Le gendarme de la vie privée a infligé lundi une amende à Meta pour des "
     "transferts de données aux États-Unis.", ("fine", "cnil"), set()),
    ("fr", "Le gendarme de la vie privée a infligé lundi une amende au géant américain "
     "Google.", ("fine", "cnil"), set()),
    ("fr", "Le gendarme de la vie privée, la CNIL, a infligé lundi une amende à Google.",
     ("fine", "cnil"), set()),
    ("fr", "Le gendarme italien de la vie privée, le Garante, a infligé mercredi une amende à "
     "OpenAI.", ("fine", "garante"), {"cnil"}),
    ("fr", "L'Arcom, le régulateur britannique et la CNIL ont infligé lundi une amende à X.",
     ("fine", "ofcom"), set()),
    ("fr", "Au Brésil, le gendarme de la concurrence, le Cade, a ouvert lundi une enquête sur "
     "Apple.", ("investigation", "cade"), {"autorite-de-la-concurrence"}),
    ("en", "The Commission fined Google on Monday under the Digital Markets Act.",
     ("fine", "european-commission"), set()),
    ("fr", "La Commission a infligé lundi une amende de 10 millions d'euros à Google.",
     ("fine", "european-commission"), set()),
    ("en", "Brussels - The Commission fined Apple on Monday, US officials said.",
     ("fine", "european-commission"), set()),
    ("en", "The Korea Fair Trade Commission fined Google on Monday. The Commission also "
     "ordered Google to change its contracts.", ("order", "kftc"), {"european-commission"}),
    ("fr", "La DPC irlandaise a infligé une amende à Meta en 2023.\n\nLe gendarme de la "
     "concurrence a ouvert lundi une enquête sur Google.", ("fine", "irish-dpc"),
     {"ccpc"}),
]


def _check(extractor, article_of, language, text, wanted, banned) -> None:
    rows = _rows(extractor, article_of, language, text)
    if wanted is not None:
        assert wanted in rows
    assert not {actor for _, actor in rows} & banned


@pytest.mark.parametrize(("language", "text", "wanted", "banned"), _APPOSED)
def test_regression_a_description_beside_a_name_is_that_body(
        extractor, article_of, language, text, wanted, banned) -> None:
    _check(extractor, article_of, language, text, wanted, banned)


@pytest.mark.parametrize(("language", "text", "wanted", "banned"), _ABROAD)
def test_regression_no_french_default_in_a_text_placed_abroad(
        extractor, article_of, language, text, wanted, banned) -> None:
    _check(extractor, article_of, language, text, wanted, banned)


@pytest.mark.parametrize(("language", "text", "wanted", "banned"), _CAPITALS)
def test_a_capital_stands_for_its_country_in_a_description(
        extractor, article_of, language, text, wanted, banned) -> None:
    _check(extractor, article_of, language, text, wanted, banned)


@pytest.mark.parametrize(("language", "text", "wanted", "banned"), _COMMISSION)
def test_regression_a_bare_commission_outside_the_eu_is_not_the_eus(
        extractor, article_of, language, text, wanted, banned) -> None:
    _check(extractor, article_of, language, text, wanted, banned)


@pytest.mark.parametrize(("language", "text", "wanted", "banned"), _TRAPS)
def test_trap_the_right_actor_stays(extractor, article_of, language, text, wanted,
                                    banned) -> None:
    _check(extractor, article_of, language, text, wanted, banned)
