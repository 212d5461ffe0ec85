"""The acting body read from the context's forms (issue 3, session 12, ACTOR_REF and SLOT,
second round): what the descriptions of test_actor_descriptions.py leave.

Mechanisms guarded here:
- a pronoun ("it", "elle", "il") after a description that named a body ("It is not the first
  time the Dutch regulator ...", "Ce n'est pas la première fois que le régulateur néerlandais
  ...") or after a cleft ("it was the Spanish agency that moved first", "c'est l'Agence ...
  qui") takes that body, not the last body named by its name before;
- a relative clause whose subject is a description ("proceedings the EU executive opened
  against Apple", "la procédure que l'exécutif européen a ouverte contre Meta");
- a domain description with no country ("le gendarme de la concurrence", "the competition
  watchdog") is the article's body of that domain already named, before the language's
  default country;
- a description with a country and no domain ("the Australian watchdog", "le régulateur
  australien") is that country's body named before, before the country's platform regulator;
- "the state of Texas", "the same office" as the party paid: the state's attorney general;
- a body's full name in the other language ("l'Autorité garante de la concurrence et du
  marché") is that body, never the one named before it.

Traps: a description of a country whose body was never named, a cleft on a company, a
pronoun after a company, a domain description after a body of another domain, two domain
bodies of different countries. The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

D = dt.date(2024, 3, 6)
EC, CNIL, DPA = "authority/european-commission", "authority/cnil", "authority/dutch-dpa"
AEPD, CNPD, ICO = "authority/aepd", "authority/cnpd-portugal", "authority/ico"
OFCOM, CMA, ADLC = "authority/ofcom", "authority/cma", "authority/autorite-de-la-concurrence"
SAMR, KFTC, JFTC = "authority/samr", "authority/kftc", "authority/jftc"
ACCC, ESAFETY = "authority/accc", "authority/esafety-commissioner"
AGCM, CNMC, TXAG = "authority/agcm", "authority/cnmc", "authority/texas-attorney-general"
GARANTE, FCO = "authority/garante", "authority/bundeskartellamt"
ARCOM, FTC = "authority/arcom", "authority/ftc"
FLAG = "authority/florida-attorney-general"
META, GOOGLE, APPLE = "organisation/meta", "organisation/google", "organisation/apple"
AMAZON, UBER = "organisation/amazon", "organisation/uber"
WORLDCOIN, FOURCHAN, TIKTOK = "service/worldcoin", "service/4chan", "service/tiktok"
MEITUAN, KAKAO = "organisation/meituan", "organisation/kakao-mobility"

# --- a pronoun after a description or a cleft takes that body --------------------------------
PRONOUNS: list[tuple[str, str, list[Fact]]] = [
    ("Germany's Federal Cartel Office opened a probe into Amazon in 2022. The Italian "
     "Competition Authority fined Apple in 2021. Now the German office has turned to Meta. In "
     "March, it ordered Meta to stop combining data.", "en",
     [("investigation", FCO, (AMAZON,)), ("fine", AGCM, (APPLE,)), ("order", FCO, (META,))]),
    ("Le Bundeskartellamt a ouvert une enquête sur Amazon en 2022. La CNIL a infligé une "
     "amende de 5 millions d'euros à TikTok en 2023. Le gendarme allemand s'intéresse "
     "désormais à Meta. En mars, il a ordonné à Meta de cesser de croiser les données.", "fr",
     [("investigation", FCO, (AMAZON,)), ("fine", CNIL, (TIKTOK,)), ("order", FCO, (META,))]),
    ("The Dutch Data Protection Authority fined Uber 290 million euros on Monday. The "
     "complaints had come through France's CNIL, which passed them to the Dutch regulator. It "
     "is not the first time the Dutch regulator has penalised the company. In January, it "
     "fined Uber 10 million euros.", "en", [("fine", DPA, (UBER,))]),
    ("L'Autorité néerlandaise de protection des données a infligé lundi une amende de 290 "
     "millions d'euros à Uber. Les plaintes avaient été transmises par la CNIL. Ce n'est pas la "
     "première fois que le régulateur néerlandais sanctionne la société. En janvier, il a "
     "infligé une amende de 10 millions d'euros à Uber.", "fr", [("fine", DPA, (UBER,))]),
]

# --- a relative clause with a described body as its subject ------------------------------------
RELATIVES: list[tuple[str, str, list[Fact]]] = [
    ("The Federal Cartel Office published its report. It follows proceedings the German "
     "office opened against Amazon in 2022.", "en", [("investigation", FCO, (AMAZON,))]),
    ("L'Arcom a publié son rapport. Il fait suite à la procédure que le régulateur a ouverte "
     "contre X en 2023.", "fr", [("investigation", ARCOM, ("service/x",))]),
    ("The European Commission published preliminary findings on Wednesday. They stem from "
     "proceedings the EU executive opened against Apple in March last year.", "en",
     [("investigation", EC, (APPLE,))]),
    ("Ofcom fined 4chan 20,000 pounds in October. The fine follows an investigation the "
     "regulator opened into the forum in June.", "en",
     [("fine", OFCOM, (FOURCHAN,)), ("investigation", OFCOM, (FOURCHAN,))]),
    ("La Commission européenne a publié ses conclusions mercredi. Elles font suite à la "
     "procédure que l'exécutif européen a ouverte contre Meta en mars 2024.", "fr",
     [("investigation", EC, (META,))]),
]

# --- a domain description is the article's body of that domain --------------------------------
DOMAINS: list[tuple[str, str, list[Fact]]] = [
    ("La Commission coréenne de la concurrence a infligé une amende à Kakao Mobility.\n\nLe "
     "gendarme de la concurrence a ensuite ouvert une enquête sur Google.", "fr",
     [("fine", KFTC, (KAKAO,)), ("investigation", KFTC, (GOOGLE,))]),
    ("PÉKIN - La SAMR a infligé vendredi une amende de 3,4 milliards de yuans à Meituan.\n\n"
     "Le gendarme de la concurrence a également enjoint à Meituan de restituer les dépôts de "
     "garantie des commerçants.", "fr",
     [("fine", SAMR, (MEITUAN,)), ("order", SAMR, (MEITUAN,))]),
    ("SÉOUL - La Commission coréenne de la concurrence a infligé une amende de 27 milliards "
     "de wons à Kakao Mobility.\n\nLe gendarme de la concurrence a aussi ordonné à Google de "
     "modifier ses contrats.", "fr",
     [("fine", KFTC, (KAKAO,)), ("order", KFTC, (GOOGLE,))]),
    ("La JFTC a infligé une amende de 5 millions de yens à Amazon.\n\nLe régulateur de la "
     "concurrence a ensuite ouvert une enquête sur Apple.", "fr",
     [("fine", JFTC, (AMAZON,)), ("investigation", JFTC, (APPLE,))]),
]

# --- a country's description takes that country's body named before ---------------------------
COUNTRY_BODIES: list[tuple[str, str, list[Fact]]] = [
    ("The Australian Competition and Consumer Commission sued Google in 2022. In 2023 the "
     "Australian watchdog fined Meta 20 million dollars.", "en",
     [("lawsuit", ACCC, (GOOGLE,)), ("fine", ACCC, (META,))]),
    ("L'ACCC a poursuivi Google en 2022. En 2023, le régulateur australien a infligé une "
     "amende de 20 millions de dollars à Meta.", "fr",
     [("lawsuit", ACCC, (GOOGLE,)), ("fine", ACCC, (META,))]),
]

# --- the state paid, the same office ------------------------------------------------------------
STATES: list[tuple[str, str, list[Fact]]] = [
    ("The Florida Attorney General sued Snap in 2024. In 2025 Snap agreed to pay the state of "
     "Florida $5 million to settle the case.", "en",
     [("lawsuit", FLAG, ("organisation/snap",)), ("fine", FLAG, ("organisation/snap",))]),
    ("The FTC sued Amazon in 2023. Amazon agreed to pay the FTC $2.5 billion to settle the "
     "case.", "en", [("lawsuit", FTC, (AMAZON,)), ("fine", FTC, (AMAZON,))]),
    ("AUSTIN - Google agreed on Friday to pay the state of Texas $1.375 billion to settle two "
     "privacy lawsuits brought by Attorney General Ken Paxton.", "en",
     [("fine", TXAG, (GOOGLE,))]),
    ("The Texas Attorney General sued Google in 2022. Last year Meta agreed to pay the same "
     "office $1.4 billion over facial recognition.", "en",
     [("lawsuit", TXAG, (GOOGLE,)), ("fine", TXAG, (META,))]),
]

# --- a full name in the other language ----------------------------------------------------------
OTHER_LANGUAGE: list[tuple[str, str, list[Fact]]] = [
    ("La CNMC a infligé une amende de 194 millions d'euros à Amazon en 2023. L'Autorité "
     "garante de la concurrence et du marché a infligé une amende de 10 millions d'euros à "
     "Apple en 2021.", "fr", [("fine", CNMC, (AMAZON,)), ("fine", AGCM, (APPLE,))]),
]

# --- forms read before this round: they must stay right --------------------------------------
KEPT: list[tuple[str, str, list[Fact]]] = [
    # a country's description whose body the article named: that body
    ("Japan's Fair Trade Commission fined Google in 2023. In 2024 the Japanese watchdog "
     "ordered Apple to open its app store.", "en",
     [("fine", JFTC, (GOOGLE,)), ("order", JFTC, (APPLE,))]),
    ("La Commission coréenne de la concurrence a infligé une amende à Google en 2021. En 2023, "
     "le régulateur sud-coréen a ordonné à Apple de modifier ses règles.", "fr",
     [("fine", KFTC, (GOOGLE,)), ("order", KFTC, (APPLE,))]),
    # a cleft names the subject a pronoun after it takes
    ("Portugal's data protection commission on Tuesday ordered Worldcoin to stop scanning "
     "irises. In Spain, it was the Spanish Data Protection Agency that moved first. On 6 March "
     "it fined Worldcoin 1 million euros.", "en",
     [("order", CNPD, (WORLDCOIN,)), ("fine", AEPD, (WORLDCOIN,))]),
    ("La CNPD portugaise a ordonné mardi à Worldcoin de cesser de scanner des iris. En "
     "Espagne, c'est l'Agence espagnole de protection des données qui a agi la première. Le 6 "
     "mars, elle a infligé une amende d'un million d'euros à Worldcoin.", "fr",
     [("order", CNPD, (WORLDCOIN,)), ("fine", AEPD, (WORLDCOIN,))]),
    ("Britain's ICO fined TikTok 12.7 million pounds in 2023. This time it was the Italian "
     "Competition Authority that acted. In May it fined TikTok 10 million euros.", "en",
     [("fine", ICO, (TIKTOK,)), ("fine", AGCM, (TIKTOK,))]),
    ("The CMA published its final report on Tuesday. It closes a probe the watchdog launched "
     "into Google in 2023.", "en", [("investigation", CMA, (GOOGLE,))]),
    ("Spain's CNMC fined Amazon 194 million euros in 2023. The Autorità Garante della "
     "Concorrenza e del Mercato fined Apple 10 million euros in 2021.", "en",
     [("fine", CNMC, (AMAZON,)), ("fine", AGCM, (APPLE,))]),
]

# --- traps: nothing borrowed, the right body kept ------------------------------------------------
TRAPS: list[tuple[str, str, list[Fact]]] = [
    # a superlative over a described body's past fines: no step of its own
    ("Ofcom fined TikTok 1.9 million pounds on Tuesday, one of the largest penalties the media "
     "watchdog has levied on a video-sharing platform.", "en", [("fine", OFCOM, (TIKTOK,))]),
    # a payee that is no body: no fine of the body named before
    ("The FTC sued Apple in 2022. Apple agreed to pay Epic $5 million to settle the case.",
     "en", [("lawsuit", FTC, (APPLE,))]),
    # a relative clause whose described subject was never named as a body: nobody
    ("Meta published the report. It follows the probe the Dutch regulator opened into Uber.",
     "en", []),
    # a description of a country whose body was never named: nobody, not the CNIL
    ("The CNIL fined Google in 2022. It is not the first time the Dutch regulator has looked "
     "at the company. In January, it fined Uber 10 million euros.", "en",
     [("fine", CNIL, (GOOGLE,)), ("fine", CNIL, (UBER,))]),
    # a cleft on a company: the pronoun is not a body's
    ("The CNIL fined Google in 2022. It was Meta that appealed first. In March it fined "
     "users.", "en", [("fine", CNIL, (GOOGLE,))]),
    # a domain description after a body of another domain: France's by default
    ("PÉKIN - La CNIL a infligé une amende de 5 millions d'euros à TikTok.\n\nLe gendarme de "
     "la concurrence a infligé une amende de 10 millions d'euros à Google.", "fr",
     [("fine", CNIL, (TIKTOK,)), ("fine", ADLC, (GOOGLE,))]),
    # the French body named: it stays
    ("L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Google.\n\n"
     "Le gendarme de la concurrence a également enjoint à Google de clarifier ses règles.",
     "fr", [("fine", ADLC, (GOOGLE,)), ("order", ADLC, (GOOGLE,))]),
    # two competition bodies of two countries named: no guess between them
    ("La SAMR a infligé une amende à Alibaba en 2021. La Commission coréenne de la "
     "concurrence a infligé une amende de 27 milliards de wons à Kakao Mobility.\n\nLe gendarme "
     "de la concurrence a ouvert une enquête sur Google.", "fr",
     [("fine", KFTC, (KAKAO,)), ("fine", SAMR, ("organisation/alibaba",)),
      ("investigation", ADLC, (GOOGLE,))]),
    # "the Australian watchdog" with no Australian body named: the platform regulator
    ("The Australian watchdog fined X 610,500 dollars in 2023.", "en",
     [("fine", ESAFETY, ("service/x",))]),
    # a relative clause whose subject is a company: no step of a body
    ("The CNIL fined Google in 2022. The complaints the company filed against Meta were "
     "rejected.", "en", [("fine", CNIL, (GOOGLE,))]),
    # the state of Texas as a place: no step
    ("Google opened a data centre in the state of Texas in 2022.", "en", []),
    # the same office with no office named: nobody
    ("The CNIL fined Google in 2022. Meta agreed to pay the same office $1.4 billion.", "en",
     [("fine", CNIL, (GOOGLE,))]),
    # the Italian full name named first, the Spanish body after: each keeps its own
    ("L'Autorité garante de la concurrence et du marché a infligé une amende à Apple en 2021. "
     "La CNMC a infligé une amende de 194 millions d'euros à Amazon en 2023.", "fr",
     [("fine", AGCM, (APPLE,)), ("fine", CNMC, (AMAZON,))]),
    # the Garante (privacy) is not the competition authority
    ("Le Garante a infligé une amende de 15 millions d'euros à OpenAI en 2024.", "fr",
     [("fine", GARANTE, ("organisation/openai",))]),
]


def _ids(cases: list[tuple[str, str, list[Fact]]]) -> list[str]:
    return [f"{c[1]}-{i:02d}-{c[0][:40]}" for i, c in enumerate(cases)]


@pytest.mark.parametrize(("text", "language", "expected"), PRONOUNS, ids=_ids(PRONOUNS))
def test_regression_a_pronoun_follows_the_described_or_clefted_body(extractor, article_of, text,
                                                                    language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), RELATIVES, ids=_ids(RELATIVES))
def test_a_relative_clause_with_a_described_body_is_its_step(extractor, article_of, text,
                                                             language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), DOMAINS, ids=_ids(DOMAINS))
def test_regression_a_domain_description_is_the_articles_body_of_that_domain(
        extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), COUNTRY_BODIES,
                         ids=_ids(COUNTRY_BODIES))
def test_regression_a_countrys_description_is_its_body_named_before(extractor, article_of,
                                                                    text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), STATES, ids=_ids(STATES))
def test_the_state_paid_is_its_attorney_general(extractor, article_of, text, language,
                                                expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), OTHER_LANGUAGE,
                         ids=_ids(OTHER_LANGUAGE))
def test_regression_a_full_name_in_the_other_language_is_that_body(extractor, article_of, text,
                                                                   language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), TRAPS, ids=_ids(TRAPS))
def test_context_forms_never_borrow_another_body(extractor, article_of, text, language,
                                                 expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), KEPT, ids=_ids(KEPT))
def test_context_forms_read_before_stay_right(extractor, article_of, text, language,
                                              expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)
