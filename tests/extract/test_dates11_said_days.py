"""The day words were said (issue 3, D11, guideline 6 and the claims' date rule). Invented
snippets, each written with its expected date before the rules were run.

- A leading phrase of speaking gives the claim's day: "Speaking to reporters on Monday, Thierry
  Breton said: ...", "S'exprimant lundi devant la presse, ..." (`speaking_days`); not a leading
  phrase of another event ("After the ruling on Monday, ..."), nor a day of another sentence.
- A step a quotation tells "today", reported as said on Monday, was taken that Monday, not on the
  text's day (`quoted_today`); without a day of saying, or with a reporter's own "today", no
  change.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday: Monday is 27 February, Tuesday 28 February
QUOTE_EN = '"TikTok must comply with our rules."'
QUOTE_FR = "« TikTok doit respecter nos règles. »"

CLAIMS = [
    ("en", f"Speaking to reporters on Monday, Thierry Breton said: {QUOTE_EN}", "2023-02-27"),
    ("en", f"Asked about the case on Monday, Thierry Breton said: {QUOTE_EN}", "2023-02-27"),
    ("fr", f"S'exprimant lundi devant la presse, Thierry Breton a déclaré : {QUOTE_FR}",
     "2023-02-27"),
    ("fr", f"Interrogée mardi sur France Inter, Clara Chappaz a affirmé : {QUOTE_FR}",
     "2023-02-28"),
    ("en", f"Thierry Breton told Reuters on Tuesday: {QUOTE_EN}", "2023-02-28"),
    # hard negatives: another event's day, a day of another sentence, no day
    ("en", f"After the ruling on Monday, Thierry Breton said: {QUOTE_EN}", None),
    ("en", f"Thierry Breton was in Brussels on Monday. Speaking to reporters, Thierry Breton "
           f"said: {QUOTE_EN}", None),
    ("en", '"TikTok must comply with our rules," Thierry Breton said.', None),
]


@pytest.mark.parametrize(("language", "body", "expected"), CLAIMS,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(CLAIMS)])
def test_a_leading_phrase_of_speaking_dates_the_claim(extractor, article_of, language, body,
                                                      expected):
    article = article_of(f"Update\n\n{body}\n", language, published=PUBLISHED, title="Update")
    claims = extractor.extract(article).claims
    assert [c.date.iso() if c.date else None for c in claims] == [expected]


QUOTED_TODAY = [
    ("en", '"Today, the Commission has fined Meta," Thierry Breton told reporters on Monday.',
     ("fine", "meta", "2023-02-27")),
    # no day of saying, or the reporter's own today: the text's day as before
    ("en", '"Today, the Commission has fined Meta," Thierry Breton said.',
     ("fine", "meta", "2023-03-01")),
    ("en", "Today the European Commission fined Meta, Thierry Breton said on Monday.",
     ("fine", "meta", "2023-03-01")),
]


@pytest.mark.parametrize(("language", "body", "expected"), QUOTED_TODAY,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(QUOTED_TODAY)])
def test_a_quoted_today_is_the_day_it_was_said(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
