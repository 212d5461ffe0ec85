"""A decision's term told as the platform's obligation, its body in a reporting clause (issue 3,
regkg.extract.lexicon_obligations): "X must also stop ..., the Commission said", "Google must pay
a €500 million fine, the Autorité de la concurrence ruled", "Meta devra cesser ..., a ordonné le
Bundeskartellamt", "Shein devra s'acquitter d'une amende de 40 millions d'euros, une sanction
record infligée par la DGCCRF" (tests/sweep 810), "Under a proposed consent order ..., X will pay
$193,000 and must warn customers" (sweep 802). Invented sentences, written before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)
EC = "european-commission"


@pytest.fixture
def steps(extractor, article_of):
    """(type, actor's last part, target's last part, amount) of every factual step."""

    def run(text: str, language: str) -> set[tuple[object, ...]]:
        article = article_of(text, language, published=PUBLISHED)
        return {(a.type, a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None,
                 int(a.amount.amount) if a.amount else None)
                for a in extractor.extract(article).actions
                if a.status in {"opened", "imposed"}}

    return run


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission fined X €120 million. X must also stop deceiving users with its "
     "blue checkmarks, the Commission said.", "en", ("order", EC, "x", None)),
    ("Google must pay a €500 million fine, the Autorité de la concurrence ruled on Tuesday.",
     "en", ("fine", "autorite-de-la-concurrence", "google", 500_000_000)),
    ("The Bundeskartellamt ruled that Meta must stop combining user data.", "en",
     ("order", "bundeskartellamt", "meta", None)),
    ("The social media company Meta must pay a €40 million fine, a penalty imposed by the "
     "European Commission.", "en", ("fine", EC, "meta", 40_000_000)),
    ("Temu devra payer une amende de 200 millions d'euros, a décidé la Commission européenne.",
     "fr", ("fine", EC, "temu", 200_000_000)),
    ("La Commission européenne a infligé une amende de 500 millions d'euros à Apple. Apple "
     "devra également modifier ses conditions dans un délai de 60 jours, a précisé la "
     "Commission.", "fr", ("order", EC, "apple", None)),
    ("Meta devra cesser de combiner les données de ses utilisateurs, a ordonné le "
     "Bundeskartellamt.", "fr", ("order", "bundeskartellamt", "meta", None)),
    ("Le géant chinois de la mode éphémère Shein devra s'acquitter d'une amende de 40 millions "
     "d'euros, une sanction record infligée par la DGCCRF.", "fr",
     ("fine", "dgccrf", "shein", 40_000_000)),
    ("The FTC sued Meta. Under a proposed consent order announced today, Meta will pay "
     "$193,000 and must warn customers about the limits of its service.", "en",
     ("fine", "ftc", "meta", 193_000)),
    ("The FTC sued Meta. Under a proposed consent order announced today, Meta will pay "
     "$193,000 and must warn customers about the limits of its service.", "en",
     ("order", "ftc", "meta", None)),
    # A body reporting that the company will pay a sum reports the terms it fixed: its fine
    # (session 19, test_payments.py; was a hard negative before: "'will pay' only with an amount
    # and a deciding clause"). Sums owed for something else stay none (test_payments.TRAPS).
    ("The FTC sued Meta. Meta will pay $193,000, the FTC said.", "en",
     ("fine", "ftc", "meta", 193_000)),
])
def test_term_reported_with_its_body(steps, text: str, language: str, expected: tuple) -> None:
    assert expected in steps(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Platforms must remove illegal content within an hour, the European Commission said.", "en"),
    ("Meta must do more to protect children, campaigners said.", "en"),
    ("Google will have to pay a fine if it fails to comply, the European Commission said.", "en"),
    ("X must stop deceiving users, the European Commission said.", "en"),
    ("Google must pay €2.4 billion, the General Court ruled, upholding the Commission's fine.",
     "en"),
    ("Meta must pay the fine, the Irish Data Protection Commission ruled.", "en"),
    ("The rivals of Meta must pay a €40 million fine, a penalty imposed by the European "
     "Commission.", "en"),
    ("Les plateformes devront retirer les contenus illicites en une heure, a rappelé la "
     "Commission européenne.", "fr"),
    ("Si elle ne se conforme pas, Apple devra payer une astreinte, a prévenu la Commission.",
     "fr"),
    ("Meta devra cesser de combiner les données, a précisé la CNIL.", "fr"),
    ("The FTC sued Meta. Under the law, Meta must pay $193,000.", "en"),
    ("Google must pay €4.1 billion, the General Court ruled, largely upholding the Commission's "
     "fine.", "en"),
    ("Google devra payer 4,1 milliards d'euros, a tranché le Tribunal de l'Union européenne.",
     "fr"),
    ("Google devra payer 4,1 milliards d'euros, a tranché le Tribunal de l'Union européenne, "
     "confirmant l'essentiel de l'amende.", "fr"),
    ("Les rivaux de Shein devront payer une amende de 40 millions d'euros, une sanction "
     "infligée par la DGCCRF.", "fr"),
])
def test_no_term_without_a_deciding_body(steps, text: str, language: str) -> None:
    assert not {s for s in steps(text, language) if s[0] in ("order", "fine")}
