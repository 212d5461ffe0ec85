"""A decision's obligations told as the platform's duty are the deciding body's order (issue 3,
session 18).

News and releases state a fine, then what the same decision requires of the company, with no
verb of ordering: "Under the new order, Facebook must set up a privacy committee", "The
proposed order requires Amazon to delete ...", "Alongside the fine, the board imposed a set of
obligations: Trendyol must stop ...", "Outre l'amende, Meta dispose de trois mois pour mettre
ses traitements en conformité", "La sanction s'accompagne d'une obligation : Airbnb devra
retirer ...", "La même décision l'obligeait à ...", "Les deux entreprises se sont vu enjoindre
de ...". The house gold counts the fine and the order of one decision as two actions, and one
order per decision: an order already stated ("ordered X to ..." then "Under the order, X must
...") is not told again. The actor is the body whose decision it is: the one the sentence
names, else the body of the decision just told against that company.

Not an order: a duty a law sets ("Under the DSA, platforms must"), a possibility or a
condition ("would have to", "could be required to", "si la décision est confirmée"), a
company's or an analyst's view ("Meta will have to rethink its strategy, analysts say"), a
minister's general remark, a payment (the fine's own term).

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday
FTC, CMA = "Federal Trade Commission", "Competition and Markets Authority"
TCA, DPC = "Turkish Competition Authority", "Data Protection Commission"
ADLC, GARANTE = "French Competition Authority", "Italian Data Protection Authority"


def _orders(rows, body: str, language: str) -> list[tuple[object, ...]]:
    return sorted(((r["actor"], r["jurisdiction"], r["target"]) for r in rows(body, language, DAY)
                   if r["type"] == "order"), key=str)


def _dated_orders(rows, body: str, language: str) -> set[tuple[object, ...]]:
    return {(r["actor"], r["target"], r["date"]) for r in rows(body, language, DAY)
            if r["type"] == "order"}


@pytest.mark.parametrize(("body", "language", "expected"), [
    # the order named as the frame of the duty, its body the one that fined the company
    ("The Federal Trade Commission on Wednesday imposed a $5 billion penalty on Facebook. The "
     "Justice Department filed a complaint on the FTC's behalf. Under the new order, Facebook "
     "must set up an independent privacy committee on its board.", "en", (FTC, "US", "Meta")),
    ("Ofcom fined 4chan 20,000 pounds on Tuesday. Under the decision, 4chan must carry out an "
     "illegal content risk assessment within ten days.", "en", ("Ofcom", "GB", "4chan")),
    ("The Turkish Competition Authority fined Trendyol 61 million lira on Thursday. Alongside "
     "the fine, the board imposed a set of obligations: Trendyol must stop using algorithms to "
     "favour its own brands.", "en", (TCA, "TR", "Trendyol")),
    ("The Korea Fair Trade Commission fined Google 42 billion won on Tuesday. Alongside the "
     "fine, the commission imposed obligations: Google must stop barring phone makers from "
     "using rival systems.", "en", ("Korea Fair Trade Commission", "KR", "Google")),
    # the company described, or a pronoun, as the subject of the duty
    ("The Federal Trade Commission on Wednesday sued Ring in federal court. Under the proposed "
     "Ring order, the company must delete data products derived from videos it reviewed.", "en",
     (FTC, "US", "Ring")),
    ("The Federal Trade Commission fined Epic Games $275 million on Monday. In a separate "
     "administrative order, Epic Games is required to pay $245 million to refund consumers, and "
     "it is barred from charging players without their consent.", "en",
     (FTC, "US", "Epic Games")),
    # the decision as the subject that requires: the body of the decision just told
    ("The Federal Trade Commission said on Wednesday that Amazon will pay a $25 million civil "
     "penalty. The Department of Justice filed the complaint on the Commission's behalf. The "
     "proposed order requires Amazon to delete inactive child accounts.", "en",
     (FTC, "US", "Amazon")),
])
def test_a_duty_under_a_named_decision_is_the_deciding_bodys_order(rows, body, language,
                                                                  expected):
    assert expected in _orders(rows, body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dans deux délibérations du 31 décembre 2021, la CNIL a infligé une amende de 150 millions "
     "d'euros à Google et de 60 millions d'euros à Yahoo. Les deux entreprises se sont par "
     "ailleurs vu enjoindre de proposer un moyen de refuser les cookies.", "fr",
     [("CNIL", "FR", "Google"), ("CNIL", "FR", "Yahoo")]),
    ("En octobre 2022, la CNIL a infligé une amende de 20 millions d'euros à Clearview AI. La "
     "société de reconnaissance faciale s'était aussi vu enjoindre de cesser toute collecte.",
     "fr", [("CNIL", "FR", "Clearview AI")]),
    ("La Commission irlandaise de protection des données a infligé vendredi une amende de 405 "
     "millions d'euros à Meta. Outre l'amende, Meta dispose de trois mois pour mettre ses "
     "traitements en conformité avec le RGPD, selon la décision.", "fr", [(DPC, "IE", "Meta")]),
    ("Le Garante a infligé jeudi une amende de 5 millions d'euros à Luka. Luka devra en outre "
     "mettre ses traitements en conformité avec le RGPD.", "fr", [(GARANTE, "IT", "Luka")]),
    ("Le ministère espagnol de la Consommation a infligé lundi une amende de 64 millions "
     "d'euros à Airbnb. La sanction s'accompagne d'une obligation : Airbnb devra retirer "
     "l'ensemble des annonces litigieuses.", "fr",
     [("Spanish Ministry of Consumer Affairs", "ES", "Airbnb")]),
    ("L'AGCM a infligé lundi une amende de 10 millions d'euros à TikTok. La sanction "
     "s'accompagne d'une obligation : TikTok devra publier une déclaration rectificative.", "fr",
     [("Italian Competition Authority", "IT", "TikTok")]),
    ("La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo. La même décision lui "
     "impose de supprimer les données collectées sans consentement.", "fr",
     [("CNIL", "FR", "Criteo")]),
    ("L'Autorité turque de la concurrence a infligé jeudi une amende à Google. Le Conseil de la "
     "concurrence reproche au groupe d'avoir avantagé ses services. Il lui laisse six mois pour "
     "rétablir des conditions de concurrence équitables.", "fr", [(TCA, "TR", "Google")]),
])
def test_a_decisions_term_in_french_is_the_deciding_bodys_order(rows, body, language,
                                                                 expected):
    found = _orders(rows, body, language)
    assert all(step in found for step in expected)


@pytest.mark.parametrize(("body", "language", "expected"), [
    # a second decision on the same company, months apart: its own order, on its own day
    ("L'Autorité de la concurrence avait enjoint à Google, en avril 2020, de négocier avec les "
     "éditeurs. En juillet 2021, l'Autorité a infligé une amende de 500 millions d'euros à "
     "Google. La même décision l'obligeait à présenter une offre de rémunération sous deux "
     "mois.", "fr", {(ADLC, "Google", "2020-04"), (ADLC, "Google", "2021-07")}),
    ("The Competition and Markets Authority told Meta, the company formerly known as "
     "Facebook, on Tuesday to sell Giphy, the library of animated images it bought in 2020.",
     "en", {(CMA, "Meta", "2025-03-04")}),
    ("The Australian Competition and Consumer Commission told Google, the search giant, on "
     "Monday to stop the practice.", "en",
     {("Australian Competition and Consumer Commission", "Google", "2025-03-03")}),
])
def test_the_order_is_dated_by_its_decision(rows, body, language, expected):
    assert expected <= _dated_orders(rows, body, language)


def test_a_term_of_an_earlier_order_keeps_no_new_day(rows):
    """The fine just told punishes the breach of the earlier order: not that order's day."""
    body = ("The Federal Trade Commission fined Twitter $150 million on Wednesday for breaking "
            "an earlier order. Under the earlier order, Twitter must not misuse the data.")
    assert {r["date"] for r in rows(body, "en", DAY) if r["type"] == "order"} <= {None}


@pytest.mark.parametrize(("body", "language"), [
    # a law's duty, a view, a remark, a possibility, a condition, a company's own words
    ("The European Commission fined Meta 200 million euros on Wednesday. Under the Digital "
     "Services Act, platforms must remove illegal content quickly, the Commission said.", "en"),
    ("The European Commission fined Meta 200 million euros on Wednesday. Meta will have to "
     "rethink its strategy, analysts say.", "en"),
    ("The European Commission fined Meta 200 million euros on Wednesday. The minister said "
     "Meta must comply with the law.", "en"),
    ("The Federal Trade Commission announced a settlement with Facebook on Wednesday. If the "
     "order is approved, Facebook would have to set up a privacy committee.", "en"),
    ("The Federal Trade Commission fined Amazon $25 million on Wednesday. Under the order, "
     "Amazon could be required to delete data.", "en"),
    ("The European Commission fined Apple 500 million euros on Monday. Under the new law, "
     "Apple must let users uninstall apps.", "en"),
    ("The European Commission fined Apple on Monday. Alongside the fine, Apple said it must "
     "change its plans.", "en"),
    ("The European Commission fined Meta 200 million euros on Wednesday. Consumer groups said "
     "that under the decision Meta must do far more.", "en"),
    ("La Commission européenne a infligé une amende à Apple. Selon les analystes, Apple devra "
     "revoir sa stratégie.", "fr"),
    ("En vertu du DSA, les plateformes doivent retirer les contenus illicites, a rappelé la "
     "Commission.", "fr"),
    ("La Commission européenne a infligé une amende de 500 millions d'euros à Meta. Outre "
     "l'amende, Meta pourrait devoir modifier ses pratiques.", "fr"),
    ("La CNIL a infligé une amende à Google. Si la décision est confirmée, Google devra "
     "modifier ses bandeaux.", "fr"),
    ("La CNIL a infligé une amende à Google. Outre l'amende, Google devra payer les frais de "
     "publication.", "fr"),
    # the decision of another body than the one that acted: a court's ruling is no order
    ("The European Commission fined Google 2.4 billion euros in 2017. The General Court "
     "upheld the fine on Wednesday. Under the ruling, Google must change its shopping "
     "service.", "en"),
])
def test_no_order_from_a_duty_no_decision_imposed(rows, body, language):
    assert not _orders(rows, body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("The European Commission ordered Apple on Monday to remove the anti-steering clauses. "
     "Under the order, Apple must remove the clauses within 60 days.", "en"),
    ("The Federal Trade Commission ordered Amazon on Wednesday to delete children's "
     "recordings. The order also bars the company from using such data to train its "
     "algorithms.", "en"),
    ("La CNIL a ordonné jeudi à Google de modifier ses bandeaux cookies. Aux termes de la "
     "décision, Google devra modifier ses bandeaux dans un délai de trois mois.", "fr"),
    ("La Commission irlandaise de protection des données a ordonné vendredi à Meta de "
     "suspendre les transferts. Outre cette injonction, Meta dispose de six mois pour mettre "
     "ses traitements en conformité.", "fr"),
])
def test_an_order_already_stated_is_not_told_twice(rows, body, language):
    assert len(_orders(rows, body, language)) == 1


@pytest.mark.parametrize(("body", "language", "expected"), [
    # told, as a passive: the body that acted against the subject, or the agent
    ("India's Competition Commission fined Google on Thursday. Google, for its part, was told "
     "to allow rival app stores.", "en", ("Competition Commission of India", "IN", "Google")),
    ("The CMA fined Meta on Monday. Meta was told by the watchdog to sell Giphy.", "en",
     (CMA, "GB", "Meta")),
    # time left to the company, its warning's condition apart
    ("The Pakistan Telecommunication Authority degraded access to Wikipedia on Wednesday. The "
     "regulator gave it 48 hours to remove the material, warning that the encyclopaedia would "
     "be blocked if it did not comply.", "en",
     ("Pakistan Telecommunication Authority", "PK", "Wikipedia")),
    ("L'Arcom a mis en garde X mardi. Le régulateur lui laisse quinze jours pour retirer les "
     "contenus.", "fr", ("Arcom", "FR", "X")),
    # a precautionary measure imposed by "it", and the direction that spells it out
    ("Portugal's data protection commission on Tuesday ordered Worldcoin to stop collecting "
     "iris scans. In Spain, it was the Spanish Data Protection Agency that moved first. On 6 "
     "March it imposed a precautionary measure on Tools for Humanity, directing it to cease "
     "collecting personal data in Spain.", "en",
     ("Spanish Data Protection Agency", "ES", "Tools for Humanity")),
])
def test_an_order_told_as_time_given_or_as_told(rows, body, language, expected):
    assert expected in _orders(rows, body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("Meta was told to expect a decision soon.", "en"),
    ("The CMA fined Meta on Monday. The regulator could give it 48 hours to remove the "
     "material.", "en"),
    ("La CNIL a infligé une amende à Google. Elle lui a laissé deux mois pour faire appel.",
     "fr"),
])
def test_no_order_from_time_to_appeal_or_a_possibility(rows, body, language):
    assert not _orders(rows, body, language)


def test_an_order_told_again_of_the_operator_is_one_order(rows):
    """"was told to" restating an order of the service (operator_restatements.py)."""
    body = ("Portugal's data protection commission on Tuesday ordered Worldcoin to stop "
            "collecting iris scans. Tools for Humanity, the company that develops Worldcoin, was "
            "told to suspend the collection of biometric data in Portugal.")
    assert len(_orders(rows, body, "en")) == 1
