"""A step against a person the platform employs is no step against the platform (guideline 4:
steps "aimed at a platform or AI service"; task P9): "The ICO fined a former TikTok employee"
gave a fine of TikTok. The platform named as the object stays a target. Invented sentences
written with their answers before measuring.
"""

from __future__ import annotations

import pytest

FINES = ("fine", "sanction")

# (text, language, the steps a careful analyst records: {(type, actor)})
CASES = [
    ("The ICO fined a former TikTok employee £5,000 for stealing data.", "en", set()),
    ("The FTC sued three Amazon executives.", "en", set()),
    ("La CNIL a sanctionné un ancien salarié de TikTok.", "fr", set()),
    ("La CNIL a infligé une amende de 5 000 euros à un ancien salarié de TikTok.", "fr", set()),
    ("The ICO fined TikTok £12.7 million for misusing children's data.", "en",
     {("fine", "Information Commissioner's Office")}),
    ("La CNIL a sanctionné TikTok pour avoir mal protégé ses salariés.", "fr",
     {("fine", "CNIL")}),
    ("La CNIL a infligé une amende à TikTok.", "fr", {("fine", "CNIL")}),
]


@pytest.mark.parametrize(("text", "language", "steps"), CASES)
def test_a_person_is_no_platform(labelled, text, language, steps):
    found = {("fine" if kind in FINES else kind, actor)
             for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found == steps
