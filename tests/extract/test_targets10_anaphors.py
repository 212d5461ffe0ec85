"""How a step's sentence refers back to its target (issue 3, task T10, point 3):
- the press's epithets for one company ("the iPhone maker", "la firme de Cupertino", "le géant
  de Mountain View", "le groupe de Seattle") name it (organisations.ttl): read as a bare
  description, "la firme" had been resolved to the last company named (a wrong target);
- the subject pronoun of a passive step after a fronted time complement ("In 2021, it was
  fined ... by Luxembourg's CNPD", "Le 15 juin, elle a été condamnée par la CNIL") is the
  platform named before, as it is without the complement (English had lost the step; the
  French cases held and are guards).
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


EPITHETS = [
    ("Apple and Google dominate the app market. On Tuesday, the Japan Fair Trade Commission "
     "fined the iPhone maker 5 million dollars.", "en", ("fine", "jftc", "apple")),
    ("Apple et Google dominent le marché. Mardi, l'Autorité de la concurrence a infligé une "
     "amende de 5 millions d'euros à la firme de Cupertino.", "fr",
     ("fine", "autorite-de-la-concurrence", "apple")),
    ("Google et Meta sont visés. La CNIL a infligé mardi une amende de 150 millions d'euros au "
     "géant de Mountain View.", "fr", ("fine", "cnil", "google")),
    ("Microsoft et Google sont visés. La CNIL a infligé mardi une amende de 60 millions "
     "d'euros au groupe de Redmond.", "fr", ("fine", "cnil", "microsoft")),
]


@pytest.mark.parametrize(("text", "language", "expected"), EPITHETS,
                         ids=[f"{lang}-{text[-40:]}" for text, lang, _ in EPITHETS])
def test_an_epithet_names_its_company(steps, text: str, language: str,
                                      expected: tuple) -> None:
    assert steps(text, language) == {expected}


FRONTED = [
    ("Apple is under pressure in Japan. In June it was fined 5 million dollars by the Japan "
     "Fair Trade Commission.", "en", ("fine", "jftc", "apple")),
    ("Amazon is under pressure in Europe. In 2021, it was fined 746 million euros by "
     "Luxembourg's CNPD.", "en", ("fine", "cnpd-luxembourg", "amazon")),
    ("La CNIL enquêtait sur Criteo. Le 15 juin, elle a été condamnée par la CNIL à une amende "
     "de 40 millions d'euros.", "fr", ("fine", "cnil", "criteo")),
    ("La CNPD enquêtait sur Amazon. En 2021, il a été sanctionné par la CNPD d'une amende de "
     "746 millions d'euros.", "fr", ("fine", "cnpd-luxembourg", "amazon")),
]


@pytest.mark.parametrize(("text", "language", "expected"), FRONTED,
                         ids=[f"{lang}-{text[:40]}" for text, lang, _ in FRONTED])
def test_pronoun_after_a_fronted_time_is_the_platform(steps, text: str, language: str,
                                                      expected: tuple) -> None:
    assert expected in steps(text, language)

