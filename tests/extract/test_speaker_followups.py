"""Who speaks when the reporting clause names no one: a role noun after the verb ("a insisté
l'édile", "the Ohio lawmaker said"), a pronoun right after a sentence about a named person who has
not spoken yet, a live blog's entries, and names of several parts (issue 3 point 8).

Every sentence is invented for these tests, in the style of French and English news copy. Traps:
a role that fits someone else or two people, an institution, a company before the pronoun, a
person named inside a phrase rather than as the subject, an unnamed speaker in a later entry.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2024, 3, 15)


@pytest.fixture
def speakers(extractor, reference, article_of):
    """speakers(text, language) -> [(speaker, first words of the quote)] of the direct claims."""

    def run(text: str, language: str = "fr") -> list[tuple[str, str]]:
        extraction = extractor.extract(article_of("Titre\n" + text, language, published=PUBLISHED))
        return [(c["speaker"], " ".join(c["quote"].split()[:3]))
                for c in to_gold(extraction, reference)["claims"]]

    return run


@pytest.fixture
def roles(extractor, reference, article_of):
    def run(text: str, language: str = "fr") -> list[tuple[str, str | None]]:
        extraction = extractor.extract(article_of("Titre\n" + text, language, published=PUBLISHED))
        return [(c["speaker"], c["speaker_role"])
                for c in to_gold(extraction, reference)["claims"]]

    return run


# --- 1. a role noun after the verb of saying ------------------------------------------------

def test_l_edile_after_the_verb_is_the_mayor_named_before(speakers) -> None:
    text = (
        "La ville a assigné la plateforme en justice, a révélé la maire, Anne Dupuis, dans un "
        "entretien paru dimanche.\n"
        "« La plateforme doit respecter la loi comme tout le monde », a insisté l'édile, qui "
        "sera candidate l'an prochain.\n"
    )
    assert speakers(text) == [("Anne Dupuis", "La plateforme doit")]


def test_a_periphrasis_of_a_ministry_is_the_minister_named_before(speakers) -> None:
    text = (
        "L'annonce a été faite par le ministre de l'Économie, Paul Martin, à l'issue d'un "
        "échange avec les dirigeants du site. « C'est une décision responsable pour nos "
        "commerçants », a déclaré jeudi soir le locataire de Bercy.\n"
    )
    assert speakers(text) == [("Paul Martin", "C'est une décision")]


def test_le_locataire_de_beauvau_is_the_interior_minister(speakers) -> None:
    text = (
        "Le ministre de l'Intérieur, Marc Lenoir, a reçu les plateformes lundi. « Aucun réseau "
        "n'est au-dessus des lois », a martelé le locataire de la place Beauvau.\n"
    )
    assert speakers(text) == [("Marc Lenoir", "Aucun réseau n'est")]


def test_l_elu_of_a_constituency_is_the_deputy_named_before(speakers) -> None:
    text = (
        "Parmi les plaignants figure le député Paul Vidal, qui dit avoir découvert des erreurs "
        "sur sa biographie.\n"
        "« Quand une machine invente votre vie, ce n'est pas un bug anodin », a expliqué l'élu "
        "du Var, qui appelle le gouvernement à agir.\n"
    )
    assert speakers(text) == [("Paul Vidal", "Quand une machine")]


def test_the_lawmaker_of_a_state_is_the_senator_named_before(speakers) -> None:
    text = (
        "Senator Jane Whitfield introduced a bill on Tuesday that would ban the app. "
        '"This company answers to a foreign government, not to our families," the Ohio '
        "lawmaker told reporters.\n"
    )
    assert speakers(text, "en") == [("Jane Whitfield", "This company answers")]


def test_the_minister_after_only_a_mayor_is_no_one(speakers) -> None:
    text = (
        "Mayor Karen Holt said the city would sue the platform. "
        '"We will not let them ignore our rules any longer," the minister told reporters.\n'
    )
    assert speakers(text, "en") == []


def test_a_role_two_people_hold_is_no_one(speakers) -> None:
    text = (
        "Le ministre de l'Intérieur, Marc Lenoir, et le ministre de la Justice, Paul Martin, ont "
        "reçu les plateformes. « Nous attendons une coopération totale des réseaux », a déclaré "
        "le ministre devant la presse.\n"
    )
    assert speakers(text) == []


def test_a_role_with_another_portfolio_is_no_one(speakers) -> None:
    text = (
        "La ministre du Numérique, Claire Vasseur, a reçu les plateformes lundi. « Nous "
        "attendons une coopération totale des réseaux », a déclaré le ministre de l'Intérieur.\n"
    )
    assert speakers(text) == []


def test_l_elu_of_another_place_is_not_the_mayor_of_a_city(speakers) -> None:
    text = (
        "Le maire de Lyon, Paul Vidal, a saisi la justice. « Quand une machine invente votre "
        "vie, ce n'est pas un bug anodin », a expliqué l'élu du Var.\n"
    )
    assert speakers(text) == []


def test_a_ministry_speaking_is_no_person(speakers) -> None:
    text = (
        "Le ministre de l'Économie, Paul Martin, a reçu les dirigeants. « Les engagements pris "
        "seront contrôlés chaque mois », a déclaré le ministère dans un communiqué.\n"
    )
    assert speakers(text) == []


def test_the_mayor_told_reporters_is_the_mayor_named_before(speakers) -> None:
    text = (
        "Mayor Karen Holt said the city would sue the platform over unlicensed rentals. "
        '"We will not let them ignore our rules any longer," the mayor told reporters.\n'
    )
    assert [s for s, _ in speakers(text, "en")][-1:] == ["Karen Holt"]


def test_selon_le_ministre_with_no_minister_named_is_no_one(speakers) -> None:
    text = (
        "Les plateformes ont été convoquées lundi. « Aucun réseau n'est au-dessus des lois », "
        "selon le ministre.\n"
    )
    assert speakers(text) == []


def test_the_regulator_said_is_no_person(speakers) -> None:
    text = (
        "Chief executive Tom Reyes defended the product on Monday. "
        '"The company failed to protect its youngest users," the regulator said.\n'
    )
    assert speakers(text, "en") == []


# --- 2. a pronoun after a sentence about a named person ---------------------------------------

def test_pronoun_after_a_fronted_participle_and_a_role_is_the_named_subject(speakers) -> None:
    text = (
        "« Sans la plateforme, on perd la moitié de nos clients », résume Paul Benoît, gérant "
        "d'un café du centre.\n"
        "Interrogé mercredi par la presse, le président de l'Autorité, Karim Alami, s'est gardé de "
        "tout commentaire sur le fond. « Les plateformes ne sont pas au-dessus des règles », "
        "a-t-il déclaré.\n"
    )
    assert speakers(text) == [
        ("Paul Benoît", "Sans la plateforme,"),
        ("Karim Alami", "Les plateformes ne"),
    ]


def test_pronoun_after_a_named_subject_with_two_verbs_joined_by_mais(speakers) -> None:
    text = (
        "« Nous suivons le dossier », a dit Paul Benoît, un élu local.\n"
        "Auditionnée jeudi par la commission des lois, sa présidente, Claire Vasseur, n'a pas "
        "confirmé l'enquête mais a défendu le droit de l'agence d'examiner ces outils. « Il "
        "n'existe aucune exemption à nos lois », a-t-elle lancé.\n"
    )
    assert speakers(text)[-1] == ("Claire Vasseur", "Il n'existe aucune")


def test_pronoun_after_a_letter_by_the_founder_is_the_founder(roles) -> None:
    text = (
        "Le motif tient en deux mots, selon l'administration.\n"
        "Dans une lettre publiée mercredi à l'aube, son fondateur, Li Wenjun, a présenté des "
        "excuses. « J'ai longtemps cru que la technologie pouvait rester neutre », a-t-il écrit.\n"
    )
    assert roles(text) == [("Li Wenjun", "fondateur")]


def test_pronoun_after_a_place_and_an_appositive_is_the_named_subject(speakers) -> None:
    text = (
        "« Les plateformes devront se conformer », a déclaré Paul Martin, ministre du Commerce.\n"
        "Sur le marché central, Claire Vasseur, vendeuse de tissus, reste sceptique. « Les "
        "clients ne reviendront pas du jour au lendemain », soupire-t-elle.\n"
    )
    assert speakers(text) == [
        ("Paul Martin", "Les plateformes devront"),
        ("Claire Vasseur", "Les clients ne"),
    ]


def test_english_pronoun_after_a_fronted_phrase_is_the_named_subject(speakers) -> None:
    text = (
        '"We will appeal," said John Carter, a lawyer for the company.\n'
        "Speaking on Tuesday, the agency's chairman, Ko Min-jun, declined to comment on the case. "
        '"Platforms are not above the competition rules," he said.\n'
    )
    assert speakers(text, "en") == [
        ("John Carter", "We will appeal"),
        ("Ko Min-jun", "Platforms are not"),
    ]


def test_english_pronoun_after_a_sentence_naming_no_one_is_the_subject_before(speakers) -> None:
    text = (
        "OSAKA - For twelve years Yuki Tanabe has sold handmade bowls through a small shop on the "
        "platform. From April, any order over 4,000 yen will ship for free, and she will pay the "
        'postage herself.\n\n"I sell bowls, not televisions," she said.\n'
    )
    assert speakers(text, "en") == [("Yuki Tanabe", "I sell bowls,")]


def test_pronoun_after_a_company_is_the_speaker_before(speakers) -> None:
    text = (
        "« Nous irons jusqu'au bout », a déclaré Paul Martin, le ministre du Commerce. Meta a "
        "contesté la décision. « Les règles valent pour tous les acteurs », a-t-il ajouté.\n"
    )
    assert [s for s, _ in speakers(text)] == ["Paul Martin", "Paul Martin"]


def test_pronoun_of_the_other_gender_is_not_the_named_subject(speakers) -> None:
    text = (
        "« Nous irons jusqu'au bout », a déclaré Paul Martin, le ministre du Commerce.\n"
        "La présidente de l'Autorité, Yasmina Vasseur, s'est gardée de tout commentaire. « Les "
        "règles valent pour tous les acteurs », a-t-il ajouté.\n"
    )
    assert [s for s, _ in speakers(text)] == ["Paul Martin", "Paul Martin"]


def test_a_person_inside_a_fronted_phrase_is_not_the_subject(speakers) -> None:
    text = (
        "Le dossier avance lentement, selon les enquêteurs.\n"
        "Contrairement à son rival, Paul Vidal, le patron du groupe a refusé de céder. « Nous ne "
        "changerons rien à nos conditions », a-t-il déclaré.\n"
    )
    assert speakers(text) == []


def test_a_person_after_face_a_is_not_the_subject(speakers) -> None:
    text = (
        "Le dossier avance lentement, selon les enquêteurs.\n"
        "Face à Paul Vidal, le patron du groupe a refusé de céder. « Nous ne changerons rien à "
        "nos conditions », a-t-il déclaré.\n"
    )
    assert speakers(text) == []


def test_a_clause_before_the_comma_is_no_fronted_phrase(speakers) -> None:
    text = (
        "Le dossier avance lentement, selon les enquêteurs.\n"
        "La société a écarté l'an dernier son fondateur, Paul Vidal, et le conseil a nommé un "
        "nouveau patron. « Nous ne changerons rien à nos conditions », a-t-il déclaré.\n"
    )
    assert speakers(text) == []


def test_english_person_inside_a_fronted_phrase_is_not_the_subject(speakers) -> None:
    text = (
        "The case is moving slowly, according to investigators.\n"
        "Unlike his rival, Paul Vidal, the group's chief refused to budge. "
        '"We will not change our terms," he said.\n'
    )
    assert speakers(text, "en") == []


def test_pronoun_after_an_unnamed_person_is_no_one(speakers) -> None:
    text = (
        "« Nous irons jusqu'au bout », a déclaré Paul Martin, le ministre du Commerce.\n"
        "Un habitant du quartier, lui, se dit soulagé. « On attendait cette décision depuis "
        "des mois », confie-t-il.\n"
    )
    assert [s for s, _ in speakers(text)] == ["Paul Martin"]


def test_english_pronoun_two_sentences_after_the_named_subject(speakers) -> None:
    text = (
        '"We will appeal," said John Carter, a lawyer for the company.\n'
        "Prosecutor Anne Leroy outlined the timeline on Thursday. An investigation was opened in "
        "2021 after the servers were found in a data centre. "
        '"We could read in real time what the criminals were writing," she said.\n'
    )
    assert speakers(text, "en")[-1] == ("Anne Leroy", "We could read")


# --- 3. live blogs ----------------------------------------------------------------------------

LIVE = (
    "EN DIRECT - La messagerie des trafiquants infiltrée\n"
    "Jeudi 14 mars 2024\n"
    "18 h 40 - Ce qu'il faut retenir. Plus de cent millions de messages ont été interceptés, "
    "selon les enquêteurs.\n"
    "17 h 15 - Me Jeanne Morel, pénaliste parisienne, annonce qu'elle contestera les preuves. "
    "« Ces interceptions posent une vraie question de loyauté », estime-t-elle.\n"
    "12 h 10 - La procureure de Marseille, Anne Leroy, retrace le calendrier. Une enquête a été "
    "ouverte en 2021 par le parquet, après la découverte des serveurs. « Nous avons pu lire en "
    "temps réel ce que les criminels écrivaient », a-t-elle déclaré jeudi.\n"
    "9 h 30 - Le directeur de la police nationale, le général Paul Girard, salue un coup très dur. "
    "« Cette opération montre que le chiffrement n'est plus un sanctuaire », a-t-il déclaré.\n"
)


def test_live_blog_entries_give_each_quote_to_the_entry_s_subject(extractor, reference,
                                                                 article_of) -> None:
    extraction = extractor.extract(article_of(LIVE, "fr", published=PUBLISHED))
    found = [(c["speaker"], c["speaker_role"])
             for c in to_gold(extraction, reference)["claims"]]
    assert found == [
        ("Jeanne Morel", "pénaliste parisienne"),
        ("Anne Leroy", "procureure de Marseille"),
        ("Paul Girard", "directeur de la police nationale"),
    ]


def test_live_blog_time_on_its_own_line_then_a_fronted_channel(speakers) -> None:
    text = (
        "11 h 30\n"
        "Sur franceinfo, Jean-Noël Barrot annonce la réunion de l'après-midi. « Nous attendons "
        "des plateformes qu'elles coopèrent pleinement », a-t-il affirmé.\n"
    )
    assert speakers(text) == [("Jean-Noël Barrot", "Nous attendons des")]


def test_english_live_blog_entry_with_a_time_stamp(speakers) -> None:
    text = (
        "10:45 a.m. - Attorney General Dana Price announces a lawsuit against the app. "
        '"Children were targeted by design," she said.\n'
    )
    assert speakers(text, "en") == [("Dana Price", "Children were targeted")]


def test_live_blog_entry_with_an_unnamed_speaker_is_no_one(speakers) -> None:
    text = (
        "10 h 05 - Le général Paul Girard salue un coup très dur. « Cette opération est un "
        "succès pour nos équipes », a-t-il déclaré.\n"
        "9 h 30 - Un porte-parole de la plateforme annonce un recours. La société conteste la "
        "procédure. « Nous n'avons rien à nous reprocher », a-t-il déclaré.\n"
    )
    assert speakers(text) == [("Paul Girard", "Cette opération est")]


# --- 4. names of several parts ----------------------------------------------------------------

@pytest.mark.parametrize("text, language, speaker", [
    ('Transport Minister Rosa Maria Lopes said the bill would come next year. "Drivers want '
     'these services, but they must follow the rules," she said.', "en", "Rosa Maria Lopes"),
    ("« Personne n'est au-dessus des lois, pas même un grand réseau », a réagi le député "
     "Renaissance Éric Bothorel, à l'origine du signalement.", "fr", "Éric Bothorel"),
    ("« Personne n'est au-dessus des lois, pas même un grand réseau », a réagi la sénatrice "
     "Horizons Claire Vasseur, à l'origine du signalement.", "fr", "Claire Vasseur"),
])
def test_a_name_keeps_its_own_parts_and_no_party_or_title(speakers, text, language,
                                                          speaker) -> None:
    assert [s for s, _ in speakers(text, language)] == [speaker]


def test_a_portfolio_word_before_a_first_name_is_not_part_of_the_name(speakers) -> None:
    text = ('"Children deserve to be protected online," Minister for Communications Peter Grant '
            "said.")
    assert [s for s, _ in speakers(text, "en")] == ["Peter Grant"]
