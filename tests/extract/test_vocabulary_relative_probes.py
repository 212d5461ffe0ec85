"""Probes told in an object relative clause (extract/relative_probes.py, issue 3, V7): "the
investigations that the Commission opened against both companies on 25 March 2024" (tests/blind
101), "a probe the FCCPC launched in May 2021 into ..." (tests/broad 707). Invented sentences,
English and French, with hard negatives: a company's own probe, a suit told the same way, a
probe the article already reports with that date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

pytestmark = pytest.mark.slow

EC, CNIL, OFCOM = "authority/european-commission", "authority/cnil", "authority/ofcom"
FCCPC = "authority/fccpc"
APPLE, META, SHEIN = "organisation/apple", "organisation/meta", "service/shein"


def _steps(extractor, article_of, text: str, language: str) -> list[tuple[object, ...]]:
    article = article_of(text, language, dt.date(2025, 6, 1))
    return sorted({(a.type, a.actor, a.targets, a.date.iso() if a.date else None)
                   for a in extractor.extract(article).actions
                   if a.status in FACTUAL_STATUSES and a.type == "investigation"})


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Commission fined Apple and Meta. The decisions conclude the non-compliance "
     "investigations that the Commission opened against both companies on 25 March 2024.", "en",
     [("investigation", EC, (APPLE,), "2024-03-25"), ("investigation", EC, (META,), "2024-03-25")]),
    ("The penalty was the outcome of a probe the Federal Competition and Consumer Protection "
     "Commission launched in May 2021 into Meta's data practices.", "en",
     [("investigation", FCCPC, (META,), "2021-05")]),
    # a noun trigger that found no actor gives way ("investigation ... opened")
    ("The investigation that Ofcom opened into 4chan in June found breaches.", "en",
     [("investigation", OFCOM, ("service/4chan",), "2025-06")]),
    ("L'enquête que la CNIL a ouverte en 2023 contre Shein a abouti.", "fr",
     [("investigation", CNIL, (SHEIN,), "2023")]),
    ("La procédure que la Commission européenne avait engagée contre Meta en mars se poursuit.",
     "fr", [("investigation", EC, (META,), "2025-03")]),
])
def test_a_probe_told_in_a_relative_clause_is_the_subjects(extractor, article_of, text,
                                                            language, expected):
    assert _steps(extractor, article_of, text, language) == sorted(expected)


@pytest.mark.parametrize(("text", "language"), [
    ("The fine ends a probe Meta launched into the leak.", "en"),
    ("The lawsuit the FTC launched against Amazon concerns Prime.", "en"),
    ("L'enquête que TikTok a lancée sur la fuite de données est close.", "fr"),
    ("The Commission could fine X. The investigation that the Commission may open into X would "
     "be its first.", "en"),
])
def test_no_probe_from_a_relative_clause_of_no_body_or_no_probe(extractor, article_of, text,
                                                                language):
    assert _steps(extractor, article_of, text, language) == []


def test_regression_a_probe_already_reported_with_its_date_is_not_told_again(extractor,
                                                                              article_of):
    # the undated restatement would be a second probe of Meta (one per actor, target, date)
    text = ("The Commission opened an investigation into Meta on 25 March 2024. Its decision ends "
            "the investigation that the Commission opened against Meta.")
    article = article_of(text, "en", dt.date(2025, 6, 1))
    probes = [a for a in extractor.extract(article).actions if a.type == "investigation"]
    assert [(a.actor, a.targets, a.date.iso() if a.date else None) for a in probes] == [
        (EC, (META,), "2024-03-25")]
