"""Claims whose speaker the reporting clause names only by reference (issue 3, task C9): a role
anaphor after a named person, the paragraph after a lone quotation, a French incise inside the
guillemets, a clause that also opens the next quotation, a family name first, a pronoun after a
named subject. Each shape has its hard negative beside it. Every sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def claims_of(gold_claims):
    return gold_claims(PUBLISHED)


def test_a_role_anaphor_speaks_for_the_person_named_with_that_role(claims_of) -> None:
    text = ("Titre\n\nInformation Commissioner John Edwards announced the fine on Tuesday.\n\n"
            "“Children’s privacy is not optional,” the commissioner said.\n")
    assert claims_of(text) == [("John Edwards", "Children’s privacy is not optional")]


def test_a_french_role_anaphor_needs_every_word_of_the_role(claims_of) -> None:
    named = ("Titre\n\nLa présidente de la CNIL, Marie-Laure Denis, a présenté la sanction.\n\n"
             "« Les enfants doivent être protégés », a insisté la présidente de la CNIL.\n")
    other = ("Titre\n\nClara Chappaz, ministre déléguée au Numérique, a présenté le plan.\n\n"
             "« Nous serons fermes », a déclaré le ministre de l'Intérieur.\n")
    assert claims_of(named, "fr") == [("Marie-Laure Denis", "Les enfants doivent être protégés")]
    assert claims_of(other, "fr") == []


def test_a_role_anaphor_fitting_two_people_or_an_object_stays_unnamed(claims_of) -> None:
    two = ("Titre\n\nCommissioner Jane Doe and Commissioner John Smith voted for it.\n\n"
           "“The company broke the law,” the commissioner said.\n")
    met = ("Titre\n\nJane Doe met the commissioner on Tuesday.\n\n"
           "“The talks were very useful,” the commissioner said.\n")
    assert claims_of(two) == []
    assert claims_of(met) == []


def test_the_paragraph_after_a_lone_quotation_names_its_speaker(claims_of) -> None:
    text = ("Titre\n\n« Nous saisirons la justice si nécessaire. »\n\nCes mots sont ceux d'Anne "
            "Le Hénanff, ministre chargée du Numérique, prononcés mardi.\n")
    institution = ("Titre\n\n“We will not tolerate this any longer.”\n\nWith those words, the "
                   "regulator closed its annual conference.\n")
    quote = "Nous saisirons la justice si nécessaire."
    assert claims_of(text, "fr") == [("Anne Le Hénanff", quote)]
    assert claims_of(institution) == []


def test_a_french_incise_splits_the_quotation_and_names_the_speaker(claims_of) -> None:
    text = ("Titre\n\n« Nous avons constaté des manquements graves, a expliqué Marie-Laure Denis. "
            "La société n'a pas respecté le choix des internautes. »\n")
    assert claims_of(text, "fr") == [
        ("Marie-Laure Denis", "Nous avons constaté des manquements graves"),
        ("Marie-Laure Denis", "La société n'a pas respecté le choix des internautes."),
    ]


@pytest.mark.parametrize(
    "quote",
    [
        "« Nous avons constaté des manquements, indique la CNIL. La société doit se conformer. »",
        "« Nous ferons appel, a précisé un porte-parole de Google. La décision est injuste. »",
    ],
)
def test_an_incise_by_an_institution_or_a_spokesperson_is_no_claim(claims_of, quote) -> None:
    assert claims_of(f"Titre\n\n{quote}\n", "fr") == []


def test_a_comma_and_a_past_participle_inside_a_quote_is_no_incise(claims_of) -> None:
    quote = "Nous avons écrit à Google, rencontré Jean Dupont et alerté la Commission"
    text = f"Titre\n\n« {quote} », a déclaré Marie-Laure Denis.\n"
    assert claims_of(text, "fr") == [("Marie-Laure Denis", quote)]


def test_a_clause_that_opens_the_next_quote_attributes_the_one_before(claims_of) -> None:
    text = ("Titre\n\nMargrethe Vestager presented the decision.\n\n“We have acted against a "
            "decade of abuse,” Vestager told a news conference, adding: “Apple must now change its "
            "terms.”\n")
    spokesperson = ("Titre\n\n“We disagree with the findings,” a Meta spokesperson said, adding: "
                    "“We will appeal the decision.”\n")
    assert claims_of(text) == [
        ("Margrethe Vestager", "We have acted against a decade of abuse"),
        ("Margrethe Vestager", "Apple must now change its terms."),
    ]
    assert claims_of(spokesperson) == []


def test_a_family_name_first_names_the_speaker_alone(claims_of) -> None:
    text = ("Titre\n\nKo Haksoo, the commission's chairman, presented the findings.\n\n"
            "“Meta collected sensitive data without consent,” Ko said.\n")
    assert claims_of(text) == [("Ko Haksoo", "Meta collected sensitive data without consent")]


def test_a_pronoun_before_a_colon_takes_the_subject_of_the_sentence_before(claims_of) -> None:
    text = ("Titre\n\nTeresa Ribera a présenté l'amende.\n\nInterrogée sur une possible riposte, "
            "elle a répondu : « L'Europe applique ses lois, point. »\n")
    assert claims_of(text, "fr") == [("Teresa Ribera", "L'Europe applique ses lois, point.")]


def test_wire_copy_quoted_as_saying_names_the_person_not_the_agency(claims_of) -> None:
    after = ("Titre\n\n“The platform must obey Russian law,” the Interfax news agency quoted "
             "Dmitry Peskov as saying.\n")
    before = ("Titre\n\nState media quoted Wang Wenbin as saying: “China opposes the abuse of "
              "state power against its companies.”\n")
    unnamed = ("Titre\n\n“This is unacceptable,” the ministry said in a statement quoted by "
               "Interfax.\n")
    assert claims_of(after) == [("Dmitry Peskov", "The platform must obey Russian law")]
    assert claims_of(before) == [
        ("Wang Wenbin", "China opposes the abuse of state power against its companies.")
    ]
    assert claims_of(unnamed) == []


def test_a_long_title_before_the_name_after_the_quote(claims_of) -> None:
    text = ("Titre\n\n“We cannot accept this response,” Internal Affairs and Communications "
            "Minister Takeaki Matsumoto told a news conference.\n")
    assert claims_of(text) == [("Takeaki Matsumoto", "We cannot accept this response")]


def test_selon_des_propos_de_names_the_speaker(claims_of) -> None:
    named = ("Titre\n\n« Le texte sera voté avant l'été », selon des propos de Jean-Noël Barrot "
             "rapportés par Le Figaro.\n")
    unnamed = ("Titre\n\n« Le texte sera voté avant l'été », selon des propos rapportés par "
               "Le Figaro.\n")
    assert claims_of(named, "fr") == [("Jean-Noël Barrot", "Le texte sera voté avant l'été")]
    assert claims_of(unnamed, "fr") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("MeitY secretary S. Krishnan said: “Platforms must label synthetic content clearly.”",
         "S. Krishnan"),
        ("“Platforms must label synthetic content clearly,” said J.D. Vance.", "J.D. Vance"),
    ],
)
def test_a_name_that_opens_with_initials_names_the_speaker(claims_of, text, speaker) -> None:
    assert [s for s, _ in claims_of(f"Titre\n\n{text}\n")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "« Les règles sont claires », a déclaré Thierry Breton, avant d'ajouter : « Elles "
        "seront appliquées. »",
        "« Les règles sont claires », a déclaré Thierry Breton, ajoutant : « Elles seront "
        "appliquées. »",
    ],
)
def test_a_clause_ending_in_ajoutant_gives_both_quotes_to_the_speaker(claims_of, text) -> None:
    assert claims_of(f"Titre\n\n{text}\n", "fr") == [
        ("Thierry Breton", "Les règles sont claires"),
        ("Thierry Breton", "Elles seront appliquées."),
    ]


def test_so_said_after_the_quote_in_the_same_paragraph(claims_of) -> None:
    text = ("Titre\n\n“The industry has failed to act on our warnings.” So said Jane Doe, the "
            "commissioner, on Tuesday.\n")
    assert claims_of(text) == [("Jane Doe", "The industry has failed to act on our warnings.")]


def test_an_english_pronoun_passes_over_a_company_that_spoke_between(claims_of) -> None:
    company = ("Titre\n\nJane Doe said the fine was deserved. Meta said it would appeal.\n\n"
               "“Children deserve far better than this,” she said.\n")
    spokesperson = ("Titre\n\nJane Doe said the fine was deserved. A Meta spokesperson said it "
                    "would appeal.\n\n“We will fight this in court,” she said.\n")
    assert claims_of(company) == [("Jane Doe", "Children deserve far better than this")]
    assert claims_of(spokesperson) == []


def test_a_french_pronoun_may_stand_for_an_institution_and_stops_there(claims_of) -> None:
    text = ("Titre\n\nMarie-Laure Denis a estimé que l'amende était justifiée. La CNIL a indiqué "
            "que la société avait été prévenue.\n\n« Nous serons vigilants », a-t-elle ajouté.\n")
    assert claims_of(text, "fr") == []


def test_a_passive_verb_of_saying_makes_no_speaker(claims_of) -> None:
    text = ("Titre\n\nJane Doe said the fine was deserved. The Information Commissioner's Office "
            "said the company had been warned.\n\n“Children deserve far better,” she said.\n")
    assert claims_of(text) == [("Jane Doe", "Children deserve far better")]


def test_an_honorific_and_a_first_name_name_the_full_name_given_before(claims_of) -> None:
    named = ("Titre\n\nDame Melanie Dawes set out the new codes.\n\n“This is a reset for children "
             "online,” Dame Melanie said.\n")
    alone = "Titre\n\n“This is a reset for children online,” Sir Keir said.\n"
    assert claims_of(named) == [("Melanie Dawes", "This is a reset for children online")]
    assert claims_of(alone) == []


@pytest.mark.parametrize("adverb", ["ainsi", "déjà", "aussitôt", "simplement"])
def test_an_adverb_between_the_auxiliary_and_the_verb(claims_of, adverb) -> None:
    text = f"Titre\n\n« Personne n'est au-dessus des lois », a {adverb} déclaré Thierry Breton.\n"
    assert claims_of(text, "fr") == [("Thierry Breton", "Personne n'est au-dessus des lois")]


def test_a_role_anaphor_matches_the_role_the_reference_gives_a_known_person(claims_of) -> None:
    known = ("Titre\n\nClara Chappaz a réuni les plateformes mardi.\n\n« Le temps des promesses "
             "est terminé », a prévenu la ministre.\n")
    higher = ("Titre\n\nPrime Minister Keir Starmer visited the school.\n\n“Parents have waited "
              "long enough,” the minister said.\n")
    assert claims_of(known, "fr") == [("Clara Chappaz", "Le temps des promesses est terminé")]
    assert claims_of(higher) == []


def test_selon_a_role_names_the_person_named_before_with_it(claims_of) -> None:
    named = ("Titre\n\nMarie-Laure Denis, présidente de la CNIL, a présenté le bilan.\n\nSelon la "
             "présidente de la CNIL, « les contrôles vont doubler cette année ».\n")
    alone = "Titre\n\nSelon la présidente de la CNIL, « les contrôles vont doubler cette année ».\n"
    quote = "les contrôles vont doubler cette année"
    assert claims_of(named, "fr") == [("Marie-Laure Denis", quote)]
    assert claims_of(alone, "fr") == []
