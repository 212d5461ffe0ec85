"""Claims by the annotation conventions (corpus README guideline 9, tests/gold/README.md "Claims",
tests/broad and tests/sweep "Conventions"), each exercised in invented mini-texts of both
languages: one claim per quoted passage, where the speaker is found (back-to-back quotes, "the
chatbot added", "l'a répété :"), pronouns, claim dates from the occasion named in a lead and
never from a relative clause on the speaker, and the quotes that are not claims (fragments,
institutions, companies, unnamed spokespeople, scare quotes and titles, short quotes, quotes cut
off, a pronoun after an unnamed speaker).

Every text is invented for these tests (issue 3, session 11); none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday: "on Tuesday" / « mardi » = 2024-03-05
ANY = object()


@pytest.fixture
def claims_in(extractor, reference, article_of):
    """claims_in(text, language) -> the gold claims (dicts) of a text titled "Titre"."""
    def run(text: str, language: str) -> list[dict[str, object]]:
        article = article_of("Titre\n\n" + text + "\n", language, published=PUBLISHED)
        return to_gold(extractor.extract(article), reference)["claims"]
    return run


def _same(found: list[dict[str, object]], expected: list[tuple[object, ...]]) -> None:
    """Speakers and quotes in order; dates where the case gives one (ANY: not checked)."""
    assert [(c["speaker"], c["quote"]) for c in found] == [(s, q) for s, q, _ in expected]
    for claim, (_, _, date) in zip(found, expected, strict=True):
        if date is not ANY:
            assert claim["date"] == date, claim


# --- speaker before the quote, after it, in the next sentence, by role; quote shapes -------------
ATTRIBUTED = [
    ("en_ai_system", "en",
     "Asked about the images, Grok said: “I made a mistake and the content has been removed.” "
     "“I apologise to everyone who was affected,” the chatbot added.",
     [("Grok", "I made a mistake and the content has been removed.", None),
      ("Grok", "I apologise to everyone who was affected", None)]),
    ("fr_ai_system_a_reconnu", "fr",
     "Interrogé par des internautes, Grok a reconnu : « J'ai commis une erreur en générant ces "
     "images. » « Ces contenus n'auraient jamais dû être publiés », a ajouté le robot.",
     [("Grok", "J'ai commis une erreur en générant ces images.", None),
      ("Grok", "Ces contenus n'auraient jamais dû être publiés", None)]),
    ("fr_press_conference_occasion", "fr",
     "Lors d'une conférence de presse lundi, Marie-Laure Denis a déclaré : « Les sanctions "
     "vont se multiplier cette année. »",
     [("Marie-Laure Denis", "Les sanctions vont se multiplier cette année.", "2024-03-04")]),
    ("fr_back_to_back_quotes_spaced_marks", "fr",
     "Marie-Laure Denis a souligné : « Les enfants méritent une protection renforcée. » « Nous "
     "y veillerons de près », a-t-elle ajouté.",
     [("Marie-Laure Denis", "Les enfants méritent une protection renforcée.", None),
      ("Marie-Laure Denis", "Nous y veillerons de près", None)]),
    ("fr_back_to_back_quotes_role_first", "fr",
     "La présidente de l'Arcom, Laurence Bloch, a prévenu : « Les plateformes ont été "
     "averties. » « Nous ne transigerons pas sur la protection des mineurs », a-t-elle "
     "martelé.",
     [("Laurence Bloch", "Les plateformes ont été averties.", None),
      ("Laurence Bloch", "Nous ne transigerons pas sur la protection des mineurs", None)]),
    ("en_the_chatbot_added_after_reported_speech", "en",
     "Grok said on X that it had made a mistake. “I apologise to everyone who was affected by "
     "the images,” the chatbot added.",
     [("Grok", "I apologise to everyone who was affected by the images", None)]),
    ("fr_clitic_l_a_repete_colon", "fr",
     "Thierry Breton l'a répété mardi : « Les règles s'appliquent à tous les acteurs. »",
     [("Thierry Breton", "Les règles s'appliquent à tous les acteurs.", "2024-03-05")]),
    ("en_press_conference_occasion", "en",
     "At a press conference in Brussels on Monday, Margrethe Vestager said: “Apple has a lot "
     "of work to do.”",
     [("Margrethe Vestager", "Apple has a lot of work to do.", "2024-03-04")]),
    ("en_hearing_occasion", "en",
     "During a Senate hearing on Monday, Julie Inman Grant said: “The platforms have had "
     "years to fix this.”",
     [("Julie Inman Grant", "The platforms have had years to fix this.", "2024-03-04")]),
    ("fr_devant_les_deputes_occasion", "fr",
     "Devant les députés lundi, Clara Chappaz a déclaré : « Les sanctions vont se multiplier "
     "cette année. »",
     [("Clara Chappaz", "Les sanctions vont se multiplier cette année.", "2024-03-04")]),
    ("fr_clitic_l_assure_present", "fr",
     "Marie-Laure Denis l'assure : « Les plateformes doivent se conformer au RGPD sans délai. »",
     [("Marie-Laure Denis", "Les plateformes doivent se conformer au RGPD sans délai.", None)]),
    ("fr_clitic_le_repete", "fr",
     "Thierry Breton le répète : « Les très grandes plateformes doivent se conformer au DSA. »",
     [("Thierry Breton", "Les très grandes plateformes doivent se conformer au DSA.", None)]),
    ("en_dashed_appositive_before_colon", "en",
     "Melanie Dawes — Ofcom's chief executive — said: “Tech firms have had more than enough "
     "time to prepare.”",
     [("Melanie Dawes", "Tech firms have had more than enough time to prepare.", None)]),
    ("en_dashed_appositive_after_quote", "en",
     "“Tech firms have had more than enough time to prepare,” Melanie Dawes — Ofcom's chief "
     "executive — said.",
     [("Melanie Dawes", "Tech firms have had more than enough time to prepare", None)]),
    ("fr_dashed_appositive_before_colon", "fr",
     "Marie-Laure Denis — présidente de la CNIL — a déclaré : « Les plateformes doivent se "
     "conformer au RGPD. »",
     [("Marie-Laure Denis", "Les plateformes doivent se conformer au RGPD.", None)]),
    ("regression_dashed_relative_clause_year_not_claim_date", "en",
     "Melanie Dawes – who has led Ofcom since 2020 – said on Tuesday: “Tech firms have had more "
     "than enough time to prepare.”",
     [("Melanie Dawes", "Tech firms have had more than enough time to prepare.", "2024-03-05")]),
    ("en_that_is_how_names_the_speaker", "en",
     "“An outrageous attack on free speech.” That is how Elon Musk described the order on "
     "Tuesday.",
     [("Elon Musk", "An outrageous attack on free speech.", "2024-03-05")]),
    ("en_that_was_how_next_paragraph", "en",
     "“The fine is a warning to every platform in Australia.”\n\nThat was how Julie Inman "
     "Grant, the eSafety Commissioner, announced the penalty.",
     [("Julie Inman Grant", "The fine is a warning to every platform in Australia.", None)]),
    ("fr_c_est_ainsi_qu_names_the_speaker", "fr",
     "« Une attaque scandaleuse contre la liberté d'expression. » C'est ainsi qu'Elon Musk a "
     "qualifié mardi la décision de l'Arcom.",
     [("Elon Musk", "Une attaque scandaleuse contre la liberté d'expression.", "2024-03-05")]),
    ("fr_voila_comment_names_the_speaker", "fr",
     "« Le DSA n'est pas un menu à la carte. »\n\nVoilà comment Thierry Breton a résumé la "
     "position de la Commission.",
     [("Thierry Breton", "Le DSA n'est pas un menu à la carte.", None)]),
    ("en_when_asked_occasion", "en",
     "When asked on Tuesday whether X would be fined, Thierry Breton said: “Everything is on "
     "the table.”",
     [("Thierry Breton", "Everything is on the table.", "2024-03-05")]),
    ("en_while_speaking_occasion", "en",
     "While speaking to reporters in Brussels on Monday, Margrethe Vestager said: “Apple must "
     "open its ecosystem to rivals.”",
     [("Margrethe Vestager", "Apple must open its ecosystem to rivals.", "2024-03-04")]),
    ("regression_relative_clause_year_not_claim_date", "en",
     "Ofcom chief executive Melanie Dawes spoke to reporters. “The era of self-regulation is "
     "over,” Dawes, who has led Ofcom since 2020, said.",
     [("Melanie Dawes", "The era of self-regulation is over", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"),
                         [c[1:] for c in ATTRIBUTED], ids=[c[0] for c in ATTRIBUTED])
def test_attributed_quote_gives_one_claim_per_passage(claims_in, language, text, expected):
    _same(claims_in(text, language), expected)


# --- quotes that are not claims -----------------------------------------------------------------
NOT_CLAIMS = [
    ("en_institution_statement", "en",
     "The European Commission said in a statement: \"Meta's pay or consent model fails to give "
     "users a real choice.\""),
    ("en_fragment_in_writers_sentence", "en",
     "FTC Chair Lina Khan said the company had engaged in \"a years-long pattern of deception "
     "that harmed consumers\"."),
    ("en_unnamed_spokesperson", "en",
     "“We are reviewing the decision carefully and will consider our options,” a TikTok "
     "spokesperson said on Tuesday."),
    ("en_scare_quotes_and_titles", "en",
     "The Federal Trade Commission sued Amazon on Tuesday over its \"dark patterns\". The case "
     "follows the \"Operation AI Comply\" sweep and the \"Kids Online Safety Act\" debate."),
    ("en_company_statement", "en",
     "X said in a statement: “We strongly disagree with this order and will challenge it in "
     "court.”"),
    ("en_short_quote", "en",
     "Julie Inman Grant was asked about X's answers. “Frankly disappointing,” said Julie Inman "
     "Grant."),
    ("en_unnamed_then_he_added", "en",
     "A Meta spokesman said the company would appeal. \"We have cooperated fully with the "
     "regulator throughout,\" he added."),
    ("en_indirect_speech", "en",
     "Margrethe Vestager said on Tuesday that Apple had not complied with the Digital Markets "
     "Act."),
    ("en_quote_cut_off", "en",
     "Ofcom opened an investigation on Tuesday. Melanie Dawes said: \"We will continue to "
     "monitor the platform and we will"),
    ("en_company_blog_post", "en",
     "Google said in a blog post on Tuesday: \"We will appeal the Commission's decision.\""),
    ("en_report_quote", "en",
     "The CNIL's decision states: \"The company did not obtain valid consent from its users.\""),
    ("fr_institution_communique", "fr",
     "« Les pratiques de Google ont causé un préjudice grave aux éditeurs », souligne le "
     "communiqué de l'Autorité de la concurrence."),
    ("fr_fragment_in_writers_sentence", "fr",
     "Le gendarme de la vie privée demande à TikTok de corriger ses pratiques « dans les "
     "prochains jours »."),
    ("fr_unnamed_spokesperson", "fr",
     "« Nous allons faire appel de cette décision », a réagi mardi un porte-parole de Google."),
    ("fr_law_title", "fr",
     "La loi « visant à sécuriser et réguler l'espace numérique » a été promulguée mardi, "
     "tandis que TikTok a lancé son programme « Récompenses pour les utilisateurs »."),
    ("fr_short_quote", "fr",
     "Interrogée mardi, Clara Chappaz a jugé la réponse de X « inacceptable ». « Vraiment "
     "inacceptable », a réagi Clara Chappaz."),
    ("fr_indirect_speech", "fr",
     "Marie-Laure Denis a estimé mardi que les plateformes devaient agir sans attendre."),
    ("fr_fragment_after_selon", "fr",
     "Selon Thierry Breton, la plateforme devra « se conformer au droit européen » sans délai."),
    ("fr_company_statement", "fr",
     "Dans un communiqué, Meta a affirmé : « Nous contestons cette décision et ferons appel. »"),
    ("fr_unnamed_then_a_t_il", "fr",
     "Un porte-parole de Meta a indiqué que le groupe ferait appel. « Nous avons toujours "
     "respecté le droit européen », a-t-il ajouté."),
    ("en_chatbot_maker_is_not_the_chatbot", "en",
     "Grok said on X that it had made a mistake. “We disagree with the decision entirely,” the "
     "chatbot maker said."),
    ("fr_unnamed_spokesperson_l_a_dit", "fr",
     "Un porte-parole de Meta l'a dit mardi : « Nous ferons appel de la décision. »"),
    ("fr_institution_le_rappelle", "fr",
     "La CNIL le rappelle : « Les plateformes doivent se conformer au RGPD sans délai. »"),
    ("fr_unnamed_spokesperson_l_affirme", "fr",
     "Un porte-parole de Meta l'affirme : « Nous ferons appel de cette décision. »"),
    ("en_dashed_aside_on_unnamed_spokesman", "en",
     "“We will appeal the decision,” a Meta spokesman — who declined to be named — said."),
    ("en_dashed_aside_lawyer_for_named_person", "en",
     "“We will appeal the decision,” a lawyer for Elon Musk — the owner of X — said."),
    ("en_that_is_how_the_company", "en",
     "“An outrageous attack on free speech.” That is how the company described the order."),
    ("en_that_is_how_a_named_persons_lawyer", "en",
     "“An outrageous attack on free speech.” That is how Elon Musk's lawyer described the "
     "order."),
    ("fr_voila_comment_la_plateforme", "fr",
     "« Une attaque contre la liberté d'expression. » Voilà comment la plateforme a qualifié "
     "la décision."),
    ("fr_dénonce_le_communique", "fr",
     "L'Arcom a mis en demeure Kick mardi. « La plateforme n'a pris aucune mesure sérieuse », "
     "dénonce encore le communiqué."),
]


@pytest.mark.parametrize(("language", "text"), [c[1:] for c in NOT_CLAIMS],
                         ids=[c[0] for c in NOT_CLAIMS])
def test_quote_that_is_not_a_claim_stays_out(claims_in, language, text):
    assert claims_in(text, language) == []


# --- a pronoun never jumps back past an unnamed speaker -----------------------------------------
MIXED = [
    ("en_pronoun_after_unnamed_speaker", "en",
     "Commissioner Des Hogan said: \"Meta failed to protect its users' data.\" A Meta spokesman "
     "said the company would appeal. \"We have cooperated fully with the regulator,\" he added.",
     [("Des Hogan", "Meta failed to protect its users' data.", None)]),
    ("fr_pronoun_after_unnamed_speaker", "fr",
     "« Nous attendons des réponses », a déclaré Marie-Laure Denis. Un porte-parole de Meta a "
     "indiqué que le groupe ferait appel. « Nous avons toujours respecté le droit européen », "
     "a-t-il ajouté.",
     [("Marie-Laure Denis", "Nous attendons des réponses", None)]),
    ("en_named_quote_beside_company_quote", "en",
     "“This is a landmark decision for consumers,” said Andreas Mundt, president of the "
     "Bundeskartellamt. Amazon said in a statement: “We will appeal this ruling.”",
     [("Andreas Mundt", "This is a landmark decision for consumers", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in MIXED],
                         ids=[c[0] for c in MIXED])
def test_only_the_named_persons_quotes_are_claims(claims_in, language, text, expected):
    _same(claims_in(text, language), expected)



# --- speaker_role as worded, and only a role: the clause's own words are none -------------------
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "“A complete failure to engage with the regulator” was how Julie Inman Grant "
               "described X's response."),
        ("en", "“An outrageous attack on free speech” is how Elon Musk described the order."),
    ],
)
def test_regression_was_how_is_no_speaker_role(claims_in, language, text):
    assert [c["speaker_role"] for c in claims_in(text, language)] == [None]
