"""A body told as following another's step takes that step ("Ottawa a suivi le 27 février",
"Spain followed suit in April", "Norway did the same on Tuesday"), and a step told "le même
jour" / "the same day" takes the day the text gave just before (issue 3, s18; mist 1091 house
gold: the Government of Canada and the Government of Quebec blocked TikTok on their devices on
27 February 2023). Not a follower of advice ("a suivi les conclusions"), nor one that has not
followed or only could. Invented sentences.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday: "lundi" / "on Monday" is 2025-03-03


def _found(rows, text, language, kind):
    return [(r["actor"], r["target"], r["date"]) for r in rows(text, language, DAY)
            if r["type"] == kind]


FOLLOWED = [
    ("fr", "La Commission européenne a interdit TikTok sur les appareils de son personnel le "
     "23 février. Ottawa a suivi le 27 février.", "block",
     ("Government of Canada", "TikTok", "2025-02-27")),
    ("fr", "Le Danemark a interdit TikTok sur les téléphones de ses ministères lundi. La Norvège "
     "a emboîté le pas mardi.", "block", ("Norwegian government", "TikTok", "2025-03-04")),
    ("en", "Denmark banned TikTok on government phones on Monday. Norway did the same on "
     "Tuesday.", "block", ("Norwegian government", "TikTok", "2025-03-04")),
    ("en", "Ofcom opened an investigation into 4chan on Monday and the ICO followed suit on "
     "Tuesday.", "investigation",
     ("Information Commissioner's Office", "4chan", "2025-03-04")),
]


@pytest.mark.parametrize(("language", "text", "kind", "expected"), FOLLOWED)
def test_a_body_following_another_takes_the_same_step(rows, language, text, kind,
                                                      expected) -> None:
    assert expected in _found(rows, text, language, kind)


NOT_FOLLOWED = [
    # the verb has an object: advice followed, no step
    ("fr", "La CNIL a infligé une amende à Google lundi. Le Conseil d'État a suivi les "
     "conclusions du rapporteur.", "Council of State"),
    # not done, or no body
    ("en", "Denmark banned TikTok on government phones on Monday. Norway has not followed suit.",
     "Norwegian government"),
    ("fr", "Le Danemark a interdit TikTok sur les téléphones de ses ministères lundi. La Norvège "
     "n'a pas suivi.", "Norwegian government"),
    ("en", "Denmark banned TikTok on government phones on Monday. Norway could follow suit.",
     "Norwegian government"),
    ("en", "Ofcom fined 4chan on Monday. The company followed up with an appeal.", "4chan"),
]


@pytest.mark.parametrize(("language", "text", "absent"), NOT_FOLLOWED)
def test_no_step_for_a_follower_that_takes_none(rows, language, text, absent) -> None:
    assert absent not in {r["actor"] for r in rows(text, language, DAY)}


SAME_DAY = [
    ("fr", "Ottawa a suivi le 27 février, de même que le gouvernement du Québec, qui a retiré "
     "TikTok des appareils mobiles de son administration le même jour.", "block",
     ("Government of Quebec", "TikTok", "2025-02-27")),
    ("en", "Canada banned TikTok on government devices on 27 February, and Quebec removed it "
     "from its administration's phones the same day.", "block",
     ("Government of Quebec", "TikTok", "2025-02-27")),
    ("en", "The CNIL fined Google on 3 March. The same day, Arcom sent a formal notice to "
     "TikTok.", "order", ("Arcom", "TikTok", "2025-03-03")),
]


@pytest.mark.parametrize(("language", "text", "kind", "expected"), SAME_DAY)
def test_a_step_the_same_day_takes_the_day_given_before(rows, language, text, kind,
                                                        expected) -> None:
    assert expected in _found(rows, text, language, kind)


# s18 (lead's probe of the merged rule): a month with no year after "followed suit" is the
# first such month after the step followed, not the one before publication.
FOLLOWER_YEARS = [
    ("Italy blocked ChatGPT in March 2023 and Spain followed suit in April.", "2023-04"),
    ("Italy blocked ChatGPT in March 2023 and Spain followed suit in April 2024.", "2024-04"),
]


@pytest.mark.parametrize(("text", "day"), FOLLOWER_YEARS)
def test_a_followers_month_is_the_first_after_the_step_followed(rows, text, day) -> None:
    found = {r["jurisdiction"]: r["date"] for r in rows(text, "en", "2025-03-06")}
    assert found["ES"] == day
