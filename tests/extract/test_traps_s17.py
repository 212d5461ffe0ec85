"""Traps of session 17: negation and modality the issue names (issue 3, point 4: "never
states as fact what the text only threatens or reports as possible").

- A negative quantifier as the subject denies the step: "Nothing in the decision restricts
  access to X", "None of the measures blocks X", "Rien dans la décision ne restreint",
  "Personne à la CNIL n'a ordonné" (fog 1099 shows the class; issue 3, point 4).
- A body's own earlier step suspended, lifted or annulled is no step: the house conventions
  annotate no lifting ("a suspendu ce lundi sa propre décision de bloquer", fog 1105).
- The conduct a reproach or accusation names is the company's, not the body's step
  ("a reproché à l'entreprise d'avertir", mist 1089).
- A platform named after a comma only as "in the sights" is no target ("interdit la vente sur
  les réseaux sociaux, TikTok Shop dans le viseur", fog 1109).
- A regulation or law that forbids a whole class is legislation, never an order or block on a
  platform (fog 1109, guideline 4).
Invented sentences only. Traps must give no action; kept steps must stay found.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def rows(extractor, article_of, reference):
    """rows(body, language) -> sorted (type, jurisdiction, target) of the gold actions of an
    article published on Wednesday 12 March 2025."""

    def run(body: str, language: str) -> list[tuple[object, ...]]:
        article = article_of(f"Headline\n\n{body}\n", language, PUBLISHED, "Headline")
        gold = to_gold(extractor.extract(article), reference)
        return sorted(((a["type"], a["jurisdiction"], a["target"])
                       for a in gold["actions"]), key=str)

    return run


NEGATIVE_QUANTIFIER_SUBJECT = [
    ("Nothing in Tuesday's decision by Ofcom restricts access to Telegram.", "en"),
    ("None of the measures adopted by the European Commission on Monday blocks TikTok.", "en"),
    ("Nobody at the ACCC has fined Google over the matter.", "en"),
    ("Nothing in the ruling of the Federal Court restricts access to Temu.", "en"),
    ("None of the steps the CMA announced on Tuesday blocks Snapchat.", "en"),
    ("Nobody at the Federal Trade Commission fined Amazon over the checkout.", "en"),
    ("Nothing in the order of eSafety Commissioner blocks X in Australia.", "en"),
    ("The regulator said that nothing in its decision restricts access to Shein.", "en"),
    ("Rien dans la décision rendue mardi par l'Arcom ne restreint l'accès à Telegram.", "fr"),
    ("Personne à la CNIL n'a ordonné à Google de supprimer ces données.", "fr"),
    ("Rien dans l'ordonnance du tribunal judiciaire de Paris ne bloque Temu.", "fr"),
    ("Personne à l'Autorité de la concurrence n'a infligé d'amende à Apple.", "fr"),
    ("Nul à la CNIL n'a mis en demeure Doctolib.", "fr"),
    ("L'Arcom a précisé que rien dans sa décision ne bloque Shein.", "fr"),
    ("No: nothing in Tuesday's decision by the CMA restricts access to Temu, and no one at the "
     "authority has suggested it.", "en"),
    ("Non : rien dans la décision de la CNIL ne restreint l'accès à Shein.", "fr"),
]

OWN_STEP_LIFTED = [
    ("On Monday the Turkish regulator BTK suspended its own order to block Instagram.", "en"),
    ("On Monday the Supreme Court of Brazil suspended its own decision to block X.", "en"),
    ("The Supreme Court of Brazil on Tuesday reversed its earlier decision to block X.", "en"),
    ("The Federal Court overturned on Tuesday its own order blocking Telegram.", "en"),
    ("Le tribunal de Lagos a suspendu ce lundi sa propre décision de bloquer Telegram.", "fr"),
    ("L'Audiencia Nacional a annulé mardi son ordonnance de bloquer Telegram.", "fr"),
    ("La Cour suprême du Brésil a suspendu mardi sa décision de bloquer X.", "fr"),
    ("Le tribunal judiciaire de Paris a levé mardi sa propre ordonnance de bloquer Shein.", "fr"),
]

REPROACHED_CONDUCT = [
    ("La CNIL a reproché lundi à la société d'avertir les titulaires d'un compte Gmail trop tard.",
     "fr"),
    ("L'AGCM reproche à Amazon de bloquer les vendeurs tiers.", "fr"),
    ("L'Autorité de la concurrence lui reproche d'avoir bloqué des revendeurs d'Apple.", "fr"),
    ("La CNIL accuse Yahoo d'avoir averti ses clients trop tard.", "fr"),
    ("The FTC accused Amazon of blocking sellers from offering lower prices.", "en"),
    ("The ICO accused TikTok of warning children too late.", "en"),
    ("The ACCC blamed Google for blocking rival apps.", "en"),
    ("Ofcom criticised Telegram for warning users of the outage too late.", "en"),
]


ONLY_IN_THE_SIGHTS = [
    ("Le gouvernement indonésien interdit la vente en ligne, TikTok Shop dans le viseur", "fr"),
    ("Le Brésil interdit les paris en ligne, Meta dans le viseur", "fr"),
    ("La Turquie restreint les paiements en cryptomonnaies, Binance sur la sellette", "fr"),
    ("L'Inde interdit les jeux d'argent en ligne, Dream11 dans le collimateur", "fr"),
    ("The Indian government bans online betting, Google in the spotlight", "en"),
    ("Brussels bans political ads, X under fire", "en"),
    ("Australia bans social media for under-16s, Snapchat in the crosshairs", "en"),
    ("Nigeria restricts crypto trading, Binance in the firing line", "en"),
]

CLASS_FORBIDDEN_BY_A_TEXT = [
    ("Le ministre indonésien du Commerce a signé lundi un règlement qui interdit aux réseaux "
     "sociaux de servir de plateforme de paiement.", "fr"),
    ("Le gouvernement malaisien a adopté mardi un décret qui interdit aux plateformes comme "
     "TikTok de vendre des produits importés.", "fr"),
    ("Indonesia's trade minister signed a regulation on Monday that bans social media "
     "platforms from processing payments.", "en"),
    ("The governor signed a law on Monday that bars TikTok from operating in Montana.", "en"),
    ("Le ministère du Commerce indonésien a signé lundi un règlement, le n° 31 de 2023, qui "
     "interdit aux réseaux sociaux de servir de plateforme de paiement.", "fr"),
    ("Le gouvernement malaisien a adopté mardi un décret, le n° 12, qui interdit à TikTok de "
     "vendre des produits importés.", "fr"),
    ("The governor signed a decree, No. 12, which bars TikTok from operating in Montana.", "en"),
]


@pytest.mark.parametrize(("body", "language"), ONLY_IN_THE_SIGHTS)
def test_regression_platform_only_in_the_sights_is_no_target(rows, body, language):
    assert rows(body, language) == []


@pytest.mark.parametrize(("body", "language"), CLASS_FORBIDDEN_BY_A_TEXT)
def test_text_forbidding_a_class_is_no_order_or_block(rows, body, language):
    assert not [r for r in rows(body, language) if r[0] in ("order", "block")]


@pytest.mark.parametrize(("body", "language"), NEGATIVE_QUANTIFIER_SUBJECT)
def test_regression_negative_quantifier_subject_denies_the_step(rows, body, language):
    assert rows(body, language) == []


@pytest.mark.parametrize(("body", "language"), OWN_STEP_LIFTED)
def test_regression_own_step_lifted_is_no_step(rows, body, language):
    assert rows(body, language) == []


@pytest.mark.parametrize(("body", "language"), REPROACHED_CONDUCT)
def test_reproached_conduct_is_no_step_of_the_body(rows, body, language):
    assert rows(body, language) == []


# --- the right steps beside the traps stay found -------------------------------------------
KEPT_STEPS = [
    ("Ofcom fined Snapchat on Monday, saying nothing had changed.", "en",
     ("fine", "GB", "Snapchat")),
    ("After nothing changed, Ofcom fined Snapchat on Monday.", "en",
     ("fine", "GB", "Snapchat")),
    ("The Supreme Court of Brazil on Monday ordered the suspension of X.", "en",
     ("block", "BR", "X")),
    ("The Federal Trade Commission fined Amazon on Monday; nobody at Amazon commented.", "en",
     ("fine", "US", "Amazon")),
    ("The CMA opened an investigation into Google on Monday although none of its rivals "
     "had complained.", "en", ("investigation", "GB", "Google")),
    ("The ACCC fined Google for blocking rival apps on Monday.", "en",
     ("fine", "AU", "Google")),
    ("The European Commission on Monday opened proceedings against TikTok, none too soon.",
     "en", ("investigation", "EU", "TikTok")),
    ("L'Arcom a suspendu lundi Telegram pour une durée de trois mois.", "fr",
     ("block", "FR", "Telegram")),
    ("L'Arcom a bloqué Telegram lundi alors que rien n'avait changé.", "fr",
     ("block", "FR", "Telegram")),
    ("La CNIL a infligé lundi une amende à Google ; personne chez Google n'a réagi.", "fr",
     ("fine", "FR", "Google")),
    ("La CNIL a reproché à Google ses manquements et lui a infligé lundi une amende.", "fr",
     ("fine", "FR", "Google")),
    ("La personne chargée du dossier à l'Arcom a ordonné lundi le blocage de Telegram.", "fr",
     ("block", "FR", "Telegram")),
    ("L'Autorité de la concurrence a infligé lundi une amende à Apple pour avoir bloqué "
     "des revendeurs.", "fr", ("fine", "FR", "Apple")),
    ("Comme rien n'avait changé, l'Arcom a mis en demeure Telegram lundi.", "fr",
     ("order", "FR", "Telegram")),
    ("L'Arcom bloque Telegram, dans le viseur depuis des mois", "fr",
     ("block", "FR", "Telegram")),
    ("Ofcom fines Snapchat, under fire for weeks", "en", ("fine", "GB", "Snapchat")),
    ("Ofcom fined Snapchat on Monday: nothing had changed since its warning.", "en",
     ("fine", "GB", "Snapchat")),
    ("L'Arcom a bloqué lundi Telegram, la messagerie qui refusait de coopérer.", "fr",
     ("block", "FR", "Telegram")),
    ("La CNIL a ouvert lundi une enquête sur Doctolib, sans que personne ne s'y attende.", "fr",
     ("investigation", "FR", "Doctolib")),
]


@pytest.mark.parametrize(("body", "language", "step"), KEPT_STEPS)
def test_right_step_beside_a_trap_stays_found(rows, body, language, step):
    assert step in rows(body, language)


# The quantifier denies its own clause only: a step in a clause of its own after it stands
# (lead's review of the traps round: both were lost).
@pytest.mark.parametrize(("body", "language", "step"), [
    ("Nobody was surprised when the Commission fined Apple €1.8 billion on Monday.", "en",
     ("fine", "EU", "Apple")),
    ("Nothing changed after the CNIL fined Google €150 million on Monday.", "en",
     ("fine", "FR", "Google")),
    ("Personne ne s'attendait à ce que la CNIL inflige lundi une amende de 50 millions d'euros "
     "à Google.", "fr", ("fine", "FR", "Google")),
    ("Rien n'a changé depuis que l'Arcom a mis en demeure X lundi.", "fr",
     ("order", "FR", "X")),
])
def test_regression_a_negative_quantifier_leaves_a_step_of_another_clause(
        rows, body, language, step):
    assert step in rows(body, language)
