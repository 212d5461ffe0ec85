"""Which entity of the step's sentence is its target (issue 3, task T10): names that only
describe the target are no targets of their own.
- an apposition about the target names another entity ("Gemini, Google's AI model", "Shein,
  Temu's main rival", "Temu, concurrent de Shein et d'AliExpress", "YouTube, la plateforme
  vidéo de Google"): the head of the object phrase is the target, the other a mention;
- the French possessive "l'App Store d'Apple" names the company, as "Apple's App Store" does;
- a relative after the target ("whose chatbot rivals ChatGPT") names another entity;
- an agent or initiator after the target ("saisie par la société Amadeus", "at the request of
  Spotify") is the complainant (sweep 816's wording);
- a name inside a reporting participle after the step (", saying then that it had found no
  reason to include Gemini") is no object of the step (broad 706's wording).
Each had given a second, wrong action. Invented sentences; the guards keep what held before."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


DESCRIBED = [
    ("The Irish Data Protection Commission opened an inquiry on Thursday into Gemini, Google's "
     "AI model, over its training data.", "en", ("investigation", "irish-dpc", "gemini")),
    ("La CNIL a ouvert jeudi une enquête sur Gemini, l'assistant d'intelligence artificielle "
     "de Google.", "fr", ("investigation", "cnil", "gemini")),
    ("L'Arcom a infligé mardi une amende de 2 millions d'euros à YouTube, la plateforme vidéo "
     "de Google, pour des publicités.", "fr", ("fine", "arcom", "youtube")),
    ("Temu, a rival of Shein, was fined 200 million euros by the European Commission on "
     "Thursday.", "en", ("fine", "european-commission", "temu")),
    ("The European Commission fined Shein, Temu's main rival, 40 million euros on Thursday.",
     "en", ("fine", "european-commission", "shein")),
    ("La Commission européenne a ouvert jeudi une enquête sur Temu, concurrent de Shein et "
     "d'AliExpress.", "fr", ("investigation", "european-commission", "temu")),
    ("La Commission européenne a ouvert jeudi une procédure formelle contre Shein, concurrent "
     "chinois de Temu.", "fr", ("investigation", "european-commission", "shein")),
    ("L'Autorité de la concurrence a ouvert mercredi une enquête sur l'App Store d'Apple.", "fr",
     ("investigation", "autorite-de-la-concurrence", "apple")),
    ("The Dutch competition authority opened proceedings against Apple on Monday at the "
     "request of Spotify.", "en", ("investigation", "acm", "apple")),
    ("The AGCM opened an investigation into DeepSeek, the Chinese start-up whose chatbot rivals "
     "ChatGPT, on Monday.", "en", ("investigation", "agcm", "deepseek")),
    ("L'Autorité de la concurrence a prononcé jeudi des mesures conservatoires à l'encontre de "
     "Google, saisie par la société Amadeus.", "fr",
     ("order", "autorite-de-la-concurrence", "google")),
]


@pytest.mark.parametrize(("text", "language", "expected"), DESCRIBED,
                         ids=[f"{lang}-{text[:40]}" for text, lang, _ in DESCRIBED])
def test_only_the_head_of_the_object_is_the_target(steps, text: str, language: str,
                                                    expected: tuple) -> None:
    assert steps(text, language) == {expected}


def test_name_in_a_reporting_participle_is_no_target(steps) -> None:
    text = ("The CMA opened its investigation in January, saying then that it had found no "
            "reason to include Gemini, Google's AI assistant, in the designation.")
    assert not any(target in {"gemini", "google"} for _, _, target in steps(text, "en"))


GUARDS = [
    # a plain list keeps every item; a described head keeps its relation rules
    ("The European Commission fined Meta, WhatsApp and Telegram on Monday.", "en",
     {("fine", "european-commission", "meta"), ("fine", "european-commission", "whatsapp"),
      ("fine", "european-commission", "telegram")}),
    ("The Italian competition authority AGCM fined YouTube, owned by Google, 10 million euros "
     "on Monday.", "en", {("fine", "agcm", "youtube")}),
    ("The Federal Trade Commission on Wednesday sued Meta, the parent company of Instagram and "
     "WhatsApp, over its acquisitions.", "en", {("lawsuit", "ftc", "meta")}),
    ("The Irish Data Protection Commission on Friday fined TikTok and its parent company "
     "ByteDance 345 million euros.", "en",
     {("fine", "irish-dpc", "tiktok"), ("fine", "irish-dpc", "bytedance")}),
    ("The Irish Data Protection Commission opened an inquiry on Thursday into Google's AI model "
     "Gemini over its training data.", "en", {("investigation", "irish-dpc", "google")}),
    ("L'Autorité de la concurrence a infligé mardi une amende de 5 millions d'euros à YouTube, "
     "filiale de Google.", "fr", {("fine", "autorite-de-la-concurrence", "youtube")}),
]


@pytest.mark.parametrize(("text", "language", "expected"), GUARDS,
                         ids=[f"{lang}-{text[:40]}" for text, lang, _ in GUARDS])
def test_lists_and_relations_keep_their_targets(steps, text: str, language: str,
                                                expected: set) -> None:
    assert steps(text, language) == expected
