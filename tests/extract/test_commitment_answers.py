"""Commitments and requests for information the rules missed (issue 3, session 19 "pledges").

Guideline 4 of the corpus: `commitment` covers changes a platform agrees to in answer to an
authority (actor = the company, jurisdiction = the authority it answered); a formal request to
provide information is a `request_for_information`. News tells them
- with the body the change answers only described in the sentence ("auprès du gouvernement",
  "to deal with the authorities", "lifting the ban", "Dans le cadre de l'entente", "into a
  compensation scheme") and no step against the platform told before: the body is one the
  article names, when all its bodies are of one country (answering_bodies.py);
- with the platform described by a word of the targets' descriptions ("le groupe", "la
  multinationale");
- as a question put with a time: "asked the company to say within 20 days whether", "a donné
  dix jours ouvrables à X pour lui indiquer", "required it to submit a report on its progress
  by", "summoned A and B to explain how".
Traps: a promise to users, a deal with another company, bodies of two countries, a refusal; a
journalist's question, a request for comment, a law's duty to report.

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 3, 6)  # a Thursday


@pytest.fixture(scope="module")
def placed(placed_facts):
    """placed(body, language) -> {(type, actor label, jurisdiction, target labels)}."""
    return placed_facts(DAY)


def _company(company: str, code: str) -> tuple[object, ...]:
    return ("commitment", company, code, (company,))


def _asked(body: str, code: str, company: str) -> tuple[object, ...]:
    return ("request_for_information", body, code, (company,))


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Amazon has agreed to pay A$20 million into a compensation scheme for Australian "
     "shoppers.\n\nThe Australian Competition and Consumer Commission announced the settlement "
     "on Monday.", "en", _company("Amazon", "AU")),
    ("Roskomnadzor has long pressed foreign platforms to open local offices.\n\nIn 2019 "
     "LinkedIn agreed to store the data of Russian users on local servers, as the authorities "
     "had demanded.", "en", _company("LinkedIn", "RU")),
    ("Le Commissariat à la protection de la vie privée du Canada a publié mardi son rapport "
     "sur les pratiques de LinkedIn.\n\nDans le cadre de l'entente, LinkedIn s'est engagé à ne "
     "plus importer les carnets d'adresses de ses membres sans leur accord.", "fr",
     _company("LinkedIn", "CA")),
    ("L'Arcom surveille depuis des mois les vidéos publiées sur YouTube.\n\nLa plateforme "
     "s'est alors engagée auprès du gouvernement à retirer les vidéos signalées sous 24 "
     "heures.", "fr", _company("YouTube", "FR")),
])
def test_commitment_answers_a_body_the_sentence_only_describes(placed, body, language,
                                                              expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Le Service fédéral antimonopole russe surveille Yandex depuis 2015.\n\nLe groupe avait "
     "accepté en 2016, dans un accord à l'amiable avec le régulateur, de ne plus imposer ses "
     "applications aux fabricants.", "fr", _company("Yandex", "RU")),
])
def test_commitment_of_a_platform_described_as_the_group(placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language", "company"), [
    # a promise to subscribers answers no authority
    ("L'Arcom a publié jeudi son rapport annuel.\n\nSpotify s'est engagé auprès de ses "
     "abonnés à ne plus augmenter ses prix cette année.", "fr", "Spotify"),
    # an agreement with another company
    ("L'Arcom a publié jeudi son rapport annuel.\n\nDans le cadre de l'entente avec Deezer, "
     "Google s'est engagé à promouvoir son offre pendant deux ans.", "fr", "Google"),
    # bodies of two countries: which one it answered would be a guess
    ("The European Commission and Britain's Competition and Markets Authority have both "
     "looked at the market.\n\nUnder the settlement, Amazon has agreed to stop using sellers' "
     "data.", "en", "Amazon"),
    # a refusal
    ("Roskomnadzor has long pressed foreign platforms to open local offices.\n\nTelegram has "
     "not agreed to appoint a representative to deal with the authorities.", "en", "Telegram"),
    # a promise to users, no body in the sentence
    ("The Federal Trade Commission held a workshop on dark patterns.\n\nNetflix has agreed to "
     "let its subscribers cancel in two clicks.", "en", "Netflix"),
])
def test_no_commitment_without_an_authority_answered(placed, body, language, company):
    assert not any(step[0] == "commitment" and company in step[3]
                   for step in placed(body, language))


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("DeepSeek's app reached Europe in January.\n\nThe Irish Data Protection Commission "
     "asked the Chinese start-up to say within 15 days "
     "whether its models had been trained on European posts.", "en",
     _asked("Data Protection Commission", "IE", "DeepSeek")),
    ("The ICO asked TikTok to indicate how it checks the age of its users.", "en",
     _asked("Information Commissioner's Office", "GB", "TikTok")),
    ("The ICO also required Snapchat to submit a report on its progress by June 30.", "en",
     _asked("Information Commissioner's Office", "GB", "Snapchat")),
    ("Officials at Komdigi have also summoned Shopee and Lazada to explain how they check "
     "their sellers.", "en", _asked("Komdigi", "ID", "Lazada")),
    ("La Commission européenne a donné dix jours ouvrables à TikTok pour lui indiquer les "
     "mesures prises contre la désinformation.", "fr",
     _asked("European Commission", "EU", "TikTok")),
    ("La CNIL a donné quinze jours à Google pour lui préciser les données conservées.", "fr",
     _asked("CNIL", "FR", "Google")),
])
def test_request_for_information_put_as_a_question(placed, body, language, expected):
    assert expected in placed(body, language)


def test_question_asked_is_no_call_for_conduct(placed):
    found = placed("The ICO asked TikTok to indicate how it checks the age of its users.", "en")
    assert not any(step[0] == "statement" for step in found)


@pytest.mark.parametrize(("body", "language"), [
    ("Reuters asked Meta to say whether it would appeal, but the company did not respond.",
     "en"),
    ("The CNIL fined Google on Monday. Google was asked for comment and did not reply.", "en"),
    ("The law requires platforms to submit annual reports on their moderation.", "en"),
    ("Un utilisateur a donné dix jours à Free pour lui indiquer pourquoi sa ligne était "
     "coupée.", "fr"),
])
def test_no_request_from_a_journalist_a_user_or_a_law(placed, body, language):
    assert not any(step[0] == "request_for_information" for step in placed(body, language))


def test_request_to_a_platform_described_by_its_backer(placed):
    found = placed("Anthropic released a new model last week.\n\nThe CNIL asked the "
                   "Amazon-backed start-up to say within a month whether French users' chats "
                   "were used for training.", "en")
    assert _asked("CNIL", "FR", "Anthropic") in found


def test_regression_summoned_firms_unnamed_in_the_reference_are_not_the_app(placed):
    found = placed("Komdigi suspended TikTok Shop on Monday. Officials also summoned the two "
                   "local firms linked to the service, PT Satu Data and PT Dua Niaga, to explain "
                   "how they store user data.", "en")
    assert not any(step[0] == "request_for_information" for step in found)


def test_one_commitment_per_company_for_a_service_and_its_operator(placed):
    found = placed("Roskomnadzor a bloqué Instagram le 2 août. Le 10 août, le réseau social a "
                   "accepté de supprimer les contenus signalés, a annoncé le régulateur.\n\n"
                   "Le groupe Meta s'est également engagé auprès du régulateur à coopérer avec "
                   "les autorités russes.", "fr")
    assert len([step for step in found if step[0] == "commitment"]) == 1


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The Garante blocked Replika in February. The chatbot returned there in June after Luka "
     "made changes, including an age check.", "en", _company("Luka", "IT")),
    ("The Garante blocked DeepSeek in January, before allowing the app to return once the "
     "company had made changes.", "en", _company("DeepSeek", "IT")),
    ("The ICO asked LinkedIn to pause training in September. LinkedIn resumed training in the "
     "UK after agreeing to changes the ICO had asked for.", "en",
     _company("LinkedIn", "GB")),
    ("L'Arcom a mis en demeure Twitch en janvier. Twitch a rouvert le service après avoir "
     "accepté de retirer les vidéos signalées.", "fr", _company("Twitch", "FR")),
])
def test_commitment_told_as_what_a_step_waited_for(placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language", "company"), [
    ("The CNIL fined Google in 2021. Google made changes to its search page last year.", "en",
     "Google"),
    ("The CNIL fined Google in 2021. Google made changes to its leadership after the ruling.",
     "en", "Google"),
    ("La CNIL a sanctionné Criteo en 2023. Criteo a apporté des modifications à son site.",
     "fr", "Criteo"),
])
def test_no_commitment_for_a_change_told_alone(placed, body, language, company):
    assert not any(step[0] == "commitment" and company in step[3]
                   for step in placed(body, language))


@pytest.mark.parametrize(("body", "language"), [
    ("The Commission fined Apple in March. It closed a second probe, into default browsers, "
     "after the company made changes.", "en"),
    ("La Commission a sanctionné Apple en mars. Elle a clos une deuxième enquête, une fois "
     "que le groupe a apporté des modifications.", "fr"),
])
def test_no_commitment_for_the_change_a_case_is_closed_on(placed, body, language):
    assert not any(step[0] == "commitment" for step in placed(body, language))
