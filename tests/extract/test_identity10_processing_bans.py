"""Block vs order (issue 3): a data protection authority's "ban" or "block" of a service is a
limitation of processing, an order on the company running it (tests/blind 108, tests/varied
308 gold: "temporarily banned the chatbot in Italy" = order on OpenAI); a telecoms regulator,
a ministry or a court cutting access, or a service pulled from the app stores, stays a block
(`regkg.extract.processing_bans`). Invented sentences in the style of wire reports."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)  # a Wednesday


@pytest.fixture
def steps(short_steps):
    return short_steps(D)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Italy's privacy watchdog blocked DeepSeek on Thursday over data concerns.", "en",
     ("order", "garante", "deepseek")),
    ("In March 2022 the Garante temporarily banned ChatGPT in Italy over privacy concerns.",
     "en", ("order", "garante", "openai")),
    ("The Garante banned Replika from processing the data of Italian users.", "en",
     ("order", "garante", "luka")),
    ("Le Garante a bloqué ChatGPT en Italie le 31 mars.", "fr", ("order", "garante", "openai")),
    ("The Garante ordered a block on DeepSeek's chatbot in Italy.", "en",
     ("order", "garante", "deepseek")),
])
def test_regression_a_data_protection_ban_is_an_order_on_the_operator(steps, text, language,
                                                                      expected):
    found = steps(text, language)
    assert expected in found
    assert not [s for s in found if s[0] == "block"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Indonesia's Ministry of Communication blocked access to Grok on Saturday.", "en",
     ("block", "komdigi", "grok")),
    ("Russia's Roskomnadzor banned Instagram on Friday.", "en",
     ("block", "roskomnadzor", "instagram")),
    ("Le Tribunal suprême fédéral a ordonné aux opérateurs de bloquer X dans tout le pays.",
     "fr", ("block", "brazil-supreme-court", "x")),
    # Pulled from the app stores: access cut, whoever decides it.
    ("Italy's privacy watchdog blocked downloads of DeepSeek from the app stores on Thursday.",
     "en", ("block", "garante", "deepseek")),
])
def test_a_block_by_a_body_that_cuts_access_stays_a_block(steps, text, language, expected):
    found = steps(text, language)
    assert expected in found
    assert not [s for s in found if s[0] == "order"]
