"""The same step told in the other words journalists use (issue 3, session 15): first-sight
recall on sets written blind was 0.24-0.33 because the rules read a step in the shape the tuning
sets told it and missed it retold. Each case is an invented retelling of a kind of step the
rules already read in its plain shape, in one of the classes that lost it (table:
/tmp/s15/rca_para.md):

- passive request, agent and object far apart: "Meta has been asked by the European Commission
  to provide more information", "a été priée par la Commission de transmettre";
- commitments made binding in the passive or with a day before the object: "TikTok's
  commitments were made binding by the Commission", "a rendu contraignants lundi les
  engagements de", "les engagements ... ont été rendus contraignants par";
- a penalty told as a noun, its agent before its target: "the fine imposed by X on Y is",
  "la sanction prononcée par X contre Y est de N euros";
- an order told with "required X to", or by a directive "requiring it to" curb, tackle,
  implement; days given with a day between: "gave 4chan ten days on Monday to answer";
- a service taken offline: "took X offline", "was taken offline by the BKA", "a mis hors
  ligne mercredi le site X";
- a search of premises with the company in the possessive: "searched Rakuten's offices",
  "ont fouillé mardi le siège de Shein";
- an unknown company as the object of the verbs the press varies, inside the verb's span or
  after a day: "a frappé Qonto d'une amende", "a condamné mercredi Qonto à".

Traps: the same words where no authority acts (threats, companies, MPs, faults, modals) stay
empty. Every retelling here gave no such step before the change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2024, 3, 6)
FINE, ORDER, RFI = "fine", "order", "request_for_information"
INVESTIGATION = "investigation"
BLOCK, COMMITMENT = "block", "commitment"

RETOLD = [
    # a request for information in the passive, the agent and the object far apart
    ("en", "Meta has been asked by the European Commission to provide more information on its "
           "election safeguards.", (RFI, "EU", "Meta")),
    ("en", "Meta was told by the European Commission on Monday to hand over documents on its "
           "recommender systems.", (RFI, "EU", "Meta")),
    ("en", "Snapchat had been asked by Australia's eSafety Commissioner in March to hand over "
           "records of its complaint handling.", (RFI, "AU", "Snapchat")),
    ("en", "Google and Apple were asked by the Japan Fair Trade Commission this month to supply "
           "data on app store fees.", (RFI, "JP", "Apple")),
    ("en", "Temu has been requested by the European Commission to submit more detailed "
           "information on illegal products.", (RFI, "EU", "Temu")),
    ("fr", "Meta a été prié lundi par la Commission européenne de fournir des informations.",
     (RFI, "EU", "Meta")),
    ("fr", "Shein a été priée la semaine dernière par la Commission européenne de transmettre "
           "des documents sur ses produits.", (RFI, "EU", "Shein")),
    ("fr", "Meta a été sollicité en mars par la CNIL de communiquer ses registres de "
           "traitement.", (RFI, "FR", "Meta")),
    ("fr", "TikTok a été invité mardi par l'Arcom à fournir des explications.",
     (RFI, "FR", "TikTok")),
    # commitments made binding, passive or with a day before the object
    ("en", "TikTok's commitments were made binding by the European Commission on Monday.",
     (COMMITMENT, "EU", "TikTok")),
    ("en", "Microsoft's undertakings were made legally binding by the European Commission in "
           "March.", (COMMITMENT, "EU", "Microsoft")),
    ("fr", "La Commission européenne a rendu contraignants lundi les engagements de TikTok.",
     (COMMITMENT, "EU", "TikTok")),
    ("fr", "Les engagements proposés par Microsoft sont désormais rendus obligatoires par la "
           "Commission européenne.", (COMMITMENT, "EU", "Microsoft")),
    # a penalty as a noun, its agent before its target
    ("en", "The fine imposed by the Dutch data protection authority on Uber on Monday is the "
           "largest in its history.", (FINE, "NL", "Uber")),
    ("en", "The penalty levied by Spain's data protection agency against Glovo last week was "
           "its largest.", (FINE, "ES", "Glovo")),
    ("en", "The fine imposed by Norway's data protection authority on Grindr in January was "
           "upheld.", (FINE, "NO", "Grindr")),
    ("fr", "La sanction prononcée mardi par la CNIL contre Criteo est de 40 millions d'euros.",
     (FINE, "FR", "Criteo")),
    # orders: "required X to", directives "requiring it to", days with a day inside
    ("en", "Ofcom on Monday required Pornhub to introduce age checks within 30 days.",
     (ORDER, "GB", "Pornhub")),
    ("en", "The Singapore Police Force issued a directive to Meta on Wednesday under the Online "
           "Criminal Harms Act, requiring it to curb scam ads.", (ORDER, "SG", "Meta")),
    ("en", "Kenya's Communications Authority sent a directive to Meta on Friday, requiring it "
           "to tackle hate speech on Facebook.", (ORDER, "KE", "Meta")),
    ("en", "India's IT ministry issued a notice to X last week requiring it to implement "
           "stricter checks on Grok.", (ORDER, "IN", "X")),
    ("en", "Ofcom gave 4chan ten days on Monday to answer its questions.", (RFI, "GB", "4chan")),
    ("en", "The Irish media regulator gave X 14 days last week to answer its questions on child "
           "safety.", (RFI, "IE", "X")),
    ("en", "Ofcom gave Telegram 30 days yesterday to remove the illegal content.",
     (ORDER, "GB", "Telegram")),
    # a service taken offline
    ("en", "Hydra Market was taken offline by Germany's Federal Criminal Police Office on "
           "Tuesday.", (BLOCK, "DE", "Hydra Market")),
    ("en", "The Dutch police took the Genesis Market website offline on Wednesday.",
     (BLOCK, "NL", "Genesis Market")),
    ("en", "ChipMixer was taken offline on Wednesday by Germany's Federal Criminal Police "
           "Office.", (BLOCK, "DE", "ChipMixer")),
    ("fr", "La police néerlandaise a mis hors ligne mercredi le site Genesis Market.",
     (BLOCK, "NL", "Genesis Market")),
    # a search of the company's premises, the company in the possessive or with "fouiller"
    ("en", "The Japan Fair Trade Commission searched Rakuten's offices on Monday.",
     (INVESTIGATION, "JP", "Rakuten")),
    ("en", "Japan Fair Trade Commission officials searched Rakuten's Tokyo headquarters on "
           "Monday.", (INVESTIGATION, "JP", "Rakuten")),
    ("en", "South Korea's Fair Trade Commission searched Coupang's Seoul offices on Tuesday.",
     (INVESTIGATION, "KR", "Coupang")),
    ("fr", "Les enquêteurs de l'Autorité de la concurrence ont fouillé mardi le siège de Shein.",
     (INVESTIGATION, "FR", "Shein")),
    # an unknown company, the object inside the verb's span or after a day
    ("fr", "L'Autorité de la concurrence a frappé Qonto d'une amende de 4,6 millions "
           "d'euros.", (FINE, "FR", "Qonto")),
    ("fr", "L'Autorité de la concurrence a condamné mercredi Qonto à 4,6 millions d'euros "
           "d'amende.", (FINE, "FR", "Qonto")),
    ("fr", "L'Autorité de la concurrence a sanctionné Qonto mercredi.",
     (FINE, "FR", "Qonto")),
]

TRAPS = [
    ("en", "Meta has been asked by investors to provide more data on its AI spending."),
    ("en", "The regulator was asked by MPs to provide information on its budget."),
    ("en", "Netflix required subscribers to verify their households last year."),
    ("en", "The Online Safety Act required Pornhub to introduce age checks by July."),
    ("en", "Ofcom could have required Telegram to remove the videos."),
    ("en", "Hydra Market was taken offline after a technical fault, Ofcom said."),
    ("en", "Hydra Market was taken offline by a technical fault, Ofcom said."),
    ("en", "Meta took the feature offline on Tuesday after criticism from Ofcom."),
    ("en", "Hackers took Hydra Market offline on Tuesday."),
    ("en", "The commitments were made binding by TikTok's shareholders."),
    ("en", "Meta gave users ten days on Monday to opt out of AI training."),
    ("en", "The fine imposed by the court on Uber drivers was small."),
    ("en", "Police searched the suspect's home on Monday."),
    ("en", "Rakuten searched its Tokyo headquarters for the missing files, the Japan Fair Trade "
           "Commission said."),
    ("fr", "La police a fouillé mardi les locaux d'un suspect."),
    ("fr", "Shein a fouillé ses entrepôts pour retrouver les colis, a indiqué l'Autorité de la "
           "concurrence."),
    ("fr", "Meta a été invitée mardi par des députés à fournir des explications."),
    ("fr", "Les engagements de TikTok pourraient être rendus contraignants par la Commission "
           "européenne."),
    ("fr", "La Commission européenne pourrait rendre contraignants en mars les engagements de "
           "TikTok."),
    ("fr", "Le site a été mis hors ligne par une panne mercredi."),
    ("fr", "Google a fermé mercredi le service Google+."),
    ("fr", "La sanction prononcée mardi par la CNIL contre Criteo est un simple rappel à "
           "l'ordre."),
    ("fr", "Qonto a porté plainte mardi contre l'Autorité de la concurrence."),
    ("fr", "Le patron de Qonto a été épinglé par la presse pour son salaire."),
]


def _steps(extractor: Extractor, reference: Reference, article_of, language: str,
           text: str) -> set[tuple[str, str | None, str | None]]:
    article = article_of("Headline\n\n" + text + "\n", language, D, "Headline")
    found = to_gold(extractor.extract(article), reference)["actions"]
    return {(a["type"], a["jurisdiction"], a["target"]) for a in found}


@pytest.mark.parametrize(("language", "text", "expected"), RETOLD)
def test_step_retold_in_other_words_is_read(extractor: Extractor, reference: Reference,
                                            article_of, language: str, text: str,
                                            expected: tuple[str, str, str]) -> None:
    assert expected in _steps(extractor, reference, article_of, language, text)


@pytest.mark.parametrize(("language", "text"), TRAPS)
def test_same_words_without_an_authority_step_stay_empty(extractor: Extractor,
                                                          reference: Reference, article_of,
                                                          language: str, text: str) -> None:
    assert _steps(extractor, reference, article_of, language, text) == set()


@pytest.mark.parametrize(("body", "language"), [
    ("The Ministry of Electronics and Information Technology warned Meta on Monday. Meta was "
     "asked by a Delhi court last week to provide data on the accounts.", "en"),
    ("Ofcom opened an investigation into X on Monday. X was asked by lawmakers on Tuesday to "
     "provide information on its moderation teams.", "en"),
    ("La CNIL a ouvert une enquête sur TikTok lundi. TikTok a été priée par des députés de "
     "transmettre ses chiffres de modération.", "fr"),
])
def test_regression_a_passive_request_by_a_court_or_lawmakers_is_no_request(
        extractor: Extractor, reference: Reference, article_of, body: str, language: str) -> None:
    steps = _steps(extractor, reference, article_of, language, body)
    assert RFI not in {step[0] for step in steps}
