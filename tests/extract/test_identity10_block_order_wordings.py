"""Block vs order in more sentence shapes (issue 3): the providers and app stores told to cut
access carry out an authority's block of the platform; a platform told to hide, withhold or
geo-block content is an order on it; a demand that names its target before "qu'il" is an
order (data/patterns/actions.yaml, the K10 triggers). Invented sentences; hard negatives
where nobody with power acts or the step is only possible."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    return short_steps(D)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Brazil's Supreme Federal Court ordered internet providers and app stores to block "
     "Telegram.", "en", ("block", "brazil-supreme-court", "telegram")),
    ("Russia's Roskomnadzor told internet providers to block LinkedIn on Monday.", "en",
     ("block", "roskomnadzor", "linkedin")),
    ("Indonesia's Ministry of Communication required internet service providers and app "
     "stores to block Grok.", "en", ("block", "komdigi", "grok")),
    ("Le Tribunal suprême fédéral a exigé des opérateurs de bloquer Telegram.", "fr",
     ("block", "brazil-supreme-court", "telegram")),
    ("Russia's Roskomnadzor ordered telecom operators to shut down LinkedIn.", "en",
     ("block", "roskomnadzor", "linkedin")),
    # a headline's "orders X suspended"
    ("Brazil's Supreme Federal Court orders X suspended nationwide.", "en",
     ("block", "brazil-supreme-court", "x")),
])
def test_regression_providers_told_to_cut_access_carry_out_a_block(steps, text, language,
                                                                   expected):
    found = steps(text, language)
    assert expected in found
    assert not [s for s in found if s[0] == "order"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Turkey's BTK told Meta to geo-block the posts in Turkey.", "en", ("order", "btk", "meta")),
    ("The eSafety Commissioner told X to hide the videos from Australian users.", "en",
     ("order", "esafety-commissioner", "x")),
    ("L'Arcom a exigé de Telegram qu'il supprime les chaînes du groupe.", "fr",
     ("order", "arcom", "telegram")),
    ("Brazil's Supreme Federal Court ordered the blocking of the accounts of seven users on X.",
     "en", ("order", "brazil-supreme-court", "x")),
])
def test_regression_a_platform_told_to_hide_content_is_an_order(steps, text, language,
                                                                expected):
    found = steps(text, language)
    assert expected in found
    assert not [s for s in found if s[0] == "block"]


@pytest.mark.parametrize(("text", "language"), [
    ("Opposition lawmakers asked internet providers to block Telegram.", "en"),
    ("The government could order internet providers and app stores to block Telegram.", "en"),
    ("Users told X to remove the posts.", "en"),
    ("Des députés ont exigé de TikTok qu'il retire les vidéos.", "fr"),
    ("Le gouvernement pourrait exiger des opérateurs de bloquer Telegram.", "fr"),
    ("The court could order the removal of the posts on X.", "en"),
    ("The judge ordered the accounts suspended.", "en"),
])
def test_hard_negatives_no_block_nor_order_taken(steps, text, language):
    assert not [s for s in steps(text, language) if s[0] in ("block", "order")]
