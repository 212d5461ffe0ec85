"""The article's main target for a step that names none (session 13, TARGET_REF): a step
told by a noun with its agent ("the penalty imposed by FinCEN", "an investigation that the
GVH opened", "la sanction prononcée par la CNIL") or a description far from any name ("the
regulator also ordered the company to") in an article about one company takes that company:
the one target of every step so far, that the headline does not contradict. Short texts
already carried it over two sentences; a full article puts the name many sentences earlier.

Never when the steps so far have several targets, never a company only named as a
complainant or quoted (no step was aimed at it), never when another company was named in
the sentences right before, never a step with an object of its own or a counted one.
A platform named as where someone wrote ("a écrit sur X", "said in a post on LinkedIn") is
no company of the article either. Invented sentences, none from the dev sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 6)

# Paragraphs that name no body and no target of a step (a rival, a platform written on):
# they move the step far from the lead.
_FILL_EN = ("Rival Microsoft declined to comment on the news. Analysts at two banks said the "
            "outcome had been expected for months. Trading volumes stayed light. One investor "
            "called the figure modest.")
_FILL_EN2 = ("The founder said in a post on LinkedIn that he regretted the mistakes. He will "
             "step down at the end of the month. A successor has not been named. Staff were "
             "told by email.")
_FILL_FR = ("Son concurrent Microsoft n'a pas souhaité commenter. Plusieurs analystes "
            "jugeaient l'issue attendue depuis des mois. Les volumes d'échange sont restés "
            "faibles. Un investisseur a jugé le montant modeste.")
_FILL_FR2 = ("« J'ai commis des erreurs », a écrit sur X le fondateur. Il quittera la direction "
             "à la fin du mois. Son successeur n'est pas encore connu. Les salariés ont été "
             "prévenus par courriel.")


def _article(headline: str, lead: str, fill: str, step: str) -> str:
    return f"{headline}\n\n{lead}\n\n{fill}\n\n{step}\n"


def _has(steps: set[tuple[object, ...]], kind: str, actor: str, target: str) -> bool:
    return any(t == kind and isinstance(a, str) and a.endswith("/" + actor)
               and any(str(x).endswith("/" + target) for x in ts)  # type: ignore[attr-defined]
               for t, a, ts in steps)


# (language, text, (type, actor, target) that must be found)
_MAIN_TARGET = [
    ("en", _article("Ireland fines TikTok over children's data",
                    "The Data Protection Commission fined TikTok €345 million on Friday.",
                    _FILL_EN, "The decision ends an inquiry that the DPC opened in September "
                    "2021."), ("investigation", "irish-dpc", "tiktok")),
    ("en", _article("Hungary fines Google over search ads",
                    "Hungary's competition authority fined Google 2 billion forints on Tuesday.",
                    _FILL_EN, "The ruling closes an investigation the GVH launched in March "
                    "2020."), ("investigation", "gvh", "google")),
    ("en", _article("Coinbase to pay $100 million in US settlement",
                    "The New York Department of Financial Services fined Coinbase $50 million "
                    "on Wednesday.", _FILL_EN2, "Of the total, $20 million is the civil "
                    "penalty imposed by FinCEN."), ("fine", "fincen", "coinbase")),
    ("en", _article("Dutch regulator fines Uber",
                    "The Dutch Data Protection Authority fined Uber €290 million on Monday.",
                    _FILL_EN, "The regulator also ordered the company to stop the transfers "
                    "within nine months."), ("order", "dutch-dpa", "uber")),
    ("en", _article("Italy fines Amazon over logistics",
                    "Italy's antitrust authority fined Amazon €1.1 billion on Thursday.",
                    _FILL_EN2, "The AGCM also ordered the firm to apply fair standards to "
                    "third-party sellers."), ("order", "agcm", "amazon")),
    ("en", _article("Brazil's Cade fines Apple",
                    "Brazil's competition regulator Cade fined Apple on Monday over its app "
                    "store rules.", _FILL_EN, "The fine ends a probe that Cade opened in "
                    "2022 after a complaint."), ("investigation", "cade", "apple")),
    ("en", _article("Korea fines Google over app payments",
                    "The Korea Fair Trade Commission fined Google 42 billion won on Tuesday.",
                    _FILL_EN2, "The penalty follows an investigation the KFTC began in May "
                    "2021."), ("investigation", "kftc", "google")),
    ("en", _article("Spain fines Meta",
                    "Spain's competition authority, the CNMC, fined Meta on Wednesday.",
                    _FILL_EN, "The CNMC also ordered the company to end the practice within "
                    "two months."), ("order", "cnmc", "meta")),
    ("en", _article("Australia fines X over safety report",
                    "Australia's eSafety Commissioner fined X A$610,500 on Monday.",
                    _FILL_EN, "The commissioner also ordered the platform to remove the posts "
                    "within 28 days."), ("order", "esafety-commissioner", "x")),
    ("en", _article("Turkey fines Twitter",
                    "Turkey's telecoms regulator BTK fined Twitter on Friday.", _FILL_EN,
                    "The fine follows an investigation that the BTK opened in "
                    "January."), ("investigation", "btk", "x")),
    ("fr", _article("La CNIL sanctionne Criteo",
                    "La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo.",
                    _FILL_FR, "La décision clôt une enquête que la CNIL avait ouverte en "
                    "janvier 2020."), ("investigation", "cnil", "criteo")),
    ("fr", _article("Binance paiera 4 milliards aux États-Unis",
                    "Le Trésor américain a infligé mardi une amende de 4 milliards de "
                    "dollars à Binance.", _FILL_FR2, "Sur ce total, 3 milliards correspondent "
                    "à la sanction civile prononcée par le FinCEN."),
     ("fine", "fincen", "binance")),
    ("fr", _article("L'Autorité de la concurrence sanctionne Google",
                    "L'Autorité de la concurrence a infligé mercredi une amende de 250 "
                    "millions d'euros à Google.", _FILL_FR, "L'Autorité a en outre enjoint à "
                    "l'entreprise de négocier de bonne foi avec les éditeurs."),
     ("order", "autorite-de-la-concurrence", "google")),
    ("fr", _article("Amende pour Shein",
                    "La DGCCRF a infligé lundi une amende de 40 millions d'euros à Shein.",
                    _FILL_FR, "La sanction conclut une enquête que la DGCCRF avait ouverte "
                    "en 2022."), ("investigation", "dgccrf", "shein")),
    ("fr", _article("L'Arcom met en demeure Kick",
                    "L'Arcom a mis en demeure Kick mardi.", _FILL_FR2,
                    "Le régulateur a également adressé à la plateforme une demande "
                    "d'informations en janvier."), ("request_for_information", "arcom", "kick")),
    # no step read yet: the company of a headline that tells a payment, named in the lead
    ("fr", _article("KuCoin paiera 300 millions de dollars aux États-Unis",
                    "KuCoin a reconnu lundi avoir enfreint les règles antiblanchiment.",
                    _FILL_FR2, "Sur ce total, 100 millions correspondent à la sanction "
                    "civile prononcée par le FinCEN."), ("fine", "fincen", "kucoin")),
    ("en", _article("OKX to pay $500 million in US case",
                    "OKX admitted on Monday that it had broken anti-money-laundering rules.",
                    _FILL_EN2, "Of that sum, $80 million is the civil penalty imposed by "
                    "FinCEN."), ("fine", "fincen", "okx")),
    # "the exchange" for the one crypto exchange of the article
    ("en", _article("SEC fines Coinbase", "The SEC fined Coinbase $50 million on Monday.",
                    _FILL_EN, "The SEC also ordered the exchange to register with the agency."),
     ("order", "sec", "coinbase")),
    ("en", "Japan fines Binance\n\nJapan's Financial Services Agency fined Binance on "
     "Friday. The agency also ordered the exchange to stop serving Japanese residents.\n",
     ("order", "japan-fsa", "binance")),
    # a verb with no object, by a body that acted on the company before
    ("en", _article("CNIL fines Google",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN2,
                    "The CNIL had opened a probe in March 2021."),
     ("investigation", "cnil", "google")),
    ("fr", _article("L'ACM sanctionne Apple",
                    "L'autorité néerlandaise de la concurrence a infligé lundi une amende de 50 "
                    "millions d'euros à Apple.", _FILL_FR, "L'ACM avait ouvert une enquête en "
                    "2019."), ("investigation", "acm", "apple")),
    ("fr", _article("L'Italie sanctionne TikTok",
                    "L'autorité italienne de la concurrence a infligé jeudi une amende de 10 "
                    "millions d'euros à TikTok.", _FILL_FR, "L'AGCM a par ailleurs ordonné à "
                    "la plateforme de retirer les vidéos en cause."),
     ("order", "agcm", "tiktok")),
    ("fr", _article("Amende pour Uber aux Pays-Bas",
                    "L'autorité néerlandaise de protection des données a infligé lundi une "
                    "amende de 290 millions d'euros à Uber.", _FILL_FR2,
                    "L'amende conclut une enquête que l'Autoriteit Persoonsgegevens avait "
                    "ouverte en 2021 après des plaintes de chauffeurs."),
     ("investigation", "dutch-dpa", "uber")),
    ("fr", _article("Le Cade sanctionne Apple",
                    "Le Cade a infligé lundi une amende à Apple.", _FILL_FR,
                    "Le Cade a en outre ordonné à la société de lever ses restrictions sous "
                    "quatre-vingt-dix jours."), ("order", "cade", "apple")),
]


@pytest.mark.parametrize(("language", "text", "expected"), _MAIN_TARGET)
def test_step_without_target_takes_the_articles_main_target(steps_in, language, text,
                                                            expected):
    steps = steps_in(text, language, PUBLISHED)
    assert _has(steps, *expected), steps


# (language, text, (type, target) that must not be found)
_TRAPS = [
    # two companies fined: the probe is of neither alone
    ("en", _article("Regulator fines Google and Amazon",
                    "The CNIL fined Google €100 million on Thursday. It fined Amazon €35 "
                    "million the same day.", _FILL_EN, "The decisions close an investigation "
                    "that the CNIL opened in 2019."), ("investigation", "google")),
    ("en", _article("Regulator fines Google and Amazon",
                    "The CNIL fined Google €100 million on Thursday. It fined Amazon €35 "
                    "million the same day.", _FILL_EN, "The decisions close an investigation "
                    "that the CNIL opened in 2019."), ("investigation", "amazon")),
    # a complainant company, no step aimed at it
    ("en", _article("Spotify welcomes EU move",
                    "Spotify filed a complaint with the European Commission in 2019, its chief "
                    "executive said on Monday.", _FILL_EN, "The Commission opened an "
                    "investigation in June 2020."), ("investigation", "spotify")),
    # a company only quoted
    ("en", _article("Meta criticises new rules",
                    "Meta said on Tuesday it disagreed with the new rules.", _FILL_EN,
                    "The regulator opened a probe last year."), ("investigation", "meta")),
    # another body's step with an object of its own
    ("en", _article("CNIL fines Google",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN,
                    "Arcom also opened an investigation into adult websites in 2023."),
     ("investigation", "google")),
    # counted steps of the body, not one on the company
    ("en", _article("CNIL fines Google",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN,
                    "The CNIL has opened twelve investigations since 2020."),
     ("investigation", "google")),
    # a headline about another company than the step's
    ("en", _article("Amazon under pressure in Europe",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN,
                    "The decision closes an investigation that the CNIL opened in 2019."),
     ("investigation", "google")),
    # another company named in the sentence right before the step
    ("en", _article("CNIL fines Google",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN,
                    "Amazon has faced similar questions. The CNIL opened a probe in 2021."),
     ("investigation", "google")),
    # a body that took no step against the company: not its probe
    ("en", _article("CNIL fines Google",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN2,
                    "The FTC had opened a probe in March 2021."), ("investigation", "google")),
    # a step headline on one company, a lead on another: no main target
    ("en", _article("OKX to pay $500 million in US case",
                    "Coinbase said on Monday it welcomed the outcome.", _FILL_EN,
                    "Of that sum, $80 million is the civil penalty imposed by FinCEN."),
     ("fine", "okx")),
    ("fr", _article("KuCoin paiera 300 millions de dollars",
                    "Coinbase a salué lundi cette issue.", _FILL_FR, "Sur ce total, 100 "
                    "millions correspondent à la sanction civile prononcée par le FinCEN."),
     ("fine", "kucoin")),
    # two exchanges fined: "the exchange" is neither
    ("en", _article("SEC fines two exchanges",
                    "The SEC fined Coinbase on Monday. It fined Binance the same day.",
                    _FILL_EN, "The SEC also ordered the exchange to register."),
     ("order", "coinbase")),
    # the law's powers, no step
    ("en", _article("CNIL fines Google",
                    "The CNIL fined Google €150 million on Thursday.", _FILL_EN,
                    "Under the law, the authority may impose fines of up to 4 percent of a "
                    "company's turnover."), ("order", "google")),
    ("fr", _article("Google et Amazon sanctionnés",
                    "La CNIL a infligé jeudi une amende à Google. Elle a aussi infligé une "
                    "amende à Amazon.", _FILL_FR, "La CNIL a en outre ordonné à l'entreprise "
                    "de cesser ces pratiques."), ("order", "google")),
    ("fr", _article("Deezer salue l'enquête",
                    "Deezer avait saisi l'Autorité de la concurrence en 2019.", _FILL_FR,
                    "L'Autorité a ouvert une enquête en 2020."), ("investigation", "deezer")),
    ("fr", _article("La CNIL sanctionne Criteo",
                    "La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo.",
                    _FILL_FR, "L'Arcom a par ailleurs ouvert une enquête sur des sites "
                    "pornographiques."), ("investigation", "criteo")),
    ("fr", _article("La CNIL sanctionne Criteo",
                    "La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo.",
                    _FILL_FR, "La CNIL a prononcé 21 sanctions en 2023."), ("fine", "criteo")),
]


@pytest.mark.parametrize(("language", "text", "forbidden"), _TRAPS)
def test_no_main_target_when_the_article_has_several_or_none(steps_in, language, text,
                                                             forbidden):
    steps = steps_in(text, language, PUBLISHED)
    kind, target = forbidden
    assert not any(t == kind and any(str(x).endswith("/" + target) for x in ts)  # type: ignore[attr-defined]
                   and ts for t, _, ts in steps
                   if (t, ts) not in _lead_steps(steps_in, language, text)), steps


def _lead_steps(steps_in, language: str, text: str) -> set[tuple[object, object]]:
    """The steps of the text without its last paragraph: the trap is about that one only."""
    head = text.rstrip("\n").rsplit("\n\n", 1)[0] + "\n"
    return {(t, ts) for t, _, ts in steps_in(head, language, PUBLISHED)}
