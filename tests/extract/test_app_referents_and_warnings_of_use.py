"""Rules met with the bans of apps on official devices (issue 3, s18; mist 1091, haze 1117,
gale 1142 house gold), each general: "l'application" / "the app" refers back to an app, not to
its maker named in between; a warning against using an app is a statement, not a warning to
the platform; "la suite d'applications de X" goes on with a list of targets. Invented
sentences.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday: "lundi" / "on Monday" is 2025-03-03


def _found(rows, text, language, kind):
    return [(r["actor"], r["target"], r["date"]) for r in rows(text, language, DAY)
            if r["type"] == kind]


APP_REFERENTS = [
    ("fr", "Le gouvernement belge a interdit TikTok sur les téléphones de ses agents. Les avis "
     "pointent les obligations imposées à ByteDance, sa maison mère. La Commission européenne a "
     "exigé le 23 février de son personnel qu'il désinstalle l'application de ses appareils "
     "professionnels.", ("European Commission", "TikTok", "2025-02-23")),
    ("en", "Denmark banned WeChat from government phones. Experts pointed to the duties of "
     "Tencent, its owner. The European Commission told staff on 23 February to remove the app "
     "from their work phones.", ("European Commission", "WeChat", "2025-02-23")),
]


@pytest.mark.parametrize(("language", "text", "expected"), APP_REFERENTS)
def test_the_app_refers_back_to_the_app_not_its_maker(rows, language, text, expected) -> None:
    assert expected in _found(rows, text, language, "block")


WARNED_AGAINST_USE = [
    ("en", "The Czech agency NÚKIB warned on Monday against installing TikTok on devices with "
     "access to critical infrastructure.",
     ("National Cyber and Information Security Agency", "TikTok", "2025-03-03")),
    ("en", "NÚKIB has issued a warning against the use of products and services of the Chinese "
     "company DeepSeek.", ("National Cyber and Information Security Agency", "DeepSeek", None)),
    ("fr", "Le BSI allemand a mis en garde lundi contre l'utilisation de Kaspersky.",
     ("Federal Office for Information Security", "Kaspersky", "2025-03-03")),
]


@pytest.mark.parametrize(("language", "text", "expected"), WARNED_AGAINST_USE)
def test_a_warning_against_using_an_app_is_a_statement(rows, language, text, expected) -> None:
    found = rows(text, language, DAY)
    assert [(r["actor"], r["target"], r["date"]) for r in found
            if r["type"] == "statement"] == [expected]
    assert [r for r in found if r["type"] == "warning"] == []


def test_a_warning_to_the_platform_stays_a_warning(rows) -> None:
    text = "Ofcom warned TikTok on Monday that it could face fines."
    assert [r["type"] for r in rows(text, "en", DAY)] == ["warning"]


def test_a_software_suite_goes_on_with_the_list(rows) -> None:
    text = ("Le Secrétariat du Conseil du Trésor du Canada a annoncé lundi l'interdiction de "
            "WeChat et de la suite d'applications de l'éditeur russe Kaspersky sur les appareils "
            "mobiles du gouvernement.")
    assert sorted(t for _, t, _ in _found(rows, text, "fr", "block")) == ["Kaspersky", "WeChat"]


def test_a_step_after_a_complaint_names_no_more_targets(rows) -> None:
    text = "La CNIL a sanctionné lundi Google à la suite d'une plainte de Qwant."
    assert [t for _, t, _ in _found(rows, text, "fr", "fine")] in ([], ["Google"])
    assert "Qwant" not in {r["target"] for r in rows(text, "fr", DAY)}
