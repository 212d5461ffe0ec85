"""Modality and negation: what a text only threatens, considers, plans or denies is never
stated as a step that happened."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.actions import find_triggers, straighten
from regkg.extract.modality import FACTUAL_STATUSES, decide_status


def _status(patterns, text: str, language: str, which: str) -> str | None:
    """Status of the trigger of type `which` in `text`."""
    text = straighten(text)
    lp = patterns.of(language)
    triggers = find_triggers(text, lp)
    for index, trig in enumerate(triggers):
        if trig.type == which:
            clause_start = triggers[index - 1].end if index else 0
            return decide_status(text, trig.start, trig.end,
                                 max(clause_start, trig.start - patterns.cue_window),
                                 patterns.done_status[trig.type], lp, patterns.asides,
                                 trig.type)
    raise AssertionError(f"no {which} trigger in {text!r}")


@pytest.mark.parametrize(("language", "text", "which", "expected"), [
    # Seed 000: the request happened, the investigation is only not ruled out.
    ("fr", "L'Ofcom a annoncé lundi avoir demandé à X comment il protège ses utilisateurs, et "
           "n'a pas exclu le lancement d'une enquête formelle.", "request_for_information",
     "opened"),
    ("fr", "L'Ofcom a annoncé lundi avoir demandé à X comment il protège ses utilisateurs, et "
           "n'a pas exclu le lancement d'une enquête formelle.", "investigation", "considered"),
    # Seed 001: a power the Commission has, not a step it took.
    ("fr", "Celui-ci lui permet d'infliger, entre autres, des astreintes financières, voire de "
           "suspendre le réseau social sur le sol européen.", "block", "threatened"),
    # Seed 003: restrictions that might not block.
    ("fr", "Toutefois, des experts du secteur ont déclaré que les restrictions pourraient ne pas "
           "bloquer totalement l'accès à des outils d'image d'IA plus profonds.", "block", None),
    # Seed 003: a planned change of the law.
    ("fr", "Au Royaume-Uni, la loi devrait être modifiée cette semaine pour criminaliser la "
           "création de telles images.", "legislation", "planned"),
    # Seed 004: reported by an outlet: a fact with a hedge.
    ("fr", "D’après des informations relayées par TechCrunch, le ministère indien des "
           "Technologies de l’information a ordonné à X de prendre des mesures.", "order",
     "reported"),
    ("fr", "L'Arcom n'a pas ouvert d'enquête visant Kick.", "investigation", None),
    ("fr", "La Commission envisage d'ouvrir une enquête formelle contre X.", "investigation",
     "considered"),
    ("fr", "La Commission européenne avait infligé, début décembre, une amende de 120 millions "
           "d’euros à X.", "fine", "imposed"),
    # Corpus 003 (quote): the in-depth investigation is announced for later.
    ("en", "We will now investigate in-depth the potential addictive effects of the platforms.",
     "investigation", "planned"),
    ("en", "The regulator has not fined the company.", "fine", None),
    ("en", "Ofcom said it could open an investigation into the site.", "investigation",
     "threatened"),
    ("en", "The Commission has not ruled out opening formal proceedings against X.",
     "investigation", "considered"),
    ("en", "According to Reuters, the Commission opened an investigation into Temu.",
     "investigation", "reported"),
    # Corpus 007: 'considered' as 'judged' is no modality.
    ("en", "eSafety considered Telegram to be non-compliant with the transparency notice and has "
           "given it an infringement notice for $957,780.", "fine", "imposed"),
    # A warning states a threat: the threat does not make the warning hypothetical.
    ("en", "X could face fines and a ban, Ofcom warned on Monday.", "warning", "opened"),
    ("en", "Ofcom has not warned X.", "warning", None),
    # Corpus 009: 'May' the month is not 'may' the modal.
    ("en", "The Commission opened proceedings against TikTok in May 2025.", "investigation",
     "opened"),
])
def test_status(patterns, language, text, which, expected):
    assert _status(patterns, text, language, which) == expected


def test_factual_statuses_are_the_done_ones():
    assert {"opened", "imposed", "reported"} == FACTUAL_STATUSES


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), [
    ("en", "X could face fines of up to 6% of its global turnover if the Commission finds a "
           "breach of the Digital Services Act."),
    ("en", "Ofcom threatened to block the site if it did not comply."),
    ("fr", "Les plateformes pourraient être suspendues par l'Arcom en cas de manquement."),
    ("fr", "L'Arcom n'a pas ouvert d'enquête visant Kick.com à ce stade."),
])
def test_no_fact_from_threats_or_negations(extractor, article_of, language, text):
    extraction = extractor.extract(article_of(text, language, dt.date(2026, 1, 14)))
    assert [a for a in extraction.actions if a.status in FACTUAL_STATUSES] == []


@pytest.mark.parametrize(("language", "text", "which", "expected"), [
    # Words of negation that deny nothing: the step happened.
    ("en", "Without waiting for the court, the CNIL ordered Clearview AI to delete the data.",
     "order", "imposed"),
    ("en", "No fewer than three investigations have been opened into TikTok.", "investigation",
     "opened"),
    ("fr", "Sans attendre la décision du tribunal, la CNIL a mis en demeure Clearview AI.",
     "order", "imposed"),
    ("en", "This is not the first time the regulator has acted against Uber: the company was "
           "fined in 2018.", "fine", "imposed"),
    # ... and the same words where they deny.
    ("en", "The CNIL has not ordered Clearview AI to delete the data.", "order", None),
    ("en", "The CNIL closed the case without fining Clearview AI.", "fine", None),
    ("fr", "La CNIL a clos la procédure sans sanctionner Google d'une amende.", "fine", None),
    ("en", "It is not the first time the regulator has fined Uber.", "fine", None),
])
def test_regression_negation_words_that_deny_nothing(patterns, language, text, which, expected):
    assert _status(patterns, text, language, which) == expected
