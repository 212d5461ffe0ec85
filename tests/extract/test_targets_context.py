"""A step with an actor and no object, after sentences that name one platform (issue 3, T6):
"The European Commission said Temu had not assessed the risks ... On Monday the Commission
opened formal proceedings." is a step against Temu. Hard negatives: a counted step, an
object that is someone else, a complainant, names of two groups, a statement. Invented texts."""

from __future__ import annotations

import pytest

EC, CNIL, OFCOM = "authority/european-commission", "authority/cnil", "authority/ofcom"
TEMU, GOOGLE, PORNHUB = "service/temu", "organisation/google", "service/pornhub"

STEPS = [
    ("The European Commission said Temu had not assessed the risks of illegal products. On "
     "Monday the Commission opened formal proceedings.", "en", ("investigation", EC, (TEMU,))),
    ("The European Commission said Temu had not assessed the risks of illegal products. The "
     "Commission also sent a request for information on Monday.", "en",
     ("request_for_information", EC, (TEMU,))),
    ("Ofcom said 4chan had failed to put age checks in place. Ofcom issued a £20,000 fine on "
     "Monday.", "en", ("fine", OFCOM, ("service/4chan",))),
    ("La CNIL reproche à Google d'avoir déposé des cookies sans consentement. Elle a prononcé "
     "une amende de 150 millions d'euros.", "fr", ("fine", CNIL, (GOOGLE,))),
    ("L'Arcom reproche à Pornhub de ne pas vérifier l'âge des utilisateurs. L'autorité a "
     "adressé une mise en demeure le 5 mars.", "fr", ("order", "authority/arcom", (PORNHUB,))),
]


@pytest.mark.parametrize(("text", "language", "step"), STEPS)
def test_a_step_with_no_object_is_against_the_platform_named_before(steps_in, text, language,
                                                                    step):
    assert step in steps_in("Titre\n\n" + text, language)


@pytest.mark.parametrize(("text", "language"), [
    # A counted step names no one case.
    ("X was fined €120 million in December. The European Commission has opened 10 "
     "investigations under the DSA since 2023.", "en"),
    # The object is someone the gazetteer does not know.
    ("According to data from Google, scams are rising. The FCA fined a bank €2 million on "
     "Monday.", "en"),
    ("Selon Google, les arnaques augmentent. La CNIL a infligé une amende à une banque lundi.",
     "fr"),
    ("TikTok est très populaire chez les adolescents. La CNIL a prononcé des sanctions contre "
     "des courtiers en données.", "fr"),
    # The platform named before complained: the step is aimed at someone else.
    ("Epic Games complained to the European Commission in 2020. The European Commission "
     "opened an investigation in June.", "en"),
    # Two groups named before: which one is meant is not told.
    ("Meta and TikTok have both been criticised by parents. The European Commission opened "
     "an investigation in June.", "en"),
])
def test_hard_negatives_take_no_platform_from_the_context(steps_in, text, language):
    assert all(targets == () for _, _, targets in steps_in("Titre\n\n" + text, language))


def test_regression_an_actor_of_another_clause_takes_no_platform_from_the_context(steps_in):
    # "authorities in several other countries are reviewing its practices" (wide 502) was a
    # probe of the Spanish regulator against Tools for Humanity.
    text = ("Title\n\nTools for Humanity, which runs Worldcoin, said it was seeking clarity. The "
            "iris-scanning project has faced trouble before. Privacy regulators in Spain and "
            "Portugal ordered it to stop scanning irises in 2024, and authorities in several "
            "other countries are reviewing its practices.")
    assert not any(kind == "investigation" for kind, _, _ in steps_in(text))
