"""Bodies named by their country and domain, as wire reports name them ("Nigeria's data
protection commission", "le régulateur sud-coréen de la vie privée", "l'autorité italienne de
la concurrence"): the country's one body of the domain from the reference (issue 3, R6).
Invented sentences; hard negatives where the country's body of that trade is not one the
reference holds."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2025, 3, 4)


@pytest.fixture
def actors(factual_steps):
    run = factual_steps(D)

    def of(text: str, language: str) -> list[object]:
        return [f[1] for f in run(text, language)]

    return of


@pytest.mark.parametrize(("text", "language", "body"), [
    ("Le régulateur sud-coréen de la vie privée a infligé une amende à Meta.", "fr",
     "authority/pipc"),
    ("Japan's privacy watchdog has issued a warning to OpenAI.", "en", "authority/japan-ppc"),
    ("Nigeria's data protection commission fined Meta $220 million.", "en", "authority/ndpc"),
    ("L'autorité italienne de la concurrence a infligé une amende à Meta.", "fr",
     "authority/agcm"),
    ("Le gendarme nigérian de la concurrence a infligé une amende à Meta.", "fr",
     "authority/fccpc"),
    ("L'autorité polonaise de protection des données a infligé une amende à Meta.", "fr",
     "authority/uodo"),
    ("The Polish competition authority fined Amazon.", "en", "authority/uokik"),
    ("Brazil's consumer protection agency fined Apple.", "en", "authority/senacon"),
    ("Kenya's data protection commissioner fined Worldcoin.", "en", "authority/odpc-kenya"),
    ("Pakistan's telecoms regulator blocked X.", "en", "authority/pta"),
    ("Le gendarme russe des télécommunications a bloqué WhatsApp.", "fr",
     "authority/roskomnadzor"),
    ("Norway's data protection authority fined Grindr.", "en", "authority/norwegian-dpa"),
    ("L'autorité turque de la concurrence a infligé une amende à Google.", "fr",
     "authority/turkish-competition-authority"),
    ("India's competition regulator fined Meta.", "en", "authority/cci"),
])
def test_regression_a_country_and_a_domain_name_the_countrys_body(actors, text, language, body):
    assert actors(text, language) == [body]


@pytest.mark.parametrize(("text", "language"), [
    # Pakistan's media regulator is PEMRA, not the telecoms authority.
    ("Pakistan's media regulator blocked X.", "en"),
    # Germany's privacy bodies are the states' as much as the federal one's.
    ("A German data protection authority fined Meta.", "en"),
])
def test_hard_negatives_no_body_of_another_trade(actors, text, language):
    assert [a for a in actors(text, language) if a] == []
