"""Which of several companies a step hits (issue 3, session 11, target choice): a sentence
names the company the step is aimed at and others that complained, rivals that welcomed it,
parents, or companies the target is compared with ("un forum souvent comparé à Reddit"); or it
names the target only in the sentence before and refers to it by a pronoun ("opened proceedings
against it", "une procédure à son encontre") while another company comes in passing. Only the
company the step is addressed to is its target (guideline 4: "steps by public authorities aimed
at a platform"); the others get no action. The traps name several companies and state no step
of an authority (complaints, calls by companies, denials, could/may, statutory maxima, appeals,
court rulings on a company's challenge): they must stay empty. Invented sentences, written
before the rules were read; the positive cases each failed before the fix."""

from __future__ import annotations

import pytest

EC = "European Commission"
ICA = "Italian Competition Authority"
FTC = "Federal Trade Commission"


def _one(kind: str, actor: str, *targets: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(kind, actor, (target,)) for target in targets}


# A semicolon opens a new clause: its subject is no target ("; Temu was spared").
AFTER_A_SEMICOLON = [
    ("en", "The Federal Trade Commission sued Amazon on Tuesday; Walmart and Etsy, which "
     "compete with Amazon, declined to comment.", _one("lawsuit", FTC, "Amazon")),
    ("en", "The Dutch Data Protection Authority fined Uber €290 million on Monday; Lyft was "
     "not involved.", _one("fine", "Dutch Data Protection Authority", "Uber")),
    ("en", "The CNIL fined Shein €150 million on Monday; Temu was spared.",
     _one("fine", "CNIL", "Shein")),
    ("en", "The European Commission fined Apple on Monday; Spotify, which complained, hailed "
     "the decision.", _one("fine", EC, "Apple")),
    ("en", "The Irish Data Protection Commission fined TikTok €530 million on Friday; "
     "ByteDance, its parent, said it would appeal.",
     _one("fine", "Data Protection Commission", "TikTok")),
    ("fr", "La CNIL a infligé lundi une amende de 150 millions d'euros à Shein ; Temu n'est "
     "pas concerné.", _one("fine", "CNIL", "Shein")),
    ("fr", "Le gendarme italien de la concurrence a infligé jeudi une amende de 1,13 milliard "
     "d'euros à Amazon ; eBay, qui avait porté plainte, a salué la décision.",
     _one("fine", ICA, "Amazon")),
    ("fr", "La Commission européenne a ouvert mardi une procédure contre Meta ; Spotify s'en "
     "est félicité.", _one("investigation", EC, "Meta")),
]

# An apposition on the step ("a decision X welcomed", "une victoire pour Meta") names who
# received it, not more targets.
RECEPTION_APPOSED = [
    ("en", "Italy's antitrust watchdog fined Amazon €1.13 billion on Thursday, a move eBay and "
     "other rivals welcomed.", _one("fine", ICA, "Amazon")),
    ("en", "Amazon has faced scrutiny for years. Italy's antitrust watchdog fined it €1.13 "
     "billion on Thursday, a decision eBay and other rivals welcomed.",
     _one("fine", ICA, "Amazon")),
    ("en", "The Competition and Markets Authority fined Ticketmaster £2 million on Tuesday, a "
     "victory for Viagogo and other resale sites.",
     _one("fine", "Competition and Markets Authority", "Ticketmaster")),
    ("fr", "La CNIL a infligé jeudi une amende de 40 millions d'euros à Criteo, une décision "
     "historique, Google et Meta étant régulièrement cités.", _one("fine", "CNIL", "Criteo")),
    ("fr", "L'Autorité de la concurrence a infligé mardi une amende de 150 millions d'euros à "
     "Apple, une sanction saluée mardi soir chez Meta et Criteo.",
     _one("fine", "French Competition Authority", "Apple")),
    ("fr", "La CNIL a infligé jeudi une amende de 50 millions d'euros à Google, une mesure "
     "réclamée de longue date, Qwant en tête.", _one("fine", "CNIL", "Google")),
]

# A description comparing the target with another company: the other is no target.
COMPARED_IN_A_DESCRIPTION = [
    ("fr", "L'Ofcom a ouvert mardi une enquête sur 4chan, un forum souvent comparé à Reddit.",
     _one("investigation", "Ofcom", "4chan")),
    ("fr", "La Commission européenne a ouvert jeudi une procédure contre Temu, un site souvent "
     "comparé à Shein.", _one("investigation", EC, "Temu")),
    ("fr", "L'Arcom a mis en demeure jeudi Kick.com, une plateforme semblable à Twitch.",
     _one("order", "Arcom", "Kick.com")),
]

# The target named in the sentence before, referred to by a pronoun object of the step; a
# company named in passing after it is no target.
PRONOUN_OBJECTS = [
    ("en", "TikTok is under pressure in Europe. The European Commission on Tuesday opened "
     "proceedings against it.", _one("investigation", EC, "TikTok")),
    ("en", "TikTok is under pressure in Europe. On Tuesday the European Commission opened an "
     "investigation into it.", _one("investigation", EC, "TikTok")),
    ("en", "Kick.com hosted the stream. The Paris prosecutor's office opened an investigation "
     "into it on Wednesday.", _one("investigation", "Paris prosecutor's office", "Kick.com")),
    ("fr", "TikTok est dans le viseur de Bruxelles. La Commission européenne a ouvert mardi une "
     "procédure à son encontre, quelques semaines après X.",
     _one("investigation", EC, "TikTok")),
    ("fr", "Telegram ignore les demandes de l'Ofcom. Le régulateur a ouvert lundi une enquête à "
     "son encontre, comme pour Discord.", _one("investigation", "Ofcom", "Telegram")),
    ("fr", "Kick.com a diffusé la vidéo. Le parquet de Paris a ouvert mercredi une enquête "
     "contre elle, après un signalement de Twitch.",
     _one("investigation", "Paris prosecutor's office", "Kick.com")),
]

# A company with a verb of its own after the step's noun is a subject, not a target: "Visée
# par une enquête ouverte lundi, Apple a dénoncé une plainte de Spotify".
SUBJECT_WITH_ITS_OWN_VERB = [
    ("en", "Hit with an EU investigation on Monday, Apple blamed Spotify.",
     _one("investigation", EC, "Apple")),
    ("en", "Targeted by a European Commission investigation opened on Monday, Meta accused "
     "Spotify of lobbying.", _one("investigation", EC, "Meta")),
    ("en", "Facing a European Commission investigation opened on Monday, Apple said Spotify had "
     "lobbied for it.", _one("investigation", EC, "Apple")),
    ("fr", "Visée par une enquête de la Commission européenne ouverte lundi, Apple a dénoncé une "
     "plainte de Spotify.", _one("investigation", EC, "Apple")),
    ("fr", "Ciblée par une enquête de l'Ofcom ouverte lundi, Telegram a accusé WhatsApp de "
     "l'avoir dénoncée.", _one("investigation", "Ofcom", "Telegram")),
    ("fr", "Sous le coup d'une enquête de la Commission européenne ouverte lundi, Meta a mis en "
     "cause Spotify.", _one("investigation", EC, "Meta")),
]

# The companies the target joins on a list of those already subject to such steps.
JOINED_ON_A_LIST = [
    ("en", "The European Commission opened proceedings against Temu on Thursday, joining "
     "AliExpress and Shein on the list of marketplaces under investigation.",
     _one("investigation", EC, "Temu")),
    ("en", "The European Commission designated Booking as a gatekeeper on Monday, joining "
     "Alphabet and Meta.", set()),
    ("fr", "La Commission européenne a ouvert jeudi une procédure contre Temu, rejoignant "
     "AliExpress et Shein parmi les places de marché visées.",
     _one("investigation", EC, "Temu")),
    ("fr", "La Commission européenne a ouvert jeudi une enquête visant Temu, la plateforme "
     "rejoignant AliExpress et Shein parmi les places de marché visées.",
     _one("investigation", EC, "Temu")),
]

# The grounds a body cites name companies only in passing ("citing data shared with Spotify").
CITED_GROUNDS = [
    ("en", "Meta has been under scrutiny since the Cambridge Analytica scandal. On Monday the "
     "Federal Trade Commission sued it, citing data shared with Spotify and Netflix.",
     _one("lawsuit", FTC, "Meta")),
    ("en", "The Federal Trade Commission sued Meta on Monday, citing data shared with Spotify "
     "and Netflix.", _one("lawsuit", FTC, "Meta")),
    ("fr", "Meta est sous pression. La Commission européenne a ouvert lundi une enquête à son "
     "encontre, citant des données partagées avec Spotify et Netflix.",
     _one("investigation", EC, "Meta")),
    ("fr", "Le procureur général du Texas a poursuivi lundi Meta, invoquant des données "
     "partagées avec Spotify.", _one("lawsuit", "Texas Attorney General", "Meta")),
]

# The conduct a step punishes is the company's: its victims get no block.
CONDUCT_PUNISHED = [
    ("en", "The European Commission fined Apple €500 million on Monday for blocking app "
     "developers such as Spotify and Epic Games from steering users to cheaper offers.",
     _one("fine", EC, "Apple")),
    ("en", "The Korea Fair Trade Commission fined Google on Thursday for banning game "
     "developers from launching on One Store.",
     _one("fine", "Korea Fair Trade Commission", "Google")),
    ("fr", "La Commission européenne a infligé lundi une amende de 500 millions d'euros à Apple "
     "pour avoir bloqué Spotify.", _one("fine", EC, "Apple")),
]

# Guards of the new stops: the targets before them stay, a body whose name holds "and" acts.
TARGETS_BEFORE_THE_STOPS = [
    ("en", "The European Commission fined Apple, Meta and Google on Monday; Apple said it "
     "would appeal.", _one("fine", EC, "Apple", "Meta", "Google")),
    ("en", "The CNIL fined Google and Shein on Wednesday, a decision consumer groups welcomed.",
     _one("fine", "CNIL", "Google", "Shein")),
    ("fr", "La Commission européenne a infligé lundi des amendes à Apple, Meta et Google ; "
     "Apple a annoncé faire appel.", _one("fine", EC, "Apple", "Meta", "Google")),
    ("en", "The CNIL fined Google and Shein on Wednesday.",
     _one("fine", "CNIL", "Google", "Shein")),
    ("fr", "La CNIL a infligé mercredi des amendes à Google et à Shein.",
     _one("fine", "CNIL", "Google", "Shein")),
    ("en", "Ofcom fined 4chan and Kick.com on Monday; both have said they would appeal.",
     _one("fine", "Ofcom", "4chan", "Kick.com")),
    ("en", "Ofcom fined 4chan £20,000 on Monday for failing to respond and ordered internet "
     "providers to block the site.",
     _one("fine", "Ofcom", "4chan") | _one("block", "Ofcom", "4chan")),
    ("fr", "L'Arcom a bloqué lundi le site Kick.com.", _one("block", "Arcom", "Kick.com")),
    ("en", "The Australian Competition and Consumer Commission sued Google on Tuesday.",
     _one("lawsuit", "Australian Competition and Consumer Commission", "Google")),
]

# (language, text): several companies, no step of an authority.
TRAPS = [
    ("en", "Spotify filed a complaint against Apple with the European Commission on Monday."),
    ("en", "Epic Games asked the Australian Competition and Consumer Commission on Tuesday to "
     "investigate Google and Apple."),
    ("en", "Microsoft urged the Competition and Markets Authority on Monday to open an "
     "investigation into Google's search deals with Apple."),
    ("en", "Google said on Thursday it would appeal to the Court of Justice of the European "
     "Union, arguing that Microsoft and Apple faced no similar scrutiny."),
    ("en", "The European Commission could fine Apple up to 10% of its turnover if it keeps "
     "blocking Spotify's in-app offers, officials said on Monday."),
    ("en", "The Competition and Markets Authority may open an investigation into Microsoft's "
     "partnership with OpenAI, people familiar with the matter said on Friday."),
    ("en", "Meta denied on Tuesday that the Irish Data Protection Commission had opened an "
     "investigation into WhatsApp."),
    ("en", "Amazon said on Monday that it had no plans to follow Google in settling with the "
     "Federal Trade Commission."),
    ("en", "The General Court of the European Union on Wednesday upheld Google's challenge to "
     "a €1.49 billion fine, in a case first brought by Microsoft."),
    ("en", "Qwant, Ecosia and DuckDuckGo called on the European Commission on Thursday to "
     "investigate Google's choice screen."),
    ("en", "Ofcom is planning to open an investigation into Telegram, a spokesperson said on "
     "Tuesday, after campaigners compared it with X."),
    ("en", "Under the Digital Markets Act, the European Commission can fine gatekeepers such as "
     "Apple and Meta up to 10% of their global turnover."),
    ("en", "TikTok, which is owned by ByteDance, said on Friday that it would challenge any "
     "fine from the Irish Data Protection Commission."),
    ("en", "X and Meta have lobbied the European Commission for months against new "
     "investigations, Reuters reported on Monday."),
    ("en", "Apple and Epic Games both said on Wednesday they would comply with the ruling of "
     "the US Supreme Court."),
    ("fr", "Spotify a déposé plainte lundi contre Apple auprès de la Commission européenne."),
    ("fr", "Qwant a saisi mardi l'Autorité de la concurrence d'une plainte contre Microsoft."),
    ("fr", "Epic Games a demandé jeudi à la Commission européenne d'ouvrir une enquête sur "
     "Apple et Google."),
    ("fr", "La Commission européenne pourrait infliger à Apple une amende pouvant atteindre "
     "10 % de son chiffre d'affaires mondial si Spotify obtient gain de cause."),
    ("fr", "Meta a démenti mardi que la CNIL ait ouvert une enquête sur WhatsApp."),
    ("fr", "Google a annoncé lundi qu'il ferait appel, estimant que Microsoft bénéficiait d'un "
     "traitement plus favorable de la part de la Commission européenne."),
    ("fr", "Le Tribunal de l'Union européenne a donné raison mercredi à Google, qui contestait "
     "une décision de la Commission européenne, dans une affaire suivie de près par "
     "Microsoft."),
    ("fr", "L'Autorité de la concurrence envisage d'ouvrir une enquête sur Amazon, a indiqué "
     "mardi une source proche du dossier, après les plaintes de Microsoft."),
    ("fr", "En vertu du DMA, la Commission européenne peut infliger à des contrôleurs d'accès "
     "comme Apple ou Meta des amendes allant jusqu'à 10 % de leur chiffre d'affaires."),
    ("fr", "TikTok, propriété de ByteDance, a indiqué vendredi qu'il contesterait toute "
     "sanction de la Commission irlandaise de protection des données."),
    ("fr", "Des associations et Qwant ont appelé jeudi la Commission européenne à sanctionner "
     "Google."),
    ("fr", "Amazon a affirmé lundi n'avoir jamais été visé par une enquête de l'Autorité de la "
     "concurrence, contrairement à Google."),
    ("fr", "La CNIL devrait prochainement sanctionner Shein, selon des informations publiées "
     "mardi par Le Monde, qui cite aussi Temu."),
    ("fr", "Le ministère américain de la Justice pourrait demander la cession de Chrome par "
     "Google, a rapporté lundi Bloomberg, citant OpenAI parmi les acheteurs potentiels."),
]



def _ids(cases: list[tuple[str, str, object]]) -> list[str]:
    return [f"{case[0]}-{case[1][:45]}" for case in cases]


@pytest.mark.parametrize(("language", "text", "expected"), AFTER_A_SEMICOLON,
                         ids=_ids(AFTER_A_SEMICOLON))
def test_regression_the_subject_of_a_clause_after_a_semicolon_is_no_target(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), RECEPTION_APPOSED,
                         ids=_ids(RECEPTION_APPOSED))
def test_regression_who_welcomed_an_apposed_decision_is_no_target(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), COMPARED_IN_A_DESCRIPTION,
                         ids=_ids(COMPARED_IN_A_DESCRIPTION))
def test_regression_the_company_a_description_compares_with_is_no_target(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), PRONOUN_OBJECTS,
                         ids=_ids(PRONOUN_OBJECTS))
def test_a_pronoun_object_of_the_step_is_the_company_named_before(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), SUBJECT_WITH_ITS_OWN_VERB,
                         ids=_ids(SUBJECT_WITH_ITS_OWN_VERB))
def test_regression_a_company_with_a_verb_of_its_own_is_no_target(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), JOINED_ON_A_LIST,
                         ids=_ids(JOINED_ON_A_LIST))
def test_regression_the_companies_a_target_joins_are_no_targets(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CITED_GROUNDS,
                         ids=_ids(CITED_GROUNDS))
def test_regression_companies_of_the_grounds_cited_are_no_targets(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CONDUCT_PUNISHED,
                         ids=_ids(CONDUCT_PUNISHED))
def test_regression_the_conduct_a_fine_punishes_is_no_block(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), TARGETS_BEFORE_THE_STOPS,
                         ids=_ids(TARGETS_BEFORE_THE_STOPS))
def test_targets_before_a_semicolon_or_an_apposed_decision_stay(
        labelled, language: str, text: str, expected) -> None:
    assert labelled("Update\n\n" + text, language) == expected


@pytest.mark.parametrize(("language", "text"), TRAPS,
                         ids=[f"{lang}-{text[:45]}" for lang, text in TRAPS])
def test_companies_named_without_a_step_get_no_action(labelled, language: str,
                                                      text: str) -> None:
    """The call of "Epic Games asked the Australian Competition and Consumer Commission on
    Tuesday to investigate Google" had given the body two probes: the body's long name ran
    past the cue's reach, and its "and" was read as a new clause."""
    assert labelled("Update\n\n" + text, language) == set()
