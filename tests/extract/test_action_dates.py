"""Dates of steps whose own sentence gives none (issue 3, point 5; guideline 6): the release's
dateline dates the steps its lead announces, a decision dated earlier in the text dates its
sibling steps, and nothing else does (background steps, steps of other bodies, news
published later, headlines).

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 14)  # a copy seen two days after the release


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


# --- the release's lead: every step the writer announces in it ------------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("12 March 2025\n\nOfcom has fined Itai Tech Ltd £50,000 for failing to put age checks in "
     "place. Ofcom has also opened an investigation into Score Internet Group LLC under the "
     "Online Safety Act.", "en",
     [("fine", "itai-tech", "2025-03-12"), ("investigation", "score-internet-group",
                                            "2025-03-12")]),
    ("Paris, le 12 mars 2025 – La CNIL prononce une sanction de 40 millions d'euros à "
     "l'encontre de Shein. La CNIL a également mis en demeure Temu de recueillir le "
     "consentement des internautes.", "fr",
     [("fine", "shein", "2025-03-12"), ("order", "temu", "2025-03-12")]),
])
def test_the_dateline_dates_every_step_the_writer_announces_in_the_lead(
        dated, text, language, expected) -> None:
    assert dated(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Published: 12 March 2025\n\nThe European Commission has accepted commitments offered by "
     "AliExpress under the Digital Services Act.", "en", "2025-03-12"),
    ("Publié le 12 mars 2025\n\nL'Arcom a mis en demeure le site Pornovore de mettre en œuvre "
     "un système de vérification de l'âge.", "fr", "2025-03-12"),
    ("12 March 2025 — The European Commission has opened formal proceedings against Temu under "
     "the Digital Services Act.", "en", "2025-03-12"),
    ("WASHINGTON (March 12, 2025) — The Federal Trade Commission has sued Snap over its "
     "chatbot.", "en", "2025-03-12"),
])
def test_a_dateline_with_a_label_or_in_brackets_dates_its_lead(
        dated, text, language, expected) -> None:
    assert [d for _, _, d in dated(text, language)] == [expected]


# --- a decision dated earlier in the text dates its sibling steps ---------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le 10 mars 2025, la CNIL a prononcé deux sanctions à l'encontre de Google et de Shein.\n\n"
     "La CNIL a relevé des manquements en matière de cookies.\n\nLa CNIL a, par ailleurs, "
     "infligé à Shein une amende de 150 millions d'euros.", "fr",
     [("fine", "shein", "2025-03-10")]),
    ("On 10 March 2025 the Commission adopted two decisions concerning Apple and Meta under the "
     "Digital Markets Act.\n\nThe Commission found that the pay or consent model breached the "
     "DMA.\n\nMeta has been fined €200 million by the Commission.", "en",
     [("fine", "meta", "2025-03-10")]),
])
def test_a_decision_dated_in_the_lead_dates_the_sibling_step_stated_later(
        dated, text, language, expected) -> None:
    found = dated(text, language)
    assert [f for f in found if f[0] == "fine"] == expected


# --- hard negatives: nothing dates these ----------------------------------------------------

def test_a_background_step_in_the_lead_keeps_no_date(dated) -> None:
    text = ("12 March 2025\n\nOfcom has fined Itai Tech Ltd £50,000 for failing to put age "
            "checks in place. Ofcom had already opened an investigation into Score Internet "
            "Group LLC.")
    assert dated(text, "en") == [("fine", "itai-tech", "2025-03-12"),
                                 ("investigation", "score-internet-group", None)]


def test_a_step_already_taken_by_another_body_keeps_no_date(dated) -> None:
    text = ("Paris, le 12 mars 2025 – La DGCCRF prononce une amende de 40 millions d'euros à "
            "l'encontre de Shein. Shein a déjà été sanctionnée par la CNIL d'une amende de "
            "150 millions d'euros pour avoir déposé des cookies.")
    assert dated(text, "fr") == [("fine", "shein", "2025-03-12"), ("fine", "shein", None)]


def test_the_steps_of_another_body_in_the_lead_keep_no_date(dated) -> None:
    text = ("Paris, le 12 mars 2025\n\nL'Arcom prend acte des conclusions préliminaires "
            "adressées par la Commission européenne à TikTok. La Commission européenne a "
            "ouvert une enquête sur Meta.")
    assert [d for _, _, d in dated(text, "fr")] == [None] * len(dated(text, "fr"))


def test_a_news_report_published_later_is_not_the_date_of_the_step(dated) -> None:
    text = ("The Garante fined OpenAI 15 million euros over ChatGPT. The watchdog also ordered "
            "OpenAI to run an information campaign.")
    assert [d for _, _, d in dated(text, "en")] == [None, None]


def test_a_step_said_on_a_day_takes_the_day_of_the_saying_not_the_news_dateline(dated) -> None:
    """The authority's announcement on Tuesday dates its step (announced_dates), not the day
    the copy was filed; the order of the same decision follows it."""
    text = ("ROME, March 14, 2025 — The Garante said on Tuesday it had fined OpenAI 15 million "
            "euros. The watchdog also ordered OpenAI to run an "
            "information campaign.")
    assert [d for _, _, d in dated(text, "en")] == ["2025-03-11", "2025-03-11"]


def test_a_step_in_a_later_paragraph_of_the_release_keeps_no_date(dated) -> None:
    text = ("12 March 2025\n\nOfcom has fined Itai Tech Ltd £50,000 for failing to put age "
            "checks in place.\n\nIn January, Ofcom wrote to providers of adult sites.\n\n"
            "Score Internet Group LLC has also been given a formal warning.")
    assert dated(text, "en")[0] == ("fine", "itai-tech", "2025-03-12")
    assert all(d is None for t, _, d in dated(text, "en") if t == "warning")


def test_a_headline_alone_takes_no_publication_date(dated) -> None:
    text = "Ofcom opens investigation into Itai Tech Ltd\n\nThe regulator set out its concerns."
    found = dated(text, "en", title="Ofcom opens investigation into Itai Tech Ltd")
    assert all(d is None for _, _, d in found)


def test_a_later_paragraph_going_on_with_the_announcement_takes_the_day(dated) -> None:
    text = ("Paris, le 12 mars 2025 – L'Autorité de la concurrence prononce une sanction de 220 "
            "millions d'euros à l'encontre de Google.\n\nL'instruction a duré deux ans.\n\n"
            "L'Autorité de la concurrence a également enjoint à Google de modifier ses pratiques "
            "sous trois mois.")
    assert ("order", "google", "2025-03-12") in dated(text, "fr")


@pytest.mark.parametrize(("text", "language"), [
    ("12 March 2025\n\nOfcom has fined Itai Tech Ltd £50,000.\n\nWe asked Score Internet "  # past
     "Group LLC for information. Ofcom asked Score Internet Group LLC for its risk assessment.",
     "en"),
    ("Paris, le 12 mars 2025 – L'Arcom met en demeure le site Pornovore.\n\nL'Arcom appelle "
     "les éditeurs de sites à se mettre en conformité.", "fr"),  # a call: no day
    ("Paris, le 12 mars 2025 – Par une décision du 3 mars 2025, l'Arcom a mis en demeure le site "
     "Pornovore.\n\nL'Arcom a également mis en demeure le site Camschat.", "fr"),  # other day
])
def test_a_later_step_of_a_release_that_is_no_announcement_keeps_no_day(
        dated, text, language) -> None:
    found = dated(text, language)
    assert all(d != "2025-03-12" for t, _, d in found[1:]), found


# --- "Dans le même temps", "On the same day": the day of the actor's step just reported ------

@pytest.mark.parametrize(("text", "language"), [
    ("La Commission européenne a infligé le 10 mars 2025 une amende de 500 millions d'euros à "
     "Apple.\n\nDans le même temps, la Commission a adressé des conclusions préliminaires à Meta.",
     "fr"),
    ("On 10 March 2025 the Commission fined Apple €500 million under the Digital Markets Act. "
     "On the same day, the Commission opened an investigation into Meta.", "en"),
])
def test_the_same_day_takes_the_day_of_the_actors_step_just_reported(
        dated, text, language) -> None:
    assert dated(text, language)[1] == ("investigation", "meta", "2025-03-10")


@pytest.mark.parametrize(("text", "language"), [
    ("On 10 March 2025 the Commission fined Apple €500 million under the Digital Markets Act. "
     "Meanwhile, the Commission has opened an investigation into Meta.", "en"),
    ("Le 10 mars 2025, la CNIL a infligé une amende de 50 millions d'euros à Google.\n\nDans le "
     "même temps, l'Arcom a mis en demeure le site Pornovore de mettre en œuvre un système de "
     "vérification de l'âge.", "fr"),
])
def test_meanwhile_or_another_body_at_the_same_time_gives_no_day(dated, text, language) -> None:
    assert dated(text, language)[1][2] is None


# --- a news lead sums up the step the next sentence dates -----------------------------------

def test_a_news_lead_takes_the_day_the_next_sentence_gives_the_same_step(dated) -> None:
    text = ("The ANPD has ordered Meta to stop using personal data to train its AI models.\n\n"
            "In a preventive measure published on Tuesday, the ANPD suspended Meta's new privacy "
            "policy with immediate effect.")
    # The suspended policy is the order the lead sums up, not a block (R6 block vs order).
    assert dated(text, "en") == [("order", "meta", "2025-03-11")]


@pytest.mark.parametrize("second", [
    "On 2 January 2025, the ANPD suspended Meta's new privacy policy.",  # weeks before: another
    "On 11 March 2025, the ANPD had suspended Meta's new privacy policy.",  # background
    "On 11 March 2025, the ANPD suspended TikTok's new privacy policy.",  # another company
])
def test_a_news_lead_keeps_no_day_from_another_decision(dated, second) -> None:
    text = ("The ANPD has ordered Meta to stop using personal data to train its AI models.\n\n"
            + second)
    assert dated(text, "en")[0] == ("order", "meta", None)


# --- "Besides the fine", "Outre l'amende": the order of the decision that imposed the fine ---
# (the French case was dated before, through the clause of the fine: kept as a guard)

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On 10 March 2025 the DPC fined Meta €1.2 billion for transferring data to the United "
     "States. Besides the fine, the DPC ordered Meta to suspend the transfers within five "
     "months.", "en", "2025-03-10"),
    ("Le 9 mars 2025, l'AGCM a infligé une amende de 1,1 milliard d'euros à Amazon. Outre "
     "l'amende, l'AGCM a enjoint à Amazon de modifier ses pratiques sous six mois.", "fr",
     "2025-03-09"),
])
def test_the_order_besides_the_fine_takes_the_fines_day(dated, text, language, expected) -> None:
    found = [(kind, day) for kind, _, day in dated(text, language)]
    assert found == [("fine", expected), ("order", expected)]


def test_the_order_besides_an_undated_fine_keeps_no_day(dated) -> None:
    text = ("The Garante has fined OpenAI 15 million euros, a spokesman said. Besides the fine, "
            "the Garante ordered OpenAI to run an information campaign.")
    assert [d for _, _, d in dated(text, "en")] == [None, None]


def test_the_order_besides_a_fine_said_on_a_day_takes_that_day(dated) -> None:
    text = ("ROME, March 14, 2025 — The Garante said on Friday it had fined OpenAI 15 million "
            "euros. Besides the fine, the Garante ordered OpenAI to run an information campaign.")
    assert [d for _, _, d in dated(text, "en")] == ["2025-03-14", "2025-03-14"]


def test_a_news_lead_reporting_words_gives_only_the_announced_step_the_dateline_day(
        dated) -> None:
    # D9: the reported "had fined" is the announcement's own step (dated by the dateline, as
    # "said on Friday it had fined" is by its Friday); the probe behind it keeps no day
    text = ("ROME, March 14, 2025 — The Garante said it had fined OpenAI 15 million "
            "euros after an investigation found that the company had breached privacy rules.")
    assert [(kind, d) for kind, _, d in dated(text, "en")] == [
        ("fine", "2025-03-14"), ("investigation", None)]


def test_a_step_said_on_a_day_dates_only_the_reported_step_not_the_probe_behind_it(
        dated) -> None:
    text = ("ROME, March 14, 2025 — The Garante said on Friday it had fined OpenAI 15 million "
            "euros after an investigation found that the company had breached privacy rules.")
    assert {(t, d) for t, _, d in dated(text, "en")} <= {
        ("fine", "2025-03-14"), ("investigation", None)}
    assert ("fine", "openai", "2025-03-14") in dated(text, "en")


def test_a_complaint_selon_laquelle_is_no_reported_source(dated) -> None:
    text = ("OTTAWA, le 12 mars 2025 – Le Commissariat à la protection de la vie privée du Canada "
            "a ouvert une enquête visant OpenAI à la suite d'une plainte selon laquelle des "
            "renseignements personnels auraient été recueillis sans consentement.")
    assert dated(text, "fr") == [("investigation", "openai", "2025-03-12")]


# --- the opening of proceedings told again later takes the day it was first told with ------

@pytest.mark.parametrize(("text", "language"), [
    ("On 14 March 2024 the Commission opened formal proceedings against Temu under the Digital "
     "Services Act.\n\nThe proceedings focus on the sale of illegal products.\n\nThe Commission "
     "has opened the proceedings against Temu after a request for information.", "en"),
    ("Le 14 mars 2024, la Commission a ouvert une procédure formelle à l'encontre de Temu.\n\n"
     "La procédure porte sur la vente de produits illicites.\n\nL'enquête ouverte par la "
     "Commission visant Temu s'appuie sur une demande d'informations.", "fr"),
])
def test_an_opening_told_again_takes_the_day_it_was_told_with(dated, text, language) -> None:
    """Dated, the second statement is the same step: one action (guideline 5, one action per
    distinct decision; step_dates merges dated repeats)."""
    found = [(t, d) for t, _, d in dated(text, language) if t == "investigation"]
    assert found == [("investigation", "2024-03-14")]


def test_findings_in_opened_proceedings_take_no_day_from_the_opening(dated) -> None:
    text = ("On 14 March 2024 the Commission opened formal proceedings against Temu under the "
            "Digital Services Act.\n\nThe proceedings focus on the sale of illegal products.\n\n"
            "The Commission has sent preliminary findings to Temu.")
    assert [d for t, _, d in dated(text, "en") if t == "investigation"] == ["2024-03-14", None]


def test_regression_a_first_person_lead_under_a_date_line_takes_its_day(dated) -> None:
    text = ("Ofcom fines 4chan\n\n13 October 2025\n\nWe have fined 4chan £20,000 for failing to "
            "respond to our information requests under the Online Safety Act.")
    found = dated(text, "en", title="Ofcom fines 4chan")
    assert ("fine", "4chan", "2025-10-13") in found


def test_a_release_saying_today_it_has_fined_keeps_today(dated) -> None:
    text = ("LONDON, 12 March 2025 — Ofcom said today it has fined Itai Tech Ltd £50,000 for "
            "failing to put age checks in place.")
    assert dated(text, "en") == [("fine", "itai-tech", "2025-03-12")]


def test_the_order_besides_the_fines_takes_their_day(dated) -> None:
    text = ("La CNIL a infligé le 31 décembre 2021 une amende de 150 millions d'euros à Google."
            "\n\nLes manquements concernaient les cookies.\n\nOutre les amendes, la CNIL a enjoint "
            "à Google de modifier ses pratiques sous trois mois.")
    assert dated(text, "fr")[-1] == ("order", "google", "2021-12-31")


def test_regression_a_nominal_step_takes_its_own_date_on_a_tie(dated) -> None:
    text = ("La Commission européenne a ouvert une procédure contre X en décembre 2023.\n\n"
            "L'ouverture de la procédure, en décembre, avait été précédée d'une demande formelle "
            "d'informations adressée au réseau social en octobre 2023.")
    requests = [d for kind, _, d in dated(text, "fr") if kind == "request_for_information"]
    assert all(d == "2023-10" for d in requests)  # was 2023-12 (the aside before the step)


# --- a proceeding dated at its place in the sentence before ---------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Plusieurs procédures ont été ouvertes dans le monde, notamment en France et, depuis "
     "mardi, au Texas.\n\nLe procureur général du Texas a annoncé lancer sa propre enquête sur "
     "TikTok.", "fr"),
    ("Investigations have been opened in several countries, including France and, since "
     "Tuesday, Texas.\n\nThe Texas Attorney General announced his own investigation into "
     "TikTok.", "en"),
])
def test_a_proceeding_dated_at_its_place_dates_the_authoritys_opening(
        dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "tiktok", "2025-03-11")]


@pytest.mark.parametrize(("text", "language"), [
    ("Plusieurs procédures ont été ouvertes dans le monde, notamment au Texas, où une audience "
     "a eu lieu mardi.\n\nLe procureur général du Texas a annoncé lancer sa propre enquête sur "
     "TikTok.", "fr"),  # the day is the hearing's, not set against the place
    ("Lawmakers in Texas met on Tuesday to discuss the app.\n\nThe Texas Attorney General "
     "announced his own investigation into TikTok.", "en"),  # no proceedings opened
])
def test_a_day_near_the_place_of_something_else_dates_no_proceeding(
        dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "tiktok", None)]


def test_steps_under_a_background_heading_of_a_release_keep_no_day(dated) -> None:
    text = ("BRUSSELS, 12 March 2025 — The European Commission has opened formal proceedings "
            "against Temu under the Digital Services Act.\n\nBackground\n\nThe Commission has "
            "sent a request for information to Temu.")
    assert dated(text, "en") == [("investigation", "temu", "2025-03-12"),
                                 ("request_for_information", "temu", None)]


def test_a_first_person_release_goes_on_announcing_in_the_first_person(dated) -> None:
    text = ("Ofcom fines 4chan\n\n13 October 2025\n\nWe have fined 4chan £20,000 for failing to "
            "respond to our information requests.\n\nWe have also opened an investigation into "
            "Kick.com under the Online Safety Act.")
    found = dated(text, "en", title="Ofcom fines 4chan")
    assert ("investigation", "kick", "2025-10-13") in found


def test_a_probe_still_running_in_a_release_takes_no_day(dated) -> None:
    text = ("12 March 2025\n\nOfcom has fined Itai Tech Ltd £50,000 for failing to put age "
            "checks in place.\n\nOfcom has been investigating Score Internet Group LLC for two "
            "years under the Online Safety Act.")
    assert [d for t, _, d in dated(text, "en") if t == "investigation"] in ([], [None])


# --- "Besides the fine": the fine on the same company ---------------------------------------

# (a regulator described with no country and no company's lead authority: no actor)
_SLAPPED = ("DUBLIN, March 10 – Video app TikTok was slapped with a record 345 million euro fine "
            "by a privacy watchdog on Monday.\n\n")
_FOUND = ("The Irish regulator found that TikTok had set children's accounts to public by "
          "default. Besides the fine, the watchdog ordered the company to bring its processing "
          "into compliance within three months.")


def test_regression_besides_the_fine_finds_the_fine_told_before_when_no_step_was_found(
        dated) -> None:
    """The lead's fine has no actor the text names there, so no fine step: the order takes the
    day of the sentence that tells the fine on the same company."""
    text = (_SLAPPED + "The penalty, imposed by Ireland's Data Protection Commission (DPC), tops "
            "the 746 million euros that Luxembourg's data protection watchdog levied on Amazon "
            "in 2021.\n\n" + _FOUND)
    assert dated(text, "en") == [("fine", "amazon", "2021"), ("order", "tiktok", "2025-03-10")]


def test_regression_besides_the_fine_is_not_the_regulator_s_fine_on_another_company(
        dated) -> None:
    text = (_SLAPPED + "The penalty, imposed by Ireland's Data Protection Commission (DPC), tops "
            "the 225 million euros the regulator levied on WhatsApp in 2021.\n\n" + _FOUND)
    assert ("order", "tiktok", "2021") not in dated(text, "en")


# --- a headline opening a probe, under a lead that acts today or under the dateline ---------

@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    ("Commission opens formal proceedings against Temu under the Digital Services Act",
     "BRUSSELS, 12 March 2025 — The Commission today took action against Temu, the online "
     "marketplace, over the sale of illegal products.", "en", "2025-03-12"),
    ("Commission opens formal proceedings against Temu under the Digital Services Act",
     "Today, the European Commission took action against Temu over the sale of illegal "
     "products.", "en", "2025-03-14"),
    ("La CNIL ouvre une enquête sur Temu", "Paris, le 12 mars 2025 – La CNIL agit face aux "
     "pratiques de collecte de Temu.", "fr", "2025-03-12"),
])
def test_regression_a_headline_opening_a_probe_takes_the_day_its_lead_acts(
        dated, title, body, language, expected) -> None:
    assert dated(f"{title}\n\n{body}", language, title=title) == [
        ("investigation", "temu", expected)]


@pytest.mark.parametrize(("title", "body"), [
    # the lead reports another's words: the day of the report
    ("Commission opens formal proceedings against Temu",
     "BRUSSELS, 12 March 2025 — The European Commission said it was looking at Temu."),
    # the lead tells another day
    ("Commission opens formal proceedings against Temu",
     "BRUSSELS, 12 March 2025 — The European Commission sent Temu questions on 3 February."),
    # a headline about a probe, not its opening
    ("Commission investigation into Temu continues",
     "BRUSSELS, 12 March 2025 — The European Commission today met Temu's managers."),
])
def test_a_headline_probe_stays_undated_without_such_a_lead(dated, title, body) -> None:
    found = [d for t, _, d in dated(f"{title}\n\n{body}", "en", title=title)
             if t == "investigation"]
    assert found in ([], [None])


@pytest.mark.parametrize(("text", "language"), [
    ("On 14 March 2024 the European Commission opened formal proceedings against Temu. The "
     "Commission also sent TikTok a request for information on the same day.", "en"),
    ("Le 14 mars 2024, la Commission européenne a ouvert une procédure formelle contre Temu. Ce "
     "jour-là, elle a aussi adressé une demande d'informations à TikTok.", "fr"),
])
def test_regression_the_same_day_inside_a_sentence_is_the_day_of_the_actor_s_last_step(
        dated, text, language) -> None:
    """"Ce jour-là" was read as "ce jour" (today): the day of publication, a wrong date."""
    assert dated(text, language) == [("investigation", "temu", "2024-03-14"),
                                     ("request_for_information", "tiktok", "2024-03-14")]


def test_a_headline_opening_a_probe_dates_only_the_probe(dated) -> None:
    title = ("Ofcom launches investigation into 4chan over its failure to answer information "
             "requests")
    text = f"{title}\n\n12 March 2025\n\nOfcom is acting today on concerns about 4chan."
    found = dated(text, "en", title=title)
    assert ("investigation", "4chan", "2025-03-12") in found
    assert all(d is None for t, _, d in found if t == "request_for_information")
