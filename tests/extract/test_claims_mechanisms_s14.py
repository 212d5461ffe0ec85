"""Claims mechanisms read on the dev sets in session 14 (issue 3), each shown in other words:
a live-blog time stamp before the quotation, the medium named between the verb and the speaker
("a réagi sur X Jane Doe"), "a justifié", "has said" after an appositive, a role with commas
before the name, the honorific "Advocate", a colon frame whose quotation ends in a pronoun
clause, and the traps that must stay empty or keep their speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

# (id, lang, paragraph text, [(speaker, quote start), ...])
CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # --- a live-blog time stamp opens the paragraph: the quotation still opens the sentence
    (
        "stamp_fr_h",
        "fr",
        "10 h 20 – « Aucune plateforme n'est au-dessus de la loi française », "
        "a affirmé la ministre Clara Chappaz.",
        [("Clara Chappaz", "Aucune plateforme")],
    ),
    (
        "stamp_fr_compact",
        "fr",
        "16h05 - « Nous saisirons la justice si la plateforme refuse », "
        "a prévenu le président de l'Arcom, Martin Ajdari.",
        [("Martin Ajdari", "Nous saisirons")],
    ),
    (
        "stamp_fr_dash",
        "fr",
        "18 h 40 — « La protection des mineurs ne se négocie pas », a "
        "déclaré Jean-Noël Barrot devant les députés.",
        [("Jean-Noël Barrot", "La protection des")],
    ),
    (
        "stamp_en_colon",
        "en",
        "09:45 – “We will not let any platform decide our elections,” said "
        "Henna Virkkunen, the EU's tech commissioner.",
        [("Henna Virkkunen", "We will not let")],
    ),
    (
        "stamp_en_pm",
        "en",
        "3.15pm - “The order applies to every app store operating in Japan,” "
        "said Taro Kono, the digital minister.",
        [("Taro Kono", "The order applies")],
    ),
    (
        "stamp_fr_pronoun",
        "fr",
        "11 h 10 – « Le blocage de Telegram durera le temps de "
        "l'enquête », a déclaré le ministre Pedro Sánchez. 11 h 40 – « Nous ne visons pas les "
        "utilisateurs ordinaires », a-t-il ajouté.",
        [("Pedro Sánchez", "Le blocage de Telegram"), ("Pedro Sánchez", "Nous ne visons pas")],
    ),
    # --- the medium between the verb and the speaker: "a réagi sur X Jane Doe"
    (
        "medium_fr_linkedin",
        "fr",
        "« Nous respecterons la décision du tribunal de commerce », a "
        "réagi sur LinkedIn Arthur Mensch, cofondateur de Mistral AI.",
        [("Arthur Mensch", "Nous respecterons")],
    ),
    # --- the medium, in other words
    (
        "medium_fr_x",
        "fr",
        "« Cette enquête n'a aucun fondement juridique », a écrit sur X "
        "Fabio Wajngarten, ancien secrétaire à la communication.",
        [("Fabio Wajngarten", "Cette enquête")],
    ),
    (
        "medium_fr_facebook",
        "fr",
        "« Nos règles valent pour toutes les plateformes », a commenté "
        "sur Facebook Gobind Singh Deo, le ministre malaisien du Numérique.",
        [("Gobind Singh Deo", "Nos règles valent")],
    ),
    (
        "medium_en_threads",
        "en",
        "“We disagree with the regulator and will appeal,” wrote on "
        "Threads Connor Hayes, the head of the app.",
        [("Connor Hayes", "We disagree with")],
    ),
    # --- "le surintendant général": a Brazilian (Cade) role written in French
    (
        "role_fr_surintendant",
        "fr",
        "« Les conditions imposées aux développeurs sont abusives », a "
        "justifié mardi le surintendant général, Alexandre Cordeiro.",
        [("Alexandre Cordeiro", "Les conditions imposées")],
    ),
    (
        "role_fr_superintendant",
        "fr",
        "« Google devra ouvrir sa boutique aux concurrents », a "
        "indiqué le superintendant adjoint, Diogo Thomson.",
        [("Diogo Thomson", "Google devra ouvrir")],
    ),
    # --- a dateline before the quotation
    (
        "dateline_fr",
        "fr",
        "BRUXELLES (AFP) – « Le règlement s'applique dès aujourd'hui à X », a "
        "déclaré Thomas Regnier, porte-parole de la Commission.",
        [("Thomas Regnier", "Le règlement")],
    ),
    (
        "dateline_en",
        "en",
        "CANBERRA — “The ban will protect a generation of children,” said "
        "Anthony Albanese, the prime minister.",
        [("Anthony Albanese", "The ban will protect")],
    ),
    # --- "has said" / "had said" after the name and its appositive
    (
        "has_said_en",
        "en",
        "“Children's data is not a commodity to be traded,” John Edwards, the "
        "UK Information Commissioner, has said.",
        [("John Edwards", "Children's data is")],
    ),
    (
        "had_said_en",
        "en",
        "“The rules are clear and they apply to everyone,” Margrethe Vestager, "
        "the competition commissioner, had said in Brussels.",
        [("Margrethe Vestager", "The rules are")],
    ),
    (
        "has_told_en",
        "en",
        "“Our investigation into the app is far from over,” Michael Will, the "
        "Bavarian data protection commissioner, has told reporters.",
        [("Michael Will", "Our investigation into")],
    ),
    # --- a role that holds commas between the verb and the name
    (
        "long_role_fr",
        "fr",
        "« Les plateformes doivent payer leur juste part d'impôt », a déclaré "
        "le ministre de l'Économie, des Finances et de la Souveraineté industrielle, "
        "Bruno Le Maire, "
        "lors d'une conférence de presse.",
        [("Bruno Le Maire", "Les plateformes doivent")],
    ),
    (
        "long_role_fr_pronoun",
        "fr",
        "« Les enfants doivent être protégés en ligne », a indiqué la "
        "ministre de l'Enseignement supérieur, de la Recherche et de l'Innovation, "
        "Sylvie Retailleau. "
        "« Nous agirons avant l'été », a-t-elle ajouté.",
        [("Sylvie Retailleau", "Les enfants doivent"), ("Sylvie Retailleau", "Nous agirons avant")],
    ),
    # --- the honorific "Advocate" (South Africa) is no part of the name
    (
        "advocate_en_before",
        "en",
        "Advocate Thuli Madonsela, a former public protector, said: "
        "“No platform is above our Constitution.”",
        [("Thuli Madonsela", "No platform is above")],
    ),
    (
        "advocate_en_after",
        "en",
        "“The data of our citizens must stay protected,” said Advocate "
        "Dali Mpofu, who represents the complainants.",
        [("Dali Mpofu", "The data of our")],
    ),
    # --- a colon frame with the speaker first, and a pronoun clause after the quotation
    (
        "frame_en_note",
        "en",
        "Nick Clegg, Meta's president of global affairs, struck a defiant "
        "tone: “We will challenge this decision in every court,” he said.",
        [("Nick Clegg", "We will challenge")],
    ),
    (
        "frame_en_line",
        "en",
        "Julie Inman Grant took a firm line: “The law is not optional for any platform,” she said.",
        [("Julie Inman Grant", "The law is not")],
    ),
    (
        "frame_fr_ton",
        "fr",
        "La ministre Clara Chappaz a haussé le ton : « Les plateformes doivent "
        "retirer ces contenus sans délai », a-t-elle dit.",
        [("Clara Chappaz", "Les plateformes doivent")],
    ),
    (
        "frame_en_defended",
        "en",
        "Sundar Pichai defended the company's record: “We have always "
        "competed on the merits of our products.”",
        [("Sundar Pichai", "We have always")],
    ),
    (
        "frame_en_justified",
        "en",
        "Ashwini Vaishnaw justified the ban: “These apps were a threat "
        "to the security of the state.”",
        [("Ashwini Vaishnaw", "These apps were")],
    ),
    (
        "frame_en_aside",
        "en",
        "Dame Melanie Dawes took a hard line: “Platforms have had long "
        "enough to comply,” she told MPs.",
        [("Melanie Dawes", "Platforms have had")],
    ),
    (
        "frame_fr_justifie",
        "fr",
        "Le ministre Jean-Noël Barrot justifie la mesure : « Les réseaux "
        "sociaux ont attisé les violences. »",
        [("Jean-Noël Barrot", "Les réseaux sociaux")],
    ),
    # --- an employer's name, then a role in lower case, then the person, before a colon frame
    (
        "frame_en_employer",
        "en",
        "Grab Holdings chief executive Anthony Tan struck a defiant "
        "note: “We will keep serving our drivers in every market,” he said.",
        [("Anthony Tan", "We will keep serving")],
    ),
    # --- a pronoun whose person opens a sentence further back, past a sentence of that pronoun
    (
        "chain_fr_il",
        "fr",
        "« Nous ne pouvions pas attendre », a expliqué le président de la "
        "CNDC, Rodrigo Luchinsky. Le président de l'autorité, Ulrich Kelber, a interdit mardi à "
        "Meta de traiter ces données. Il compte saisir le comité européen. "
        "« Ce transfert ne repose "
        "sur aucune base légale », a-t-il affirmé.",
        [("Rodrigo Luchinsky", "Nous ne pouvions"), ("Ulrich Kelber", "Ce transfert ne")],
    ),
    (
        "chain_en_she",
        "en",
        "“We could not wait for the harm to be done,” said Rodrigo "
        "Luchinsky, the head of the CNDC. Commissioner Julie Inman Grant ordered X to remove the "
        "videos on Tuesday. She plans to go to court. “No platform is above Australian law,” she "
        "added.",
        [("Rodrigo Luchinsky", "We could not"), ("Julie Inman Grant", "No platform is")],
    ),
    # --- a role anaphor after the time of the statement, or by a broader title
    (
        "anaphor_fr_time",
        "fr",
        "Le commissaire Didier Reynders a reçu les dirigeants de Meta. "
        "« Les règles européennes ne se négocient pas avec les plateformes », a déclaré ce matin "
        "le commissaire à la justice.",
        [("Didier Reynders", "Les règles européennes")],
    ),
    (
        "anaphor_fr_magistrate",
        "fr",
        "« Aucune plateforme n'échappera à l'examen de la "
        "justice », a déclaré la procureure de Paris, Laure Beccuau. Des perquisitions ont eu lieu "
        "mardi. « Nous irons au bout de cette enquête pénale », a ajouté la magistrate.",
        [("Laure Beccuau", "Aucune plateforme n"), ("Laure Beccuau", "Nous irons au bout")],
    ),
    (
        "anaphor_en_lawmaker",
        "en",
        "“Children are not products for advertisers,” said Senator "
        "Marsha Blackburn. The bill passed the committee on Thursday. “We will not stop here,” the "
        "lawmaker said.",
        [("Marsha Blackburn", "Children are not"), ("Marsha Blackburn", "We will not")],
    ),
    # --- '« ... » : c'est le message de X' points back at the quotation (was an xfail)
    (
        "pointed_fr_message",
        "fr",
        "« Aucune plateforme ne dictera nos lois » : c'est "
        "l'avertissement lancé jeudi par Clara Chappaz aux dirigeants de X.",
        [("Clara Chappaz", "Aucune plateforme ne")],
    ),
    (
        "pointed_en_warning",
        "en",
        "“Comply or face the consequences”: that was the warning from "
        "Henna Virkkunen to the platforms on Monday.",
        [("Henna Virkkunen", "Comply or face")],
    ),
    # --- a family name that is also an organisation word, after a known first name
    (
        "family_en_court",
        "en",
        "“Investors were misled about the risks of these products,” ACCC deputy chair "
        "Catherine Court said on Monday.",
        [("Catherine Court", "Investors were misled")],
    ),
    (
        "family_fr_hill",
        "fr",
        "« Les joueurs ont été trompés sur les chances de gain », a déclaré Jonathan Hill, "
        "avocat des plaignants.",
        [("Jonathan Hill", "Les joueurs ont")],
    ),
    # --- an aside between the verb and the speaker (was an xfail of the snippets)
    (
        "aside_fr_agacee",
        "fr",
        "« Nous ne céderons pas aux pressions », a lâché, visiblement "
        "émue, la ministre Aurore Bergé.",
        [("Aurore Bergé", "Nous ne céderons")],
    ),
    (
        "aside_fr_sourire",
        "fr",
        "« Les règles sont les mêmes pour tous », a répondu, dans un "
        "sourire, le commissaire Thierry Breton.",
        [("Thierry Breton", "Les règles sont")],
    ),
]

# Traps: quotes that are not claims of the named speaker, or that must keep their speaker.
TRAPS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "trap_stamp_plural",
        "fr",
        "15 h 10 – « Enfin une décision claire sur TikTok », ont "
        "soufflé les députés de la majorité.",
        [],
    ),
    (
        "trap_stamp_institution",
        "fr",
        "9 h 30 – « Nous coopérons pleinement avec les autorités », "
        "a déclaré Meta dans un communiqué.",
        [],
    ),
    (
        "trap_dash_fragment",
        "fr",
        "L'amende – la plus lourde jamais prononcée – vise la « "
        "publicité ciblée sans consentement » de Meta, a indiqué Marie-Laure Denis.",
        [],
    ),
    (
        "trap_medium_account",
        "fr",
        "« Le contenu a été retiré de la plateforme », a indiqué sur X "
        "le compte officiel de la plateforme.",
        [],
    ),
    (
        "trap_has_said_law",
        "en",
        "The law known as the “Online Safety Act” has said little about "
        "encryption, Jane Doe, a professor at Oxford, has said.",
        [],
    ),
    (
        "trap_long_role_ministry",
        "fr",
        "« Les plateformes doivent payer leur juste part », a "
        "déclaré le ministère de l'Économie, des Finances et de la Souveraineté, dans un "
        "communiqué.",
        [],
    ),
    (
        "trap_frame_gender",
        "en",
        "Elon Musk struck a defiant tone: “We will fight this in every court,” she said.",
        [],
    ),
    (
        "trap_frame_institution",
        "en",
        "The court defended its ruling: “The law leaves no room for doubt about the duty of care.”",
        [],
    ),
    (
        "trap_title_quoted",
        "en",
        "Jane Doe defended the law known as the “Digital Services Act” at a hearing on Tuesday.",
        [],
    ),
    (
        "trap_document_quote",
        "fr",
        "Le ministre Jean-Noël Barrot a défendu le texte, dont "
        "l'article 4 dispose que « tout hébergeur doit retirer les contenus signalés ».",
        [],
    ),
    (
        "trap_advocate_org",
        "en",
        "“The platforms must answer for this harm,” said Advocacy groups in Pretoria.",
        [],
    ),
    (
        "trap_scare_quotes",
        "fr",
        "Thierry Breton a justifié la « tolérance zéro » envers les "
        "plateformes qui ne retirent pas les contenus.",
        [],
    ),
    (
        "trap_other_speaker_earlier",
        "en",
        "Nick Clegg spoke first. Linda Yaccarino, the chief "
        "executive of X, struck a defiant tone: “We will not be bullied by any regulator,” "
        "she said.",
        [("Linda Yaccarino", "We will not be")],
    ),
    (
        "trap_frame_joint",
        "en",
        "Jane Doe and John Smith struck a defiant tone: “We will fight "
        "this in every court,” she said.",
        [],
    ),
    (
        "trap_chain_gender",
        "fr",
        "« Nous ne pouvions pas attendre », a expliqué le président de "
        "la CNDC, Rodrigo Luchinsky. La présidente de la Cnil, Marie-Laure Denis, a infligé mardi "
        "une amende à Google. Il compte faire appel. « Ce transfert ne repose sur aucune base "
        "légale », a-t-il affirmé.",
        [("Rodrigo Luchinsky", "Nous ne pouvions"), ("Rodrigo Luchinsky", "Ce transfert ne")],
    ),
    (
        "trap_anaphor_two_judges",
        "fr",
        "Le juge Marc Dupont et le procureur Paul Martin ont "
        "présenté le dossier. « Nous irons au bout de cette enquête », a ajouté le magistrat.",
        [],
    ),
    (
        "trap_pointed_title",
        "fr",
        "« Le Grand Manipulateur » : c'est le titre du livre de "
        "Jean Dupont sur les réseaux sociaux.",
        [],
    ),
    (
        "trap_pointed_subject",
        "en",
        "“Move fast and break things”: that was the motto of Mark Zuckerberg for a decade.",
        [],
    ),
    (
        "trap_family_court_institution",
        "en",
        "“The platform misled millions of users,” the Federal Court said on Tuesday.",
        [],
    ),
    (
        "trap_family_post_newspaper",
        "en",
        "“The app shares data with third parties,” Washington Post reported on Monday.",
        [],
    ),
    (
        "trap_medium_org_speaker",
        "fr",
        "« Nous contesterons cette amende », a réagi sur X la société Telegram.",
        [],
    ),
]


def _claims(extractor, reference, article_of, lang: str, text: str) -> list[tuple[str, str]]:
    article = article_of(f"Titre\n\n{text}\n", lang, published=dt.date(2024, 3, 6))
    return [
        (c["speaker"], c["quote"]) for c in to_gold(extractor.extract(article), reference)["claims"]
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expect"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_mechanism_gives_the_claim(extractor, reference, article_of, lang, text, expect) -> None:
    found = _claims(extractor, reference, article_of, lang, text)
    assert [s for s, _ in found] == [s for s, _ in expect]
    for (_, quote), (_, start) in zip(found, expect, strict=True):
        assert quote.startswith(start)


@pytest.mark.parametrize(
    ("lang", "text", "expect"), [c[1:] for c in TRAPS], ids=[c[0] for c in TRAPS]
)
def test_regression_trap_keeps_no_wrong_speaker(
    extractor, reference, article_of, lang, text, expect
) -> None:
    found = _claims(extractor, reference, article_of, lang, text)
    assert [s for s, _ in found] == [s for s, _ in expect]
    for (_, quote), (_, start) in zip(found, expect, strict=True):
        assert quote.startswith(start)


def test_cases_are_many_and_half_french() -> None:
    langs = [c[1] for c in CASES]
    assert len(CASES) >= 30 and len(TRAPS) >= 10
    assert 0.4 <= langs.count("fr") / len(langs) <= 0.6
