"""A platform's commitment to an authority told in shapes the rules missed (issue 3, session 18).

Guideline 4 of the corpus: `commitment` covers commitments a regulator accepts, approves or
makes binding (actor = the regulator) and changes a platform agrees to in answer to an
authority (actor = the company, jurisdiction = the authority it answered). News tells them
- reported by a body it only describes: "the watchdog announced that Amazon had agreed",
  "Selon l'autorité, ..." (commitment_sources.described_reporter);
- after dealings with a body it only describes: "after talks with the agency" (the platform
  named right after the description is no party to the talks: dealing_bodies), or after the
  change: "à la demande du gouvernement français", "at the request of the eSafety
  Commissioner";
- in the sentence of the step it answers, the platform described: "Komdigi blocked TikTok;
  the Chinese app then agreed", dated by that step ("then", "lifting the ban after");
- with a time or an incise inside the verb: "a accepté jeudi soir de", "avait accepté en 2017,
  dans un accord à l'amiable avec ..., de";
- as a settlement or a commitment plan the body approves: "CADE approved a settlement with
  iFood", "approved a commitment plan under which Amazon Japan agreed to return about 2
  billion yen" (one action, the body's, with the sum of its terms), "a approuvé les
  engagements proposés par Google", "les a acceptés et les rend obligatoires";
- in a place's relative clause: "in Europe, where Brussels accepted commitments from the
  company last December" (the modal "faced" of the main clause does not reach it; "last
  December" is no name after "the company").
Traps: a deal, a merger or a court's approval; a refusal, a possibility, an expectation; an
authority's own commitment; an agreement with a union, bankers or families.

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
Each case failed before the change, or is a trap that must keep its (right) result.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 3, 6)  # a Thursday


@pytest.fixture(scope="module")
def placed(placed_facts):
    """placed(body, language) -> {(type, actor label, jurisdiction, target labels)}."""
    return placed_facts(DAY)


@pytest.fixture(scope="module")
def dated(placed_steps):
    return placed_steps(DAY)


def _company(company: str, code: str) -> tuple[object, ...]:
    return ("commitment", company, code, (company,))


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("For years, complaints about Booking.com reached the Italian Competition Authority in "
     "Rome.\n\nOn Tuesday, the regulator announced that Booking.com had agreed to show full "
     "prices from the first page.", "en", _company("Booking.com", "IT")),
    ("Sellers had written to the Federal Cartel Office for years about Amazon.\n\nOn "
     "Wednesday, the watchdog said that Amazon had agreed to give sellers 30 days' notice "
     "before closing their accounts.", "en", _company("Amazon", "DE")),
    ("Complaints about Meta's AI training reached the Irish Data Protection Commission in "
     "May.\n\nAccording to the regulator, Meta has agreed to pause the training of its models "
     "on European posts.", "en", _company("Meta", "IE")),
    ("Les plaintes contre Google s'accumulaient depuis des mois sur le bureau de la CNIL.\n\n"
     "Mardi, le gendarme de la vie privée a annoncé que Google avait accepté de simplifier le "
     "refus des cookies.", "fr", _company("Google", "FR")),
    ("Les vendeurs écrivaient depuis des années à l'Autorité italienne de la concurrence.\n\n"
     "Selon l'autorité, Amazon a accepté de revoir les conditions de son programme Prime.",
     "fr", _company("Amazon", "IT")),
])
def test_commitment_reported_by_a_described_body(placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Within days, Profeco had stepped in. On Monday, after talks with the agency, "
     "Ticketmaster agreed to refund fans who were turned away.", "en",
     _company("Ticketmaster", "MX")),
    ("Ofcom wrote to several apps in January. After meetings with the regulator, Snapchat "
     "agreed to switch off location sharing for teenagers.", "en", _company("Snapchat", "GB")),
    ("Amazon a accepté jeudi soir de décaler son opération de promotions au 4 décembre, à la "
     "demande du gouvernement français.", "fr", _company("Amazon", "FR")),
    ("TikTok a accepté de retirer le mot-dièse à la demande de l'Arcom.", "fr",
     _company("TikTok", "FR")),
    # the body asking, not the one that acted first, is the one answered
    ("Ofcom fined TikTok in 2024. X agreed on Thursday to remove the videos at the request of "
     "the eSafety Commissioner.", "en", _company("X", "AU")),
])
def test_commitment_answers_the_body_it_dealt_with(placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("In July 2018 Komdigi blocked TikTok for a week; the Chinese app then agreed to remove "
     "negative content and hire local moderators.", "en",
     ("commitment", "TikTok", "ID", ("TikTok",), "2018-07")),
    ("In October 2020 the Pakistan Telecommunication Authority blocked TikTok for ten days, "
     "lifting the ban after the Chinese-owned app promised to moderate videos more strictly.",
     "en", ("commitment", "TikTok", "PK", ("TikTok",), "2020-10")),
    ("En juillet 2018, Komdigi avait bloqué TikTok pendant une semaine ; l'application "
     "chinoise s'était alors engagée à retirer les contenus jugés négatifs.", "fr",
     ("commitment", "TikTok", "ID", ("TikTok",), "2018-07")),
])
def test_commitment_in_the_sentence_of_the_step_it_answers(dated, body, language, expected):
    assert expected in dated(body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("La CNIL avait ouvert une procédure contre Amazon en 2020. Amazon a accepté jeudi soir de "
     "décaler son opération de promotions au 4 décembre.", "fr",
     ("commitment", "Amazon", "FR", ("Amazon",), "2025-03-06")),
    ("Google avait accepté en 2017, dans un accord à l'amiable avec le Service fédéral "
     "antimonopole, de laisser les utilisateurs choisir un autre moteur de recherche.", "fr",
     ("commitment", "Google", "RU", ("Google",), "2017")),
])
def test_commitment_with_a_time_or_an_incise_in_the_verb(dated, body, language, expected):
    assert expected in dated(body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Brazil's competition authority, CADE, on Wednesday approved a settlement with iFood "
     "that limits its exclusive contracts with restaurants.", "en",
     ("commitment", "Administrative Council for Economic Defense", "BR", ("iFood",))),
    ("The Korea Fair Trade Commission approved on Monday a consent decree with Google under "
     "which the company will let developers use other payment systems.", "en",
     ("commitment", "Korea Fair Trade Commission", "KR", ("Google",))),
    ("La Commission coréenne de la concurrence a approuvé lundi les engagements proposés par "
     "Google sur les paiements intégrés.", "fr",
     ("commitment", "Korea Fair Trade Commission", "KR", ("Google",))),
    ("Google n'a pas contesté les faits et a proposé des engagements. L'Autorité de la "
     "concurrence les a acceptés et les rend obligatoires.", "fr",
     ("commitment", "French Competition Authority", "FR", ("Google",))),
])
def test_settlement_or_commitments_approved_by_the_body(placed, body, language, expected):
    assert expected in placed(body, language)


def test_regression_a_consent_decree_approved_is_no_law(placed):
    """"approved ... a consent decree with Google" was the KFTC's legislation."""
    steps = placed("The Korea Fair Trade Commission approved on Monday a consent decree with "
                   "Google under which the company will let developers use other payment "
                   "systems.", "en")
    assert not {step for step in steps if step[0] == "legislation"}


def test_commitment_plan_is_one_action_with_its_sum(rows):
    found = rows("In September 2020 the Japan Fair Trade Commission approved a commitment plan "
                 "under which Amazon Japan agreed to return about 2 billion yen to suppliers.",
                 "en", "2024-11-27")
    commitments = [r for r in found if r["type"] == "commitment"]
    assert [(r["actor"], r["target"], r["date"], r["amount"], r["currency"])
            for r in commitments] == [
        ("Japan Fair Trade Commission", "Amazon", "2020-09", 2000000000, "JPY")]


def test_commitments_accepted_in_a_place_relative_clause(placed_steps):
    run = placed_steps(dt.date(2023, 9, 26))
    steps = run("The FTC sued Amazon on Tuesday.\n\nAmazon has faced similar questions in "
                "Europe, where Brussels accepted commitments from the company last December on "
                "how it picks the seller in its Buy Box and on access to Prime.", "en")
    assert ("commitment", "European Commission", "EU", ("Amazon",), "2022-12") in steps


def test_regression_a_month_after_a_description_is_no_name(placed_steps):
    """"the company last December" read "December" as the company's name: no target."""
    run = placed_steps(dt.date(2023, 9, 26))
    steps = run("The CNIL opened an investigation into Criteo in 2020.\n\nThe CNIL fined the "
                "company last December.", "en")
    assert ("fine", "CNIL", "FR", ("Criteo",), "2022-12") in steps


def test_each_platform_keeps_its_own_commitment(placed):
    """A second platform's undertakings are no repeat of the first's (lexicon layer)."""
    steps = placed("The CMA opened an investigation into Amazon and Google in 2021.\n\nThe CMA "
                   "accepted undertakings from Amazon on Friday.\n\nGoogle gave the regulator "
                   "similar undertakings in January, and the CMA accepted them then.", "en")
    assert {step[3] for step in steps if step[0] == "commitment"} == {("Amazon",), ("Google",)}


@pytest.mark.parametrize(("body", "language"), [
    # a deal, a merger, a ban, a court's approval
    ("The CMA opened an inquiry into Microsoft in 2022. On Friday, the regulator announced "
     "that Microsoft had agreed to buy Activision Blizzard's cloud rights back.", "en"),
    ("The Competition and Markets Authority approved Microsoft's acquisition of Activision "
     "Blizzard on Friday.", "en"),
    ("A federal judge in San Francisco approved on Monday a settlement with Meta over the "
     "Cambridge Analytica class action.", "en"),
    ("The Czech cabinet has approved a ban on DeepSeek across the state administration.", "en"),
    ("L'Autorité de la concurrence a approuvé vendredi le rachat d'Activision Blizzard par "
     "Microsoft.", "fr"),
    ("Amazon a accepté jeudi soir de racheter la start-up iRobot, a annoncé le groupe.", "fr"),
    # a refusal, a possibility, an expectation
    ("Ofcom opened an investigation into TikTok in May. On Tuesday, the regulator said that "
     "TikTok had refused to commit to new age checks.", "en"),
    ("Ofcom opened an investigation into TikTok in May. TikTok could agree to new age checks, "
     "the regulator said.", "en"),
    ("Ofcom opened an investigation into TikTok in May. TikTok is expected to agree to new age "
     "checks, the regulator said on Tuesday.", "en"),
    ("La CNIL avait ouvert une enquête sur Google en 2022. Selon l'autorité, Google a refusé "
     "de s'engager à modifier ses bandeaux.", "fr"),
    ("La CNIL avait ouvert une enquête sur Google en 2022. Google pourrait accepter de "
     "modifier ses bandeaux, selon l'autorité.", "fr"),
    # an authority's own commitment
    ("The European Commission fined Apple in March. The Commission committed on Monday to "
     "review the Digital Markets Act by 2026.", "en"),
    ("La Commission européenne s'est engagée lundi à réexaminer le DMA d'ici 2026.", "fr"),
    # an agreement with a union, bankers, families; a promise to users
    ("Uber has agreed with the GMB union to raise drivers' pay in London, the union said on "
     "Monday.", "en"),
    ("The FTC sued Amazon in 2023. After talks with the Teamsters, Amazon agreed to raise pay "
     "at two warehouses.", "en"),
    ("The CNIL fined Google in 2022. After talks with its bankers, the company agreed to sell "
     "its stake.", "en"),
    ("Ofcom fined TikTok in 2024. TikTok agreed on Monday to remove the videos at the request "
     "of the victims' families.", "en"),
    ("La CNIL a infligé une amende à Uber en 2024. Après des discussions avec les syndicats, "
     "Uber a accepté de relever la rémunération des chauffeurs.", "fr"),
    ("In a blog post on Monday, Meta promised users to add new privacy controls to "
     "Instagram.", "en"),
    # a described reporter beside another body: the change answers that other body
    ("Ofcom wrote to Google in May.\n\nOn Tuesday, the regulator said that Google had agreed "
     "to changes demanded by the European Commission.", "en"),
])
def test_no_commitment_to_an_authority(placed, body, language):
    steps = placed(body, language)
    assert not {step for step in steps if step[0] == "commitment"}
