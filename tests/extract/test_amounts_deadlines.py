"""Deadlines on orders (issue 3, M7): the time left to act told with no lead word ("gave Meta
60 days to comply", "a laissé trois mois à Google pour"), a day ("d'ici au 31 mars", "by 6 May
2024"), and told in the next sentence ("Les
deux éditeurs disposent d'un délai de quinze jours", blind 111; "The providers must respond
within 28 days", wide 507). Not a time to appeal, not a condition. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.durations import find_durations

PUBLISHED = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def deadlines(extractor, article_of):
    def run(body: str, language: str = "en") -> set[tuple[str, str | None, str | None]]:
        text = f"Update\n\n{body}\n"
        article = article_of(text, language, PUBLISHED, "Update")
        return {(a.type, a.targets[0].split("/")[-1] if a.targets else None, a.deadline_text)
                for a in extractor.extract(article).actions}
    return run


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Commission gave Meta 60 days to comply with the decision.", "en", ["60 days"]),
    ("La CNIL a laissé trois mois à Google pour se mettre en conformité.", "fr", ["trois mois"]),
    ("Les deux groupes ont soixante jours pour se mettre en conformité.", "fr",
     ["soixante jours"]),
    ("It ordered Apple to comply within 60 days to avoid penalties.", "en", ["within 60 days"]),
    ("Apple has 60 days to appeal the decision.", "en", []),
    ("Apple dispose de deux mois pour faire appel.", "fr", []),
])
def test_time_to_act_without_a_lead(text, language, expected) -> None:
    assert [d.text for d in find_durations(text, language)] == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The European Commission gave Meta 60 days to comply with the decision.", "en",
     ("order", "meta", "60 days")),
    ("La CNIL a laissé trois mois à Google pour se mettre en conformité.", "fr",
     ("order", "google", "trois mois")),
    ("L'Arcom a mis en demeure Pornhub de mettre en place un contrôle de l'âge. Pornhub "
     "dispose d'un délai de quinze jours pour se conformer à ses obligations.", "fr",
     ("order", "pornhub", "un délai de quinze jours")),
    ("The eSafety Commissioner issued legal notices to Character.AI requiring it to explain "
     "how it protects children. The company must respond within 28 days.", "en",
     ("request_for_information", "character-ai", "within 28 days")),
])
def test_the_deadline_reaches_the_order(deadlines, body, language, expected) -> None:
    assert expected in deadlines(body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("L'Arcom a mis en demeure Pornhub de mettre en place un contrôle de l'âge. Si Pornhub ne "
     "se conforme pas, il pourrait disposer d'un délai de quinze jours.", "fr"),
    ("The European Commission ordered Apple to open its App Store. Apple has 60 days to "
     "appeal.", "en"),
    ("The eSafety Commissioner ordered X to remove the video. The law gives platforms 24 hours "
     "to remove such material.", "en"),
])
def test_no_deadline_from_a_condition_or_an_appeal(deadlines, body, language) -> None:
    assert all(deadline is None for kind, _, deadline in deadlines(body, language)
               if kind == "order")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le gouvernement a ordonné à TikTok de retirer les contenus d'ici au 31 mars.", "fr",
     ["31 mars"]),
    ("The Commission ordered Apple to comply by 6 May 2024.", "en", ["6 May 2024"]),
    ("X must comply no later than March 31, 2025.", "en", ["March 31, 2025"]),
    ("Meta has until 31 March to comply.", "en", ["31 March"]),
    ("La CNIL a enjoint à Yahoo de se conformer au plus tard le 1er juin.", "fr", ["1er juin"]),
    ("The fine was imposed by March 3.", "en", []),  # "by" with nothing to do
])
def test_a_day_as_the_deadline(text, language, expected) -> None:
    """A day set as the deadline: its words, and no ISO duration."""
    found = find_durations(text, language)
    assert [d.text for d in found] == expected and all(d.iso is None for d in found)


def test_the_day_deadline_reaches_the_order(deadlines) -> None:
    found = deadlines("Le gouvernement a ordonné à TikTok de retirer les contenus d'ici au 31 "
                      "mars.", "fr")
    assert ("order", "tiktok", "31 mars") in found
