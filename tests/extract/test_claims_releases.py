"""Claims in the layout of official press releases, through the whole extractor.

Every sentence here is invented for the tests, in the style regulators use (signature lines,
colon lead-ins, role before the name); none is copied from a release.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2025, 3, 12)


@pytest.fixture
def gold_claims(extractor, reference, article_of):
    def run(text: str, language: str = "en") -> list[tuple[str, str | None, str]]:
        extraction = extractor.extract(article_of(text, language, published=PUBLISHED))
        claims = to_gold(extraction, reference)["claims"]
        return [(c["speaker"], c["speaker_role"], c["quote"]) for c in claims]

    return run


QUOTE_EN = "Our review found serious failings in how the service checked the age of its users."
QUOTE_FR = "Les entreprises doivent protéger les renseignements personnels des enfants."


@pytest.mark.parametrize("signature", [
    "- Sarah Connolly, Information Commissioner",
    "— Sarah Connolly, Information Commissioner",
    "Sarah Connolly, Information Commissioner",
])
def test_signature_line_under_the_quote_names_the_speaker(gold_claims, signature: str) -> None:
    text = f'The authority published its report today.\n\n"{QUOTE_EN}"\n\n{signature}\n'
    assert gold_claims(text) == [
        ("Sarah Connolly", "Information Commissioner", QUOTE_EN.rstrip(".") + ".")
    ]


def test_signature_line_signs_every_quoted_line_above_it(gold_claims) -> None:
    text = (
        "“We acted because the company ignored our warnings.”\n\n"
        "“Families deserve better protection online.”\n\n"
        "– Tom Baker, Chief Executive\n"
    )
    found = gold_claims(text)
    assert [q for _, _, q in found] == [
        "We acted because the company ignored our warnings.",
        "Families deserve better protection online.",
    ]
    assert {(s, r) for s, r, _ in found} == {("Tom Baker", "Chief Executive")}


def test_dash_signature_on_the_quote_line_in_french(gold_claims) -> None:
    text = f"« {QUOTE_FR} » – Philippe Dufresne, commissaire à la protection de la vie privée\n"
    assert gold_claims(text, "fr") == [
        ("Philippe Dufresne", "commissaire à la protection de la vie privée", QUOTE_FR)
    ]


def test_colon_lead_in_on_the_line_above_and_quote_over_two_lines(gold_claims) -> None:
    text = (
        "Peter Grant, Minister for Communications, said:\n\n"
        "“We are taking action today because the company failed its users.\n\n"
        "“Children deserve to be protected online.”\n"
    )
    assert gold_claims(text) == [
        ("Peter Grant", "Minister for Communications",
         "We are taking action today because the company failed its users."),
        ("Peter Grant", "Minister for Communications", "Children deserve to be protected online."),
    ]


@pytest.mark.parametrize(("lead", "role"), [
    ("Quote from Jane Doe, Information Commissioner:\n\n", "Information Commissioner"),
    ("Minister Anna Kowalski: ", "Minister"),
])
def test_name_and_colon_without_a_verb(gold_claims, lead: str, role: str) -> None:
    text = f'{lead}"People must be able to trust that their data is handled lawfully."\n'
    (claim,) = gold_claims(text)
    assert claim[:2] == ("Jane Doe" if "Jane" in lead else "Anna Kowalski", role)


def test_role_then_name_after_a_french_reporting_verb(gold_claims) -> None:
    text = (
        "« Aucune plateforme n'est au-dessus des lois », a rappelé le président de "
        "l'autorité, Jean Martin.\n"
    )
    assert gold_claims(text, "fr") == [
        ("Jean Martin", "le président de l'autorité", "Aucune plateforme n'est au-dessus des lois")
    ]


@pytest.mark.parametrize("text", [
    'Speaking at the launch, Digital Minister Anna Kowalski said: "This law gives families '
    'the tools they need."\n',
    'Anna Kowalski, the Digital Minister, said in a statement: "This law gives families the '
    'tools they need."\n',
])
def test_a_title_is_never_the_speaker(gold_claims, text: str) -> None:
    (claim,) = gold_claims(text)
    assert claim[0] == "Anna Kowalski"
    assert claim[1] in ("Digital Minister", "the Digital Minister")


@pytest.mark.parametrize(("text", "language"), [
    ('"Companies must be open about how they use data," the Commission said.\n', "en"),
    ("The so-called \"pay or consent\" model was examined under the new rules.\n", "en"),
    ("Le programme « Rewards » a été examiné par l'autorité.\n", "fr"),
    ('"Think before you click," the campaign slogan reads.\n', "en"),
    ('Mary Smith, Director of Enforcement, said: "We will not hesitate to use our powers\n', "en"),
    ('"We are assessing the response carefully."\n\n- Ofcom spokesperson\n', "en"),
    ('"We are assessing the response carefully."\n\nOfcom, Online Safety Group\n', "en"),
    ('"We are assessing the response carefully." - the Authority\n', "en"),
    ('"We are assessing the response."\n\nJane Doe, who leads the team, told reporters more.\n',
     "en"),
])
def test_no_claim_without_a_named_person(gold_claims, text: str, language: str) -> None:
    assert gold_claims(text, language) == []


def test_a_title_holding_commas_before_the_verb(gold_claims) -> None:
    text = (
        "Maria Lopez, Executive Vice-President for a Fair, Open and Secure Internet, said: "
        '"Every company that operates here must respect our rules."\n'
    )
    assert gold_claims(text) == [(
        "Maria Lopez", "Executive Vice-President for a Fair, Open and Secure Internet",
        "Every company that operates here must respect our rules.",
    )]


def test_a_title_holding_commas_after_the_verb_runs_to_the_sentence_end(gold_claims) -> None:
    text = (
        '"The rules apply to everyone, large or small," said Maria Lopez, Commissioner for '
        "Markets, Trade and Consumers.\n"
    )
    assert gold_claims(text) == [(
        "Maria Lopez", "Commissioner for Markets, Trade and Consumers",
        "The rules apply to everyone, large or small",
    )]


def test_a_middle_initial_stays_in_the_name(gold_claims) -> None:
    text = '"Design choices that endanger children are unlawful," said Agency Chair Ruth B. Hale.\n'
    assert [s for s, _, _ in gold_claims(text)] == ["Ruth B. Hale"]


@pytest.mark.parametrize(("lead", "speaker"), [
    ("a déclaré la présidente de la Commission, Me Claire Fontaine", "Claire Fontaine"),
    ("a déclaré le ministre du Numérique, Paul Arnaud", "Paul Arnaud"),
])
def test_a_french_role_then_a_name_with_or_without_an_honorific(
    gold_claims, lead: str, speaker: str
) -> None:
    text = f"« Nos visages ne sont pas des données comme les autres », {lead}.\n"
    assert [s for s, _, _ in gold_claims(text, "fr")] == [speaker]


def test_a_courtesy_title_after_selon_is_no_middle_initial(gold_claims) -> None:
    text = (
        "Le ministre des Transports, Kemal Aydin, a annoncé la levée du blocage.\n\n"
        "Selon M. Aydin, la plateforme a promis de coopérer.\n\n"
        "« Ceux qui opèrent dans notre pays doivent respecter nos lois », a-t-il déclaré.\n"
    )
    assert [s for s, _, _ in gold_claims(text, "fr")] == ["Kemal Aydin"]


def test_french_quote_over_paragraphs_with_no_mark_at_their_start(gold_claims) -> None:
    text = (
        "L'autorité a infligé une amende à la société.\n\n"
        "« Les données de millions de personnes ont été traitées sans base légale.\n\n"
        "Cette décision rappelle que le consentement doit être libre et éclairé. »\n\n"
        "— Lucie Marchal, présidente de la chambre contentieuse\n"
    )
    assert gold_claims(text, "fr") == [
        ("Lucie Marchal", "présidente de la chambre contentieuse",
         "Les données de millions de personnes ont été traitées sans base légale."),
        ("Lucie Marchal", "présidente de la chambre contentieuse",
         "Cette décision rappelle que le consentement doit être libre et éclairé."),
    ]


def test_french_quote_left_open_is_cut_off_not_continued(gold_claims) -> None:
    text = (
        "« Les données de millions de personnes ont été traitées sans base légale.\n\n"
        "L'entreprise a annoncé qu'elle ferait appel.\n"
    )
    assert gold_claims(text, "fr") == []


def test_a_pronoun_goes_to_the_person_who_opens_the_sentence_before(gold_claims) -> None:
    text = (
        'In the ruling, Judge Paulo Lima wrote that the company had shown "contempt" for the '
        'court. Mark Rowan answered on his own platform. "This judge is attacking free '
        'speech for political reasons," he wrote.\n'
    )
    assert [s for s, _, _ in gold_claims(text)] == ["Mark Rowan"]


def test_a_pronoun_opening_a_paragraph_goes_to_the_subject_of_the_paragraph_above(
    gold_claims,
) -> None:
    text = (
        "Dana Whitfield has pressed the platform for answers since January.\n\n"
        '"We asked simple questions and got evasive answers," she said.\n'
    )
    assert [s for s, _, _ in gold_claims(text)] == ["Dana Whitfield"]


def test_a_courtesy_title_is_no_role(gold_claims) -> None:
    text = '"Trust has been broken, and it must be rebuilt," Ms. Hale said.\n'
    assert [(s, r) for s, r, _ in gold_claims(text)] == [("Hale", None)]


def test_name_then_appositive_role_then_verb_after_the_quote(gold_claims) -> None:
    text = (
        '"The company put profits ahead of the safety of children," Dana Whitfield, the '
        "agency's chief executive, said in a statement.\n"
    )
    assert [(s, r) for s, r, _ in gold_claims(text)] == [
        ("Dana Whitfield", "the agency's chief executive")
    ]


def test_a_capitalised_word_of_the_title_is_not_part_of_the_name(gold_claims) -> None:
    text = (
        '"Children deserve to be protected online," Minister for Communications Peter Grant '
        "said.\n"
    )
    assert [(s, r) for s, r, _ in gold_claims(text)] == [
        ("Peter Grant", "Minister for Communications")
    ]


@pytest.mark.parametrize(("above", "language", "speaker"), [
    ("Commissioner Dana Whitfield said the notices were an important tool.", "en",
     "Dana Whitfield"),
    ('"We will not hesitate to act," said Dana Whitfield, Commissioner.', "en", "Dana Whitfield"),
    ("La présidente de l'autorité, Claire Fontaine, a rappelé que les règles valent pour tous.",
     "fr", "Claire Fontaine"),
])
def test_a_quotation_alone_on_its_line_goes_on_for_the_speaker_just_above(
    gold_claims, above: str, language: str, speaker: str
) -> None:
    quote = (
        "« Aucune plateforme ne peut ignorer ses obligations, quelle que soit sa taille. »"
        if language == "fr"
        else '"Every platform operating here must follow the law, whatever its size."'
    )
    found = gold_claims(f"{above}\n\n{quote}\n", language)
    assert found[-1][0] == speaker
    assert found[-1][2] == quote[1:-1].strip()


@pytest.mark.parametrize("above", [
    "The Commission said the company had failed to comply.",
    "Dana Whitfield chaired the hearing on Tuesday.",
    '"We will not hesitate to act," said Dana Whitfield.\n\nThe company has 28 days to respond.',
    "The law says:",
])
def test_a_quotation_alone_on_its_line_with_no_speaker_just_above_is_left_out(
    gold_claims, above: str
) -> None:
    text = f'{above}\n\n"Every platform operating here must follow the law, whatever its size."\n'
    assert [q for _, _, q in gold_claims(text) if q.startswith("Every platform")] == []


@pytest.mark.parametrize(("text", "language"), [
    ("« Ce n'est qu'un début », a lancé Paul Arnaud, « nous irons jusqu'au bout ».\n", "fr"),
    ('"This is only the beginning," said Dana Whitfield, "and we will see it through."\n', "en"),
])
def test_a_quote_resumed_after_the_reporting_clause_and_a_comma(
    gold_claims, text: str, language: str
) -> None:
    assert len(gold_claims(text, language)) == 2


@pytest.mark.parametrize(("text", "language"), [
    ("« Nous agirons vite », a déclaré Paul Arnaud, assurant avoir « une tolérance zéro "
     "pour ces abus ».\n", "fr"),
    ('"We will act quickly," said Dana Whitfield, promising "zero tolerance for such abuse."\n',
     "en"),
])
def test_a_fragment_after_a_participle_is_not_resumed(
    gold_claims, text: str, language: str
) -> None:
    assert len(gold_claims(text, language)) == 1


def test_closed_quote_lines_under_a_colon_lead_in_all_go_to_its_speaker(gold_claims) -> None:
    text = (
        "Oliver Grant, the authority's Online Safety Director, said:\n\n"
        "“Sites must now check the age of their users.”\n\n"
        "“Those that do not will face enforcement action.”\n\n"
        "“We will publish our findings in the spring.”\n"
    )
    found = gold_claims(text)
    assert [s for s, _, _ in found] == ["Oliver Grant"] * 3


@pytest.mark.parametrize(("text", "language"), [
    ("« Cette décision marque une étape pour les consommateurs », se félicite Jeanne Roussel, "
     "directrice de l'autorité.\n", "fr"),
    ("« Ces pratiques mettent les enfants en danger », s'inquiète Jeanne Roussel, directrice de "
     "l'autorité.\n", "fr"),
    ("« Nous resterons mobilisés aux côtés des victimes », relève Jeanne Roussel.\n", "fr"),
    ('"This is a milestone for online safety," highlighted Jeanne Roussel, Commissioner.\n', "en"),
    ('Jeanne Roussel, Commissioner, reiterated: "Platforms must comply with the law at all '
     'times."\n', "en"),
])
def test_more_verbs_of_saying_in_releases(gold_claims, text: str, language: str) -> None:
    assert [s for s, _, _ in gold_claims(text, language)] == ["Jeanne Roussel"]
