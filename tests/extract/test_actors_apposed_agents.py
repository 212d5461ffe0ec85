"""An agent described, then named in apposition (issue 3, A7; apposed_agents.py): "infligée
par son régulateur chef de file dans l'UE, la Commission irlandaise de protection des
données" is the DPC's fine; the EU named inside the description is no agent."""

from __future__ import annotations

import datetime as dt

D = dt.date(2025, 5, 1)
TIKTOK, META = "service/tiktok", "organisation/meta"


def test_regression_a_french_agent_named_after_its_description(steps_in):
    text = ("TikTok\n\nTikTok a écopé d'une amende de 345 millions d'euros infligée par son "
            "régulateur chef de file dans l'UE, la Commission irlandaise de protection des "
            "données.\n")
    assert ("fine", "authority/irish-dpc", (TIKTOK,)) in steps_in(text, "fr", D)


def test_regression_an_english_agent_named_after_its_description(steps_in):
    text = ("Meta\n\nMeta was fined €390 million by its lead EU privacy regulator, Ireland's "
            "Data Protection Commission.\n")
    assert ("fine", "authority/irish-dpc", (META,)) in steps_in(text, "en", D)


def test_regression_a_place_before_the_agent_is_passed_over(steps_in):
    text = "Meta\n\nMeta was fined €1.2 billion in Ireland by the Data Protection Commission.\n"
    assert ("fine", "authority/irish-dpc", (META,)) in steps_in(text, "en", D)


def test_a_description_with_no_body_named_after_it_gives_no_agent(steps_in):
    # (Spotify: no lead authority in data/patterns/actions.yaml `lead_supervisors`; TikTok's
    # is the DPC: tests/extract/test_lead_supervisors.py)
    text = ("Spotify\n\nSpotify has been fined €5 million by its lead EU privacy regulator over "
            "its handling of customers' data.\n")
    assert not any(s[1] for s in steps_in(text, "en", D))
