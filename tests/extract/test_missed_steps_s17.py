"""Steps the rules missed on the dev sets opened in session 17 (issue 3), in invented words.

1. A headline that states a step with a precise trigger ("regulator demands answers from X, Y")
   must not swallow the body's own statement of it found by the lexicon layer ("issued legal
   notices to X, Y and Z", "is looking at how X uses"): the headline loses to the body, so the
   body's targets were lost with it (mist 1079, 1084; sweep; fog).
2. A platform's change reported by the authority in the same sentence ("The JFTC said that
   Apple had agreed to", "X s'est engagée à ..., a annoncé l'autorité", "Selon la CNIL, X a
   accepté de") answers that authority: a commitment (guideline 4), even when no earlier step
   against the platform is told (fog 1097; the same telling in cold 960, rime 1060, sweep).
3. A fine's companies each with their own sum, the verb said once ("condamné Google à payer
   100 millions d'euros et Amazon 35 millions d'euros"): the second company is fined too, with
   its own sum (novel 611; the same telling in thaw 983, frost 982, mist 1093).
"""

from __future__ import annotations

import datetime as dt

import pytest

_DAY = dt.date(2024, 5, 8)


@pytest.fixture(scope="module")
def titled_rows(extractor, article_of, reference):
    """titled_rows(title, body, language) -> set of (type, actor label, jurisdiction, target
    label) of an article whose first line repeats its title (a headline)."""
    from regkg.extract.gold import to_gold

    def run(title: str | None, body: str, language: str) -> set[tuple[object, ...]]:
        article = article_of(f"{title or 'Headline'}\n\n{body}\n", language, _DAY,
                             title or "Headline")
        gold = to_gold(extractor.extract(article), reference)
        return {(a["type"], a["actor"], a["jurisdiction"], a["target"])
                for a in gold["actions"]}

    return run


# --- 1. the headline's precise step and the body's lexicon statement ------------------------
HEADLINE_THEN_BODY = [
    ("Australia's online safety regulator demands answers from X, Telegram on terror content",
     "Australia's internet watchdog on Monday ordered three technology companies to explain "
     "how they stop terrorist material from spreading.\n\nThe eSafety Commissioner issued "
     "legal notices to X, Telegram and Reddit under the Online Safety Act, the regulator said "
     "in a statement.", "en",
     {("request_for_information", "eSafety Commissioner", "AU", "X"),
      ("request_for_information", "eSafety Commissioner", "AU", "Telegram"),
      ("request_for_information", "eSafety Commissioner", "AU", "Reddit")}),
    ("Explainer: Why is Ireland's data watchdog investigating LinkedIn and Pinterest?",
     "Ireland's Data Protection Commission said on Tuesday it had opened inquiries into two "
     "platforms over their advertising.\n\nThe regulator is looking at how LinkedIn and "
     "Pinterest use the data of their members to target advertising.", "en",
     {("investigation", "Data Protection Commission", "IE", "LinkedIn"),
      ("investigation", "Data Protection Commission", "IE", "Pinterest")}),
    ("Why is Ofcom investigating Telegram and Discord?",
     "Ofcom said on Monday it had opened investigations into two messaging services.\n\n"
     "Separately, Ofcom is examining how Telegram and Discord check the ages of their users.",
     "en",
     {("investigation", "Ofcom", "GB", "Telegram"), ("investigation", "Ofcom", "GB", "Discord")}),
    ("L'Arcom demande des comptes à TikTok, Snapchat sur les mineurs",
     "L'Arcom a demandé lundi à deux réseaux sociaux d'expliquer leurs mesures de protection "
     "des mineurs.\n\nL'Arcom a adressé des questionnaires à TikTok et Snapchat, a indiqué "
     "l'autorité dans un communiqué.", "fr",
     {("request_for_information", "Arcom", "FR", "TikTok"),
      ("request_for_information", "Arcom", "FR", "Snapchat")}),
]


@pytest.mark.parametrize(("title", "body", "language", "expected"), HEADLINE_THEN_BODY)
def test_body_statement_keeps_the_targets_a_headline_named(
        titled_rows, title, body, language, expected) -> None:
    assert expected <= titled_rows(title, body, language)


# Traps: a body that only looks at options, or names the step with no company, leaves the
# headline's step as it was; a body statement of another body's step is not the headline's.
@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    ("Ofcom investigating Telegram", "Ofcom is looking at options for new rules on messaging "
     "apps.", "en", {("investigation", "Ofcom", "GB", "Telegram")}),
    ("La CNIL enquête sur Shein", "La CNIL étudie des pistes pour encadrer la publicité en "
     "ligne.", "fr", {("investigation", "CNIL", "FR", "Shein")}),
])
def test_body_with_no_step_leaves_the_headline_step(
        titled_rows, title, body, language, expected) -> None:
    assert titled_rows(title, body, language) == expected
