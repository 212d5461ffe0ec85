"""find_claims on the seed articles, the development corpus and hand-written sentences.

Seed and corpus texts are read from their files (nothing is copied here); the synthetic
sentences below are written for the tests.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkg.articles import read_article
from regkg.extract.claims import find_claims
from regkg.extract.gazetteer import Gazetteer
from regkg.extract.gold import to_gold
from regkg.models import Article, Claim, Mention, NewEntity
from regkg.reference import Reference

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "data" / "articles"
CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "articles"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not mounted")


@pytest.fixture(scope="module")
def gazetteer(reference: Reference) -> Gazetteer:
    return Gazetteer(reference)


def claims_of(article: Article, reference: Reference, gazetteer: Gazetteer):
    mentions = gazetteer.find(article.text, article.language)
    return find_claims(article, [], mentions, reference, article.language)


def direct(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if not c.indirect]


def seed(reference: Reference, gazetteer: Gazetteer, prefix: str):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    article = read_article(path)
    return article, *claims_of(article, reference, gazetteer)


def synthetic(text: str, language: str = "en", published: dt.date | None = None) -> Article:
    return Article("test", text, None, None, None, published, language, "0" * 64)


# --- seeds ---------------------------------------------------------------------------------------
def test_seed_000_kendall_three_quotes_and_no_fragments(reference, gazetteer):
    article, claims, _ = seed(reference, gazetteer, "000")
    found = direct(claims)
    assert [c.speaker for c in found] == ["person/liz-kendall"] * 3
    assert found[0].quote.startswith("Ce que nous avons vu en ligne")
    assert found[0].quote.endswith("digne de ce nom")
    assert found[1].quote.endswith("X doit régler ce problème de toute urgence")  # a-t-elle
    assert found[2].quote == (
        "Le Royaume-Uni ne tolérera pas la prolifération incessante de contenus "
        "répugnants et injurieux en ligne"
    )
    assert found[0].speaker_role == "la ministre en charge des Technologies"
    assert all(c.date is None for c in found)  # no publication date to resolve "mardi"
    assert all(c.quote in article.text for c in found)
    quotes = " ".join(c.quote for c in claims)
    for fragment in ("toutes les mesures coercitives", "s'il existe des problèmes"):
        assert fragment not in quotes


def test_seed_001_named_speakers_ai_and_pronouns(reference, gazetteer):
    article, claims, new = seed(reference, gazetteer, "001")
    speakers = [c.speaker for c in direct(claims)]
    assert speakers == [
        "person/thomas-regnier",
        "person/thomas-regnier",
        "person/keir-starmer",
        "person/keir-starmer",
        "service/grok",
        "service/grok",
        "person/rob-bonta",
        "person/rob-bonta",
    ]
    regnier, regnier_2, starmer, starmer_2 = direct(claims)[:4]
    assert regnier.speaker_role == "un porte-parole de la Commission européenne"
    assert regnier.date is not None and regnier.date.iso() == "2026-01-14"
    assert regnier_2.date == regnier.date  # "a-t-il ajouté": the same statement
    assert starmer.speaker_role == "Premier ministre"
    assert starmer_2.quote.startswith("Si c'est le cas")
    assert new == []  # every speaker is in the reference


def test_seed_001_leaves_out_communique_fragments_and_cut_quotes(reference, gazetteer):
    _, claims, _ = seed(reference, gazetteer, "001")
    quotes = " ".join(c.quote for c in claims)
    assert "Il est rapporté que" not in quotes  # "dénonce encore le communiqué": no person
    assert "si ces changements n'étaient pas effectifs" not in quotes  # "Selon le porte-parole"
    assert "créer du contenu illégal subira" not in quotes  # begins inside the writer's sentence
    assert "une tolérance zéro" not in quotes  # "assurant avoir ..."
    assert "Mets-la en bikini" not in quotes


def test_seed_002_unnamed_spokesperson_is_not_elon_musk(reference, gazetteer):
    """'a-t-il ajouté' follows 'un de ses porte-paroles': unnamed, so no claim at all."""
    _, claims, _ = seed(reference, gazetteer, "002")
    assert direct(claims) == []


def test_seed_003_musk_dated_by_the_lede(reference, gazetteer):
    _, claims, _ = seed(reference, gazetteer, "003")
    first, second = direct(claims)
    assert first.speaker == second.speaker == "person/elon-musk"
    assert first.quote == (
        "Je n'ai pas connaissance d'images de mineurs nus générées par Grok. Littéralement zéro"
    )
    assert first.date is not None and first.date.iso() == "2026-01-14"
    assert second.date is None
    assert "service/grok" in first.about


def test_seed_003_reported_speech_is_indirect(reference, gazetteer):
    _, claims, _ = seed(reference, gazetteer, "003")
    indirect = [c for c in claims if c.indirect]
    assert indirect and all(
        c.speaker in {"person/elon-musk", "person/keir-starmer"} for c in indirect
    )


def test_seed_004_has_no_direct_quotes(reference, gazetteer):
    _, claims, _ = seed(reference, gazetteer, "004")
    assert direct(claims) == []


# --- corpus (tuning half) --------------------------------------------------------------------
@needs_corpus
def test_corpus_003_colon_attribution_with_nested_quotes(reference, gazetteer):
    article = read_article(CORPUS / "003.txt")
    claims, _ = claims_of(article, reference, gazetteer)
    vestager, breton = direct(claims)
    assert vestager.speaker == "person/margrethe-vestager"
    assert vestager.speaker_role == "Executive Vice-President for a Europe Fit for the Digital Age"
    assert breton.speaker_role == "Commissioner for Internal Market"
    assert "“rabbit hole”" in breton.quote  # the inner quotation stays inside
    assert breton.quote.endswith("protect our children.")
    assert vestager.date is None and breton.date is None


@needs_corpus
@pytest.mark.parametrize("stem", ["001", "005", "007", "009", "011", "013", "015", "017"])
def test_corpus_quoted_terms_are_not_claims(reference, gazetteer, stem):
    article = read_article(CORPUS / f"{stem}.txt")
    assert direct(claims_of(article, reference, gazetteer)[0]) == []


# --- hand-written sentences --------------------------------------------------------------------
def test_english_continuation_and_unknown_speaker(reference, gazetteer):
    text = (
        "The regulator acted on Monday. “We will not tolerate this,” said Jane Doe, "
        "the minister for digital affairs. “Platforms must comply now.”"
    )
    claims, new = claims_of(synthetic(text), reference, gazetteer)
    assert [c.quote for c in claims] == ["We will not tolerate this", "Platforms must comply now."]
    assert {c.speaker for c in claims} == {"person/jane-doe"}
    assert claims[0].speaker_role == "the minister for digital affairs"
    assert new == [NewEntity("person/jane-doe", "person", "Jane Doe", claims[0].evidence)]


def test_pronoun_resolves_to_last_speaker_of_that_gender(reference, gazetteer):
    text = (
        "Ms Anna Berg said: “The rules are clear and binding.” "
        "Mr John Smith said: “We will appeal the decision.” "
        "“They have been warned many times,” she added."
    )
    claims, _ = claims_of(synthetic(text), reference, gazetteer)
    assert [c.speaker for c in claims] == [
        "person/anna-berg",
        "person/john-smith",
        "person/anna-berg",
    ]


def test_single_quotes_with_possessive_apostrophes(reference, gazetteer):
    text = "The chief executive, Jane Doe, said: ‘Companies’ excuses won’t wash any more.’"
    (claim,), _ = claims_of(synthetic(text), reference, gazetteer)
    assert claim.quote == "Companies’ excuses won’t wash any more."


def test_french_guillemets_with_no_break_spaces_and_straight_quotes(reference, gazetteer):
    text = (
        "«\u00a0Nous ne céderons pas sur ce point\u00a0», a prévenu Marie Durand. "
        '"Les plateformes doivent agir", a-t-elle ajouté.'
    )
    claims, _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert [c.quote for c in claims] == [
        "Nous ne céderons pas sur ce point",
        "Les plateformes doivent agir",
    ]
    assert {c.speaker for c in claims} == {"person/marie-durand"}


@pytest.mark.parametrize(
    "text,language",
    [
        ("Jane Doe said: “This is only the beginning of a long", "en"),  # cut off
        ("The minister called the images “absolutely appalling and unacceptable” on Monday.", "en"),
        ("“We take this matter very seriously,” the Commission said.", "en"),
        ("«Nous serons d'une grande fermeté», a déclaré la Commission européenne.", "fr"),
        ("«Trop peu trop tard», a déclaré Jean Dupont.", "fr"),  # three words: kept
    ],
)
def test_left_out(reference, gazetteer, text, language):
    claims, _ = claims_of(synthetic(text, language), reference, gazetteer)
    kept = [c.quote for c in direct(claims)]
    assert kept == (["Trop peu trop tard"] if "Trop peu" in text else [])


def test_reported_speech_is_flagged_indirect(reference, gazetteer):
    text = "Jane Doe said that platforms must remove the content within a day."
    (claim,), _ = claims_of(synthetic(text), reference, gazetteer)
    assert claim.indirect and claim.speaker == "person/jane-doe"


def test_date_from_the_reporting_clause(reference, gazetteer):
    text = "“We will not back down on this,” Jane Doe said on Wednesday."
    (claim,), _ = claims_of(synthetic(text, published=dt.date(2026, 1, 14)), reference, gazetteer)
    assert claim.date is not None and claim.date.iso() == "2026-01-14"


def test_evidence_and_about(reference, gazetteer):
    text = "«Ofcom doit enquêter sur X sans attendre», a déclaré Jean Dupont."
    article = synthetic(text, "fr")
    (claim,), _ = claims_of(article, reference, gazetteer)
    assert article.text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence
    assert "authority/ofcom" in claim.about


@pytest.mark.parametrize(
    "text,language",
    [
        ("«Nous ne lâcherons rien sur ce dossier», a déclaré Amnesty International.", "fr"),
        ("«Nous ne lâcherons rien sur ce dossier», ont déclaré Jean Dupont et Marie Durand.", "fr"),
        ("“We will not give up on this,” AI Forensics said.", "en"),
        ("“We will not give up on this,” a spokesperson said.", "en"),
    ],
)
def test_organisations_groups_and_unnamed_speakers_are_left_out(
    reference, gazetteer, text, language
):
    claims, new = claims_of(synthetic(text, language), reference, gazetteer)
    assert direct(claims) == [] and new == []


def test_roles_without_article_and_before_the_name(reference, gazetteer):
    french = "«Nous irons jusqu'au bout», a déclaré Jean Dupont, porte-parole du parquet."
    (claim,), _ = claims_of(synthetic(french, "fr"), reference, gazetteer)
    assert claim.speaker_role == "porte-parole du parquet"
    english = (
        "“We will look at this very closely,” European Commission spokesperson Thomas Regnier said."
    )
    (claim,), _ = claims_of(synthetic(english), reference, gazetteer)
    assert claim.speaker == "person/thomas-regnier"
    assert claim.speaker_role == "European Commission spokesperson"


def test_surname_after_full_name_and_courtesy_title(reference, gazetteer):
    text = "Jane Doe runs the agency. “We will publish our findings soon,” Ms Doe said."
    (claim,), new = claims_of(synthetic(text), reference, gazetteer)
    assert claim.speaker == "person/jane-doe" and [e.label for e in new] == ["Jane Doe"]
    french = "«Les règles s'appliquent à tous», a déclaré M. Martin à la presse."
    (claim,), new = claims_of(synthetic(french, "fr"), reference, gazetteer)
    assert claim.speaker == "person/martin" and claim.speaker_role is None


# --- through the Extractor (spaCy sentences, gazetteer, linking) -------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_extractor_claims_equal_the_seed_gold(extractor, reference, prefix):
    import json

    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    gold = json.loads((REPO_ROOT / "tests" / "gold" / f"{path.stem}.json").read_text("utf-8"))
    predicted = to_gold(extractor.extract(read_article(path)), reference)
    assert predicted["claims"] == gold["claims"]


def test_quote_over_paragraphs_is_split_by_paragraph(reference, gazetteer):
    text = (
        "Jane Doe said: “The first paragraph of the statement ends here.\n\n"
        "“The second paragraph follows and closes the quote.”\n\n"
        "Unrelated text. “A quotation cut off in the copy"
    )
    claims, _ = claims_of(synthetic(text), reference, gazetteer)
    assert [c.quote for c in claims] == [
        "The first paragraph of the statement ends here.",
        "The second paragraph follows and closes the quote.",
    ]
    assert {c.speaker for c in claims} == {"person/jane-doe"}


def test_question_mark_inside_the_quote(reference, gazetteer):
    text = "“Why did it take so long?” asked Jane Doe. “Who is responsible here?” Nobody answered."
    claims, _ = claims_of(synthetic(text), reference, gazetteer)
    assert [c.quote for c in claims] == ["Why did it take so long?", "Who is responsible here?"]
    assert {c.speaker for c in claims} == {"person/jane-doe"}  # the second continues the first


def test_ai_system_reported_speech_is_an_indirect_claim(reference, gazetteer):
    """'Grok a reconnu vendredi l'existence de «failles»...': Grok's, indirect, not a quote."""
    _, claims, _ = seed(reference, gazetteer, "002")
    grok = [c for c in claims if c.speaker == "service/grok"]
    assert grok and all(c.indirect for c in grok)
    assert grok[0].date is not None and grok[0].date.iso() == "2026-01-02"  # "Le 2 janvier, Grok"
    assert grok[0].quote.startswith("l’existence de")


def test_first_names_give_the_gender_a_pronoun_needs(reference, gazetteer):
    text = (
        "Technology Secretary Liz Kendall said: “This is absolutely appalling.” "
        "Musk responded on X: “They just want to suppress free speech.” "
        "“We are looking into it very carefully,” she said."
    )
    kendall, musk, kendall_again = claims_of(synthetic(text), reference, gazetteer)[0]
    assert kendall.speaker == kendall_again.speaker == "person/liz-kendall"
    assert kendall.speaker_role == "Technology Secretary"  # the title is not part of the name
    assert musk.speaker == "person/elon-musk"


def test_follow_ups_keep_the_date_of_the_statement(reference, gazetteer):
    text = (
        "« Nous ne laisserons pas faire », a affirmé jeudi Henna Virkkunen, vice-présidente "
        "exécutive de la Commission. Elle a ajouté que la plateforme devait se conformer au DSA. "
        "« Les règles sont les mêmes pour tous », a-t-elle martelé. "
        "L'avocat de la société, Maître Jean Martin, a déclaré : « Nous contestons tout. »"
    )
    claims, new = claims_of(synthetic(text, "fr", dt.date(2026, 1, 14)), reference, gazetteer)
    first, reported, third, lawyer = claims
    assert reported.indirect and first.date is not None
    assert first.date.iso() == reported.date.iso() == third.date.iso() == "2026-01-08"
    assert (lawyer.speaker, lawyer.speaker_role) == ("person/jean-martin", "L'avocat de la société")
    assert [e.label for e in new] == ["Jean Martin"]


def test_pour_and_selon_open_an_attributed_quote(reference, gazetteer):
    text = (
        "Pour la présidente de la Cnil, Marie-Laure Denis, « les plateformes doivent rendre des "
        "comptes ». Selon les experts, « le mal est déjà fait »."
    )
    (claim,), _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert claim.speaker == "person/marie-laure-denis"
    assert claim.speaker_role == "la présidente de la Cnil"
    assert claim.quote == "les plateformes doivent rendre des comptes"


def test_english_wire_attributions(reference, gazetteer):
    text = (
        "“We will not hesitate to act,” said Ofcom’s chief executive Melanie Dawes. "
        "“We are deeply concerned by these reports,” Ofcom said in a statement. "
        "X owner Elon Musk said, “They want any excuse for censorship.”"
    )
    dawes, musk = claims_of(synthetic(text), reference, gazetteer)[0]
    assert (dawes.speaker, dawes.speaker_role) == (
        "person/melanie-dawes",
        "Ofcom’s chief executive",
    )
    assert (musk.speaker, musk.speaker_role) == ("person/elon-musk", "X owner")


def test_french_wire_attributions(reference, gazetteer):
    text = (
        "\"C'est une mesure conservatoire\", a expliqué à l'AFP un porte-parole, Thomas Regnier. "
        '"Nous prenons cela très au sérieux." '
        'La ministre déléguée au Numérique, Clara Chappaz, a salué une "décision forte". '
        "« Les plateformes ne sont pas au-dessus des lois », a-t-elle déclaré sur France Inter. "
        "« On ne laissera pas faire », estime Jean-Noël Barrot, ancien ministre du Numérique."
    )
    claims, _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert [(c.speaker, c.speaker_role) for c in claims] == [
        ("person/thomas-regnier", "porte-parole"),
        ("person/thomas-regnier", "porte-parole"),  # continues the quote before
        ("person/clara-chappaz", "La ministre déléguée au Numérique"),  # 'a salué' named her
        ("person/jean-noel-barrot", "ancien ministre du Numérique"),
    ]


def test_a_leading_weekday_is_a_date_not_a_first_name(reference, gazetteer):
    text = "Mercredi Jean Dupont a déclaré : « Nous ne céderons rien du tout. »"
    (claim,), new = claims_of(synthetic(text, "fr", dt.date(2026, 1, 14)), reference, gazetteer)
    assert claim.speaker == "person/jean-dupont" and [e.label for e in new] == ["Jean Dupont"]
    assert claim.date is not None and claim.date.iso() == "2026-01-14"


# --- robustness ---------------------------------------------------------------------------------
PIECES = [
    "«", "»", "“", "”", '"', "‘", "’", "'", " ", ", ", ". ", ": ", "\n", "\n\n", "a déclaré",
    "a-t-elle ajouté", "said", "she said", "Jane Doe", "M. Martin", "Elon Musk", "Grok", "le robot",
    "Nous agirons vite", "We will act now", "mercredi", "on Monday", "Ofcom", "qu'il", "that",
    "Selon", "Pour", "l’Union", "people’s", "-t-il", "(", ")", "—", "?", "!",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.sampled_from(["fr", "en"]))
def test_any_text_gives_claims_copied_from_it(reference, gazetteer, pieces, language):
    article = synthetic("".join(pieces), language, dt.date(2026, 1, 14))
    claims, new = claims_of(article, reference, gazetteer)
    for claim in claims:
        assert claim.quote and claim.quote in article.text
        assert claim.evidence.sentence == article.text[claim.evidence.start : claim.evidence.end]
        assert claim.speaker.partition("/")[0] in {"person", "service"}
    assert {e.key for e in new} <= {c.speaker for c in claims}


def test_a_long_article_stays_fast(reference, gazetteer):
    paragraph = (
        "«Nous ne céderons pas sur le point {}», a déclaré Jean Dupont, porte-parole du ministère. "
        "Il a ajouté que les plateformes devaient agir. L'Arcom a ouvert une enquête.\n"
    )
    text = "".join(paragraph.format(i) for i in range(1500))
    article = synthetic(text, "fr", dt.date(2026, 1, 14))
    started = time.perf_counter()
    claims, _ = claims_of(article, reference, gazetteer)
    assert len([c for c in claims if not c.indirect]) == 1500
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize(
    "text,language",
    [
        ("«Nous ne commentons pas cette affaire», a indiqué l'entourage d'Elon Musk.", "fr"),
        ("«Nous ne commentons pas cette affaire», a déclaré un proche de Keir Starmer.", "fr"),
        ("“We do not comment on this matter,” said Keir Starmer’s spokesman.", "en"),
        ("“We do not comment on this matter,” Keir Starmer’s spokesman said.", "en"),
        ("“We do not comment on this matter,” a spokesperson for Keir Starmer said.", "en"),
        ("A spokesperson for Keir Starmer said: “We do not comment on this matter.”", "en"),
        ("Un proche d'Elon Musk a déclaré : « Nous ne commentons pas cette affaire. »", "fr"),
    ],
)
def test_entourage_and_spokespeople_of_a_person_are_not_that_person(
    reference, gazetteer, text, language
):
    assert direct(claims_of(synthetic(text, language), reference, gazetteer)[0]) == []


def test_possessive_owner_is_not_part_of_the_name(reference, gazetteer):
    text = "“This is not over,” warned Ofcom’s Melanie Dawes. “We have been clear,” Dawes said."
    claims, new = claims_of(synthetic(text), reference, gazetteer)
    assert [(c.speaker, c.speaker_role) for c in claims] == [("person/melanie-dawes", None)] * 2
    assert new == []  # Melanie Dawes is in the reference


def test_reflexive_verbs_agree_with_the_speaker(reference, gazetteer):
    text = "« C'est une victoire pour nous », s'est félicitée Clara Chappaz."
    (claim,), _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert claim.speaker == "person/clara-chappaz"


def test_continuation_after_a_colon_quote(reference, gazetteer):
    text = "Jane Doe said: “The rules apply to everyone.” “No platform is above the law.”"
    claims, _ = claims_of(synthetic(text), reference, gazetteer)
    assert [c.speaker for c in claims] == ["person/jane-doe"] * 2


def test_abbreviated_title_in_an_english_subject(reference, gazetteer):
    text = "Jane Doe chairs the panel. “We will report next month,” Ms. Doe said on Monday."
    (claim,), _ = claims_of(synthetic(text, published=dt.date(2026, 1, 14)), reference, gazetteer)
    assert claim.speaker == "person/jane-doe"
    assert claim.date is not None and claim.date.iso() == "2026-01-12"


@pytest.mark.parametrize(
    "text,language",
    [
        ("Jean Dupont a été accusé : « Vous avez menti aux utilisateurs. »", "fr"),
        ("Musk was told: “You have misled your users for years.”", "en"),
        ("Il a été rappelé : « Les règles sont les mêmes pour tous. »", "fr"),
    ],
)
def test_passives_do_not_make_the_subject_speak(reference, gazetteer, text, language):
    assert direct(claims_of(synthetic(text, language), reference, gazetteer)[0]) == []


def test_appositive_that_is_no_role(reference, gazetteer):
    text = "Pour Jean Dupont, la régulation est une censure, « et nous le dirons encore »."
    assert direct(claims_of(synthetic(text, "fr"), reference, gazetteer)[0]) == []


def test_places_named_like_people_are_not_speakers(reference, gazetteer):
    text = "“We are monitoring the situation closely,” said Downing Street."
    claims, new = claims_of(synthetic(text), reference, gazetteer)
    assert direct(claims) == [] and new == []


def test_parenthesis_between_name_and_role(reference, gazetteer):
    text = "« Nous serons vigilants », a déclaré Jean Dupont (photo), président de l’autorité."
    (claim,), _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert claim.speaker_role == "président de l’autorité"
    text = "Jean Dupont (photo), président de l’autorité, a déclaré : « Nous serons vigilants. »"
    (claim,), _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert (claim.speaker, claim.speaker_role) == ("person/jean-dupont", "président de l’autorité")


def test_first_name_after_an_honorific_is_not_a_name(reference, gazetteer):
    text = "Sir Keir told MPs: ‘The actions of Grok and X are absolutely disgusting and shameful’"
    claims, new = claims_of(synthetic(text), reference, gazetteer)
    assert direct(claims) == [] and new == []  # "Keir" alone names nobody for sure


def test_straight_single_quotes_and_elisions(reference, gazetteer):
    text = "'Les règles de l'Union s'appliquent à tous', a déclaré Jean Dupont, porte-parole."
    (claim,), _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert claim.quote == "Les règles de l'Union s'appliquent à tous"
    text = "'We won't back down on this,' Jane Doe said. Ofcom's rules don't change."
    (claim,), _ = claims_of(synthetic(text), reference, gazetteer)
    assert claim.quote == "We won't back down on this"


@pytest.mark.parametrize("mark", ["'", "‘"])
def test_an_apostrophe_left_open_does_not_swallow_the_paragraph(reference, gazetteer, mark):
    text = f"Back in the {mark}90s, Jane Doe said: “We will regulate these platforms.”"
    (claim,), _ = claims_of(synthetic(text), reference, gazetteer)
    assert claim.quote == "We will regulate these platforms."


def test_unlinked_person_mentions_from_ner(reference, gazetteer):
    """The extractor adds NER names as unlinked person mentions; organisations among them
    ("AI Forensics") do not speak, people do under the same key."""
    text = (
        "« Les chiffres sont alarmants », a déclaré AI Forensics. "
        "« Il faut agir », a déclaré Jean Dupont."
    )
    mentions = [
        Mention(
            "person/ai-forensics",
            "AI Forensics",
            text.index("AI F"),
            text.index("AI F") + 12,
            False,
        ),
        Mention(
            "person/jean-dupont", "Jean Dupont", text.index("Jean"), text.index("Jean") + 11, False
        ),
    ]
    article = synthetic(text, "fr")
    claims, new = find_claims(article, [], mentions, reference, "fr")
    assert [(c.speaker, c.quote) for c in claims] == [("person/jean-dupont", "Il faut agir")]
    assert [e.key for e in new] == ["person/jean-dupont"]


def test_the_same_quote_twice_is_one_claim(reference, gazetteer):
    text = (
        "« Nous ne reculerons pas », a déclaré Jean Dupont.\n\n"
        "Plus tard : « Nous ne reculerons pas », a répété Jean Dupont."
    )
    claims, _ = claims_of(synthetic(text, "fr"), reference, gazetteer)
    assert len(direct(claims)) == 1
