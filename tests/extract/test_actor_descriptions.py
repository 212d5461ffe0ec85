"""Bodies named only by a description (issue 3, session 12, ACTOR_REF): "the board", "the
German office", "the EU executive", "the Dutch regulator", "le même parquet", "les magistrats
parisiens", "les services d'instruction", and a short form given in an apposition ("known by
its Dutch initials AP", "connue sous le sigle ...").

Mechanisms guarded here:
- a generic head (board, office, executive, case team; services d'instruction, rapporteur)
  refers back to the last named authority, as "the regulator" does (`authority_anaphora`);
- a description that carries a country ("the Dutch regulator", "the German office", "the EU
  executive", "le gendarme néerlandais") takes the last body OF THAT COUNTRY, and nobody when
  the article named none (never another country's body: linking_discourse.resolve_authority);
- "le même parquet", "les magistrats parisiens": the prosecutor's office named before;
- a short form given in an apposition to a body or to a description of it: later uses of the
  short form name the body (acronyms.py).

Traps: a description of a country whose body was never named, a company's board, an
apposition after a company, a magistrate's step with no prosecutor named.
The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

D = dt.date(2024, 3, 6)
EC, CNIL, DPA = "authority/european-commission", "authority/cnil", "authority/dutch-dpa"
FCO, TCA = "authority/bundeskartellamt", "authority/turkish-competition-authority"
ACM, AGCM, CNMC = "authority/acm", "authority/agcm", "authority/cnmc"
PARIS, KFTC, CMA = "authority/paris-prosecutor", "authority/kftc", "authority/cma"
ADLC, GARANTE, AEPD = "authority/autorite-de-la-concurrence", "authority/garante", "authority/aepd"
ACCC, JFTC, ICO = "authority/accc", "authority/jftc", "authority/ico"
OAIC = "authority/oaic"
HCC, OFCOM = "authority/hellenic-competition-commission", "authority/ofcom"
META, GOOGLE, APPLE = "organisation/meta", "organisation/google", "organisation/apple"
AMAZON, UBER, TIKTOK = "organisation/amazon", "organisation/uber", "service/tiktok"
X, TELEGRAM, KICK = "service/x", "service/telegram", "service/kick"

# --- a generic head refers back to the last named body ---------------------------------------
HEADS: list[tuple[str, str, list[Fact]]] = [
    ("Turkey's Competition Authority fined Google in 2021. The board opened an investigation "
     "into Meta in December 2022.", "en",
     [("fine", TCA, (GOOGLE,)), ("investigation", TCA, (META,))]),
    ("Turkey's Competition Authority fined Google in 2021. In October 2022 the competition "
     "board fined Meta 346 million lira.", "en",
     [("fine", TCA, (GOOGLE,)), ("fine", TCA, (META,))]),
    ("The Italian Competition Authority opened a probe into Apple in May. In June the board "
     "fined Amazon 10 million euros.", "en",
     [("investigation", AGCM, (APPLE,)), ("fine", AGCM, (AMAZON,))]),
    ("The Japan Fair Trade Commission warned Google in April. The case team later ordered "
     "Amazon to change its contracts.", "en",
     [("warning", JFTC, (GOOGLE,)), ("order", JFTC, (AMAZON,))]),
    ("L'Autorité de la concurrence a été saisie par des médecins en 2022. En 2023, les services "
     "d'instruction ont notifié des griefs à Google.", "fr",
     [("investigation", ADLC, (GOOGLE,))]),
    ("L'Autorité de la concurrence a infligé une amende à Apple en 2020. En juin 2023, le "
     "rapporteur a notifié des griefs à Meta.", "fr",
     [("fine", ADLC, (APPLE,)), ("investigation", ADLC, (META,))]),
]

# --- a description with a country takes that country's last body ----------------------------
COUNTRY_DESCRIPTIONS: list[tuple[str, str, list[Fact]]] = [
    ("The CNIL passed the complaints to the Dutch Data Protection Authority. In January, the "
     "Dutch regulator fined Uber 10 million euros.", "en", [("fine", DPA, (UBER,))]),
    ("The Bundeskartellamt fined Meta in 2019, and the CMA opened a probe into Google in 2021. "
     "In 2023, the German office opened proceedings against Amazon.", "en",
     [("fine", FCO, (META,)), ("investigation", CMA, (GOOGLE,)),
      ("investigation", FCO, (AMAZON,))]),
    ("The Bundeskartellamt fined Meta in 2019. In 2023, the German office opened proceedings "
     "against Apple.", "en", [("fine", FCO, (META,)), ("investigation", FCO, (APPLE,))]),
    ("Spain's CNMC fined Google in 2022 and the Italian Competition Authority fined Apple in "
     "2023. In May the Spanish regulator fined Amazon 5 million euros.", "en",
     [("fine", CNMC, (GOOGLE,)), ("fine", AGCM, (APPLE,)), ("fine", CNMC, (AMAZON,))]),
    ("The ICO fined TikTok in 2023 and the Garante fined Meta in 2024. In May, the British "
     "office fined Google.", "en",
     [("fine", ICO, (TIKTOK,)), ("fine", GARANTE, (META,)), ("fine", ICO, (GOOGLE,))]),
    ("L'ACM néerlandaise a infligé une amende à Apple en 2021. La CNIL a infligé une amende à "
     "Google en 2022. En 2023, le régulateur néerlandais a infligé une amende à Uber.", "fr",
     [("fine", ACM, (APPLE,)), ("fine", CNIL, (GOOGLE,)), ("fine", ACM, (UBER,))]),
    ("Le Bundeskartellamt a infligé une amende à Meta en 2019. La CNIL a mis en demeure Google "
     "en 2022. En 2023, le gendarme allemand a ouvert une enquête sur Amazon.", "fr",
     [("fine", FCO, (META,)), ("order", CNIL, (GOOGLE,)), ("investigation", FCO, (AMAZON,))]),
]

# --- the prosecutor's office, named by "le même parquet" or its magistrates -------------------
PROSECUTORS: list[tuple[str, str, list[Fact]]] = [
    ("Le parquet de Paris a ouvert une enquête sur X en juillet 2025. Le même parquet avait "
     "ouvert en octobre une enquête sur Apple.", "fr",
     [("investigation", PARIS, (X,)), ("investigation", PARIS, (APPLE,))]),
    ("Le parquet de Paris a ouvert une enquête sur Telegram en 2024. En août, les magistrats "
     "parisiens ont ouvert une enquête sur Kick.", "fr",
     [("investigation", PARIS, (TELEGRAM,)), ("investigation", PARIS, (KICK,))]),
    ("Le parquet de Paris a ouvert une enquête sur X en juillet. Les magistrats ont ensuite "
     "ouvert une enquête sur Kick.", "fr",
     [("investigation", PARIS, (X,)), ("investigation", PARIS, (KICK,))]),
]

# --- a short form given in an apposition -----------------------------------------------------
ACRONYMS: list[tuple[str, str, list[Fact]]] = [
    ("The Dutch Data Protection Authority said on Monday it had received complaints. The "
     "authority, known by its Dutch initials AP, said Uber broke the law. In November 2018, "
     "the AP fined Uber 600,000 euros.", "en", [("fine", DPA, (UBER,))]),
    ("The Hellenic Competition Commission, known by its Greek initials EA, was set up in 1977. "
     "In 2023 the EA fined Google 5 million euros.", "en", [("fine", HCC, (GOOGLE,))]),
    ("La Commission hellénique de la concurrence, connue sous le sigle EA, a été créée en 1977. "
     "En 2023, l'EA a infligé une amende à Google.", "fr", [("fine", HCC, (GOOGLE,))]),
    ("L'Autorité néerlandaise de protection des données a reçu des plaintes. L'autorité, connue "
     "sous le sigle AP, a été créée en 2016. En 2018, l'AP a infligé une amende à Uber.", "fr",
     [("fine", DPA, (UBER,))]),
]

# --- kept right before and after: a description the reference or a pattern already reads ----
KEPT: list[tuple[str, str, list[Fact]]] = [
    ("The European Commission fined Apple in 2024. In March, the EU executive opened "
     "proceedings against Meta.", "en",
     [("fine", EC, (APPLE,)), ("investigation", EC, (META,))]),
    ("The KFTC fined Google in 2021 and the JFTC warned Apple in 2022. In 2023 the Korean "
     "regulator fined Meta.", "en",
     [("fine", KFTC, (GOOGLE,)), ("warning", JFTC, (APPLE,)), ("fine", KFTC, (META,))]),
    ("The Netherlands Authority for Consumers and Markets, known as the ACM, was created in "
     "2013. In 2021 the ACM fined Apple 5 million euros.", "en", [("fine", ACM, (APPLE,))]),
    ("L'Autorité garante de la concurrence et du marché, connue sous le sigle AGCM, a été créée "
     "en 1990. En 2021, l'AGCM a infligé une amende à Google.", "fr",
     [("fine", AGCM, (GOOGLE,))]),

]

# --- traps: must give no action, or keep the right body ---------------------------------------
TRAPS: list[tuple[str, str, list[Fact]]] = [
    # no Dutch body named: never the French one
    ("The CNIL fined Google in 2022. In January, the Dutch regulator fined Uber 10 million "
     "euros.", "en", [("fine", CNIL, (GOOGLE,))]),
    ("La CNIL a infligé une amende à Google en 2022. En 2023, le gendarme néerlandais a infligé "
     "une amende à Uber.", "fr", [("fine", CNIL, (GOOGLE,))]),
    # no German body named: not the CMA
    ("The CMA fined Meta in 2021. In 2023, the German office opened proceedings against "
     "Amazon.", "en", [("fine", CMA, (META,))]),
    # a company's board approves, it takes no step
    ("Meta's board approved the plan in May. The board said it would appeal.", "en", []),
    # "known as" after a company: no body's short form
    ("Tools for Humanity, known as TFH, runs the Worldcoin project. In 2024 TFH stopped "
     "scanning irises.", "en", []),
    # the description of another domain in the same country keeps its own body
    ("The Italian Competition Authority fined Apple in 2021. In 2023 the Garante ordered "
     "OpenAI to stop processing data.", "en",
     [("fine", AGCM, (APPLE,)), ("order", GARANTE, ("organisation/openai",))]),
    # magistrates with no prosecutor named: nobody
    ("Les magistrats ont ouvert une enquête sur Kick en août.", "fr", []),
    # "the office" said something: no step
    ("The ICO fined TikTok in 2023. The office said it welcomed the ruling.", "en",
     [("fine", ICO, (TIKTOK,))]),
    # a description of a country named but no body of it; the EU's body is not Spain's
    ("The European Commission fined Apple in 2024. The Spanish executive later fined Meta.",
     "en", [("fine", EC, (APPLE,))]),
    # the Spanish body named in Spanish keeps Spain; the Italian one is not it
    ("La CNMC espagnole a infligé une amende à Google en 2022. L'AGCM italienne a infligé une "
     "amende à Apple en 2023.", "fr", [("fine", CNMC, (GOOGLE,)), ("fine", AGCM, (APPLE,))]),
    # a description followed by the platform's own name is an apposition, not the last
    # target named (the magistrates' step is on Kick only, never on Apple)
    ("Le parquet de Paris a ouvert une enquête sur Siri, l'assistant vocal d'Apple. En août, "
     "les magistrats parisiens ont ouvert une enquête sur la plateforme de diffusion en direct "
     "Kick.", "fr", [("investigation", PARIS, (APPLE,)), ("investigation", PARIS, (KICK,))]),
    ("Ofcom opened a probe into Apple in May. In June the regulator fined the short-video app "
     "TikTok.", "en", [("investigation", OFCOM, (APPLE,)), ("fine", OFCOM, (TIKTOK,))]),
    ("La CNIL a infligé une amende à Google en 2022. En 2023, elle a mis en demeure la société "
     "en France.", "fr", [("fine", CNIL, (GOOGLE,)), ("order", CNIL, (GOOGLE,))]),
    ("The OAIC began examining Facebook in 2018. In March 2020 it took the company to the "
     "Federal Court.", "en",
     [("investigation", OAIC, ("service/facebook",)), ("lawsuit", OAIC, ("service/facebook",))]),
    ("The AEPD ordered Worldcoin to stop in March. The Spanish regulator said it acted "
     "first.", "en", [("order", AEPD, ("service/worldcoin",))]),
]


def _ids(cases: list[tuple[str, str, list[Fact]]]) -> list[str]:
    return [f"{c[1]}-{i:02d}-{c[0][:40]}" for i, c in enumerate(cases)]


@pytest.mark.parametrize(("text", "language", "expected"), HEADS, ids=_ids(HEADS))
def test_generic_head_refers_back_to_the_last_named_body(extractor, article_of, text,
                                                         language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), COUNTRY_DESCRIPTIONS,
                         ids=_ids(COUNTRY_DESCRIPTIONS))
def test_regression_a_description_with_a_country_takes_that_countrys_body(
        extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), PROSECUTORS, ids=_ids(PROSECUTORS))
def test_same_prosecutor_and_its_magistrates_are_the_office_named(extractor, article_of, text,
                                                                  language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), ACRONYMS, ids=_ids(ACRONYMS))
def test_short_form_given_in_an_apposition_names_the_body(extractor, article_of, text,
                                                          language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), TRAPS, ids=_ids(TRAPS))
def test_descriptions_never_borrow_another_countrys_body(extractor, article_of, text,
                                                         language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), KEPT, ids=_ids(KEPT))
def test_descriptions_read_before_stay_right(extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)
