"""An agentless step told after the story (issue 3, session 16, told_back.py): "L'enquête avait
été ouverte fin 2019", "The investigation began with ...", "Sommé en mars de ..., X",
"Ordered in 2022 to ..., X" takes the body whose step on the same platform (or, for a definite
noun naming none, whose step and platforms) the article told last, even when the article names
another body elsewhere (its one-authority rule then gives up) and the paragraph names none.
Invented stories: a decision, the company's reaction, the background step in a paragraph of
its own, another body that only comments. Traps: a step still to come, another country's, an
agent named, another body's probe, two bodies' steps before."""

from __future__ import annotations

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

STORIES = [
    ('en', (
        'The CNIL fined Yahoo €10m on Thursday over cookies.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation started with online checks in 2020.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'cnil', 'yahoo')),
    ('fr', (
        "La DGCCRF a infligé une amende de 40 millions d'euros à Shein mercredi.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "Sommé en 2023 de corriger ses prix barrés, Shein n'avait pas réagi.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'dgccrf', 'shein')),
    ('fr', (
        "Le Garante a infligé une amende de 15 millions d'euros à OpenAI vendredi.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        'Sommé en avril 2023 de se mettre en conformité, OpenAI avait suspendu ChatGPT pendant un'
        ' mois.',
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'garante', 'openai')),
    ('fr', (
        "L'AGCM a infligé lundi une amende de 10 millions d'euros à Meta.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait débuté par une inspection au siège romain du groupe.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'agcm', 'meta')),
    ('fr', (
        "L'Arcom a infligé une amende de 1 million d'euros à Pornhub mardi.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "Sommé en mars de vérifier l'âge de ses utilisateurs, Pornhub n'avait rien changé.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'arcom', 'pornhub')),
    ('fr', (
        "La Commission européenne a infligé une amende de 200 millions d'euros à Temu mardi.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "Sommée en 2024 de retirer les produits dangereux, Temu n'avait pas obtempéré.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'european-commission', 'temu')),
    ('fr', (
        "L'ACCC a infligé une amende à Shopee lundi.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        'Sommée en 2023 de corriger ses pratiques, Shopee avait promis des changements.',
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'accc', 'shopee')),
    ('en', (
        'The FTC sued Amazon on Tuesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'Ordered in 2022 to stop the practice, Amazon had made only minor changes.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('order', 'ftc', 'amazon')),
    ('en', (
        'The European Commission fined Apple €500m on Wednesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'Ordered in 2024 to lift its anti-steering rules, Apple had made only minor changes.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('order', 'european-commission', 'apple')),
    ('en', (
        'Ofcom fined 4chan £20,000 on Monday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'Ordered in June to answer its questions, 4chan had ignored the request.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('order', 'ofcom', '4chan')),
    ('fr', (
        "L'Autorité de la concurrence a infligé lundi une amende de 150 millions d'euros à Apple.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte fin 2019, après une plainte d'éditeurs.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'autorite-de-la-concurrence', 'apple')),
    ('en', (
        'The Competition and Markets Authority fined Booking.com £3m on Tuesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation had been opened in late 2021, after complaints from hotels.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'cma', 'booking-com')),
    ('fr', (
        'La CNMC a infligé mardi des amendes à Amazon et à Apple.',
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte en juin 2020, après des plaintes de revendeurs.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'cnmc', 'apple')),
    ('en', (
        'The Japan Fair Trade Commission fined Google and Apple on Monday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation was opened in May 2022, after complaints from app developers.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'jftc', 'apple')),
    ('fr', (
        "Le Garante a infligé vendredi une amende de 5 millions d'euros à Replika.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte à la suite d'articles de presse.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'garante', 'replika')),
    ('en', (
        'The ACCC fined Temu A$2m on Thursday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation was opened after complaints from consumers.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'accc', 'temu')),
    ('fr', (
        "L'AEPD a infligé une amende de 1 million d'euros à Glovo.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte à la suite d'une plainte de coursiers.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'aepd', 'glovo')),
    ('en', (
        'The Korea Fair Trade Commission fined Naver 26.7 billion won on Wednesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation had been launched in early 2022 after complaints from sellers.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'kftc', 'naver')),
    ('fr', (
        "La Commission européenne a infligé une amende de 500 millions d'euros à Apple et à Meta.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        'La procédure avait été ouverte en mars 2024.',
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'european-commission', 'meta')),
    ('fr', (
        "La CNIL a infligé une amende de 2 millions d'euros à Yahoo.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "Sommé en 2022 de revoir ses bannières, Yahoo n'avait rien modifié.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'cnil', 'yahoo')),
    ('en', (
        'The CNIL fined Criteo €40m on Thursday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'Ordered in 2021 to delete the data, Criteo had kept part of it.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('order', 'cnil', 'criteo')),
    ('en', (
        'The Competition Commission of India fined Google $160m on Thursday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'Directed in 2022 to stop the practice, Google had appealed.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('order', 'cci', 'google')),
    ('fr', (
        "L'Autorité coréenne de la concurrence (KFTC) a infligé une amende à Coupang mercredi.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        'Sommé en 2023 de cesser ces pratiques, Coupang avait fait appel.',
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'kftc', 'coupang')),
    ('en', (
        'The Australian Competition and Consumer Commission fined Shopee A$1m on Wednesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'Ordered in 2023 to fix its refund terms, Shopee had changed only the wording.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('order', 'accc', 'shopee')),
    ('fr', (
        'Le Bundeskartellamt a infligé une amende à Amazon mardi.',
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        'Sommé en 2022 de cesser de contrôler les prix, Amazon avait contesté.',
        "La CNIL n'a pas souhaité commenter.",
    ), ('order', 'bundeskartellamt', 'amazon')),
    ('fr', (
        "L'AGCM a infligé une amende de 3 millions d'euros à TikTok.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte début 2023, après la diffusion d'un défi dangereux.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'agcm', 'tiktok')),
    ('en', (
        'The Italian Competition Authority fined Apple and Amazon €200m on Tuesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation had been opened in mid-2019 after complaints from resellers.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'agcm', 'amazon')),
    ('fr', (
        "L'OAIC a ordonné mercredi à Clearview AI de supprimer les images collectées.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte après des articles de presse.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'oaic', 'clearview-ai')),
    ('en', (
        'The CNIL fined Google and Amazon €135m on Thursday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation had been opened after online checks of their websites.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'cnil', 'amazon')),
    ('fr', (
        "Le Garante a infligé une amende de 15 millions d'euros à OpenAI et à Microsoft.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "L'enquête avait été ouverte fin mars, après une fuite de données.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('investigation', 'garante', 'microsoft')),
    ('en', (
        "Brazil's data protection authority ANPD ordered Meta to suspend the processing on "
        'Tuesday.',
        'The company said it would appeal the decision. It called the ruling unfair. Shares fell '
        'by 2% on the news.',
        'The investigation had been opened after complaints from consumer groups.',
        "Germany's Bundeskartellamt declined to comment.",
    ), ('investigation', 'anpd', 'meta')),
    ('fr', (
        "La CNMC a infligé une amende de 6 millions d'euros à Google.",
        "L'entreprise a annoncé qu'elle ferait appel de la décision. Elle juge la sanction "
        'disproportionnée. Son action a reculé de 2 % mardi.',
        "Sommé en 2021 de modifier ses conditions, Google n'avait pas réagi.",
        "Le Bundeskartellamt allemand n'a pas souhaité commenter.",
    ), ('order', 'cnmc', 'google')),
]

# Each must give no factual step of that type by that body (dated in that year, when given).
TRAPS = [
    ('en', 'The CNIL fined Google €150m on Thursday. The investigation is expected to conclude '
           'next year.',
     ('investigation', 'cnil')),
    ('en', 'The CNIL fined Google €150m on Thursday. A fine was imposed in Germany in 2019.',
     ('fine', 'cnil', '2019')),
    ('en', 'The ICO fined TikTok £12.7m on Tuesday. TikTok was sent a questionnaire by its '
           'auditors in 2022.',
     ('request_for_information', 'ico')),
    ('fr', "L'Arcom a mis en demeure Pornhub mardi. Une enquête a été ouverte en Allemagne en "
           '2022.',
     ('investigation', 'arcom')),
    ('en', 'The CMA fined Meta £50m on Monday. The investigation by the European Commission was '
           'opened in 2021.',
     ('investigation', 'cma')),
    ('fr', "La CNIL a sanctionné Google jeudi. L'enquête de la Commission européenne avait été "
           'ouverte en 2021.',
     ('investigation', 'cnil')),
    ('en', 'The FTC sued Amazon on Tuesday. Amazon opened an internal investigation in 2022.',
     ('investigation', 'ftc')),
    ('fr', "Le Garante a infligé une amende à OpenAI vendredi. L'enquête avait été ouverte en "
           '2022 par le parquet de Rome.',
     ('investigation', 'garante')),
    ('en', 'The CNIL fined Amazon €35m on Monday. An earlier investigation had been opened in the'
           ' United States in 2019.',
     ('investigation', 'cnil')),
    ('en', 'The CMA fined Meta £50m, and the FTC sued Google on Monday. The investigation had '
           'been opened in 2021.',
     ('investigation', 'cma')),
    ('en', 'The CMA fined Meta £50m, and the FTC sued Google on Monday. The investigation had '
           'been opened in 2021.',
     ('investigation', 'ftc')),
    ('fr', "La CNIL a sanctionné Criteo jeudi. L'enquête pourrait être rouverte l'an prochain.",
     ('investigation', 'cnil')),
    ('en', "The ICO fined TikTok £12.7m. TikTok had been sent a complaint by a parents' group in "
           '2021.',
     ('lawsuit', 'ico')),
    ('fr', 'La CNIL a sanctionné Google jeudi. En Allemagne, une amende avait été infligée en '
           '2019.',
     ('fine', 'cnil', '2019')),
    ('en', 'The Bundeskartellamt fined Meta on Monday. In Italy, the company had been fined €7m '
           'in 2021.',
     ('fine', 'bundeskartellamt', '2021')),
]

# Wrong facts before this round (background_openings, the lexicon's one authority).
REGRESSIONS = [t for t in TRAPS if any(s in t[1] for s in (
    'TikTok was sent a questionnaire',
    'Une enquête a été ouverte en A',
    'par le parquet de Rome',
))]


def _last(key: object) -> object:
    return key.split("/")[-1] if isinstance(key, str) else key


@pytest.mark.parametrize(("language", "paragraphs", "expected"), STORIES)
def test_agentless_background_step_is_the_story_body_s(steps_in, language, paragraphs,
                                                       expected):
    kind, actor, target = expected
    found = steps_in("Headline\n\n" + "\n\n".join(paragraphs), language)
    assert any(k == kind and _last(a) == actor and target in {_last(t) for t in ts}
               for k, a, ts in found), found


def _forbidden_found(extractor, article_of, language: str, text: str,
                     forbidden: tuple[str, ...]) -> list[tuple[str, object, str]]:
    article = article_of("Headline\n\n" + text, language, None, "Headline")
    kind, actor, *year = forbidden
    return [(a.type, _last(a.actor), a.date.iso() if a.date else "")
            for a in extractor.extract(article).actions if a.status in FACTUAL_STATUSES
            and a.type == kind and _last(a.actor) == actor
            and (a.date.iso() if a.date else "").startswith(tuple(year) or "")]


@pytest.mark.parametrize(("language", "text", "forbidden"),
                         [t for t in TRAPS if t not in REGRESSIONS])
def test_agentless_step_of_another_body_country_or_time_is_not_the_story_s(
        extractor, article_of, language, text, forbidden):
    assert not _forbidden_found(extractor, article_of, language, text, forbidden)


@pytest.mark.parametrize(("language", "text", "forbidden"), REGRESSIONS)
def test_regression_background_probe_with_an_agent_or_abroad_is_not_the_body_s(
        extractor, article_of, language, text, forbidden):
    """"was sent a questionnaire by its auditors", "ouverte en Allemagne", "ouverte en 2022
    par le parquet de Rome": given to the article's body before this round."""
    assert not _forbidden_found(extractor, article_of, language, text, forbidden)
