"""Orders, their stated consequences and blocks told in other words (issue 3, session 12:
the CUE and TYPE rows about directives in the dev sets' error analyses).

An order is a directive in any voice and tense: "told/required X to <measure>" (a divestment or
an opening-up is a measure), "imposed requirements/restrictions on X", "an interim measure",
"X s'est par ailleurs vu enjoindre de", "a exigé en septembre que X s'inscrive", "a annoncé que X
devront verser", "a interdit à X d'imposer des clauses" (a conduct banned: an order, not a
block; cut off from operating stays a block). The consequence an order states without a sum
("under penalty of suspension", "failing which it will be blocked", "sous peine de", "faute de
quoi") is a warning beside it (guideline 4). Providers told to cut access to a platform, "a
shutdown of X", are the body's block of it. Opening a procedure for interim measures is an
investigation. Invented sentences, none from the dev sets; traps after: a law's duties, a body's
own plans, calls by lawmakers, modal statements, "interdit par l'article 102", a bare passive
"had been warned", a company's own talk of suspension."""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

CASES: list[Case] = [
    ('On 12 March 2023 the Competition and Markets Authority told Microsoft to divest its '
     'cloud gaming rights.', 'en',
     [('order', 'authority/cma', 'GB', ('organisation/microsoft',))]),
    ('The Netherlands Authority for Consumers and Markets told Apple to let app developers '
     'use outside payment links.', 'en',
     [('order', 'authority/acm', 'NL', ('organisation/apple',))]),
    ('The Japan Fair Trade Commission on Tuesday told Google to give up its default search '
     'deals.', 'en',
     [('order', 'authority/jftc', 'JP', ('organisation/google',))]),
    ('The Competition Commission of India required Google to let users choose their default '
     'search engine.', 'en',
     [('order', 'authority/cci', 'IN', ('organisation/google',))]),
    ('The Federal Cartel Office required Amazon to divest its logistics arm.', 'en',
     [('order', 'authority/bundeskartellamt', 'DE', ('organisation/amazon',))]),
    ('The Financial Conduct Authority imposed requirements on Coinbase on 4 April 2024.', 'en',
     [('order', 'authority/fca', 'GB', ('organisation/coinbase',))]),
    ('On 8 May 2023 the Australian Securities and Investments Commission imposed conditions '
     'on Binance Australia.', 'en',
     [('order', 'authority/asic', 'AU', ('organisation/binance',))]),
    ('The Italian Competition Authority imposed an interim measure on Meta on 12 July 2024.', 'en',
     [('order', 'authority/agcm', 'IT', ('organisation/meta',))]),
    ('The Turkish Competition Authority imposed a precautionary measure on Google in May '
     '2024.', 'en',
     [('order', 'authority/turkish-competition-authority', 'TR', ('organisation/google',))]),
    ("On 30 August 2024 Brazil's Supreme Federal Court gave X 24 hours to name a legal "
     'representative, on pain of suspension.', 'en',
     [('order', 'authority/brazil-supreme-court', 'BR', ('service/x',)),
      ('warning', 'authority/brazil-supreme-court', 'BR', ('service/x',))]),
    ('On 2 May 2024 Roskomnadzor ordered Telegram to delete the channels, failing which the '
     'service would be blocked.', 'en',
     [('order', 'authority/roskomnadzor', 'RU', ('service/telegram',)),
      ('warning', 'authority/roskomnadzor', 'RU', ('service/telegram',))]),
    ('On 14 March 2024 Komdigi ordered Temu to register with the authorities or face a ban.', 'en',
     [('order', 'authority/komdigi', 'ID', ('service/temu',)),
      ('warning', 'authority/komdigi', 'ID', ('service/temu',))]),
    ('Le 30 août 2024, la Cour suprême fédérale a ordonné à X de nommer un représentant '
     'légal, sous peine de suspension.', 'fr',
     [('order', 'authority/brazil-supreme-court', 'BR', ('service/x',)),
      ('warning', 'authority/brazil-supreme-court', 'BR', ('service/x',))]),
    ("L'Arcom a mis en demeure le 3 mai 2024 le site xHamster de se conformer, faute de "
     'quoi il sera bloqué.', 'fr',
     [('order', 'authority/arcom', 'FR', ('service/xhamster',)),
      ('warning', 'authority/arcom', 'FR', ('service/xhamster',))]),
    ('The Uganda Communications Commission wrote to internet providers on 10 January 2021 '
     'and directed them to cut access to Facebook and Twitter.', 'en',
     [('block', 'authority/ucc-uganda', 'UG', ('service/facebook',)),
      ('block', 'authority/ucc-uganda', 'UG', ('service/x',))]),
    ('On 14 January 2021 the Uganda Communications Commission directed internet providers '
     'to cut access to WhatsApp.', 'en',
     [('block', 'authority/ucc-uganda', 'UG', ('service/whatsapp',))]),
    ('In February 2016 the Uganda Communications Commission ordered a shutdown of Facebook.', 'en',
     [('block', 'authority/ucc-uganda', 'UG', ('service/facebook',))]),
    ('Le 6 janvier 2022, Google et Meta se sont par ailleurs vu enjoindre par la CNIL de '
     'modifier leurs bannières de cookies.', 'fr',
     [('order', 'authority/cnil', 'FR', ('organisation/google',)),
      ('order', 'authority/cnil', 'FR', ('organisation/meta',))]),
    ("En octobre 2022, Clearview AI s'est également vu enjoindre par la CNIL de supprimer "
     'les données des Français.', 'fr',
     [('order', 'authority/cnil', 'FR', ('organisation/clearview-ai',))]),
    ("Le CRTC a exigé en septembre 2023 que Netflix s'inscrive auprès de lui avant le 28 "
     'novembre 2023.', 'fr',
     [('order', 'authority/crtc', 'CA', ('service/netflix',))]),
    ('Le 4 juin 2024, le CRTC a annoncé que Netflix et Spotify devront verser 5 % de leurs '
     'revenus canadiens au Fonds des médias.', 'fr',
     [('order', 'authority/crtc', 'CA', ('service/netflix',)),
      ('order', 'authority/crtc', 'CA', ('service/spotify',))]),
    ("L'Arcom a décidé le 2 février 2024 que Pornhub devra mettre en place une vérification "
     "de l'âge.", 'fr',
     [('order', 'authority/arcom', 'FR', ('service/pornhub',))]),
    ("La Commission européenne a exigé le 12 mars 2024 qu'Apple publie ses conditions "
     'révisées.', 'fr',
     [('order', 'authority/european-commission', 'EU', ('organisation/apple',))]),
    ("La COMCO avait interdit en 2015 à Booking.com d'imposer des clauses de parité "
     'tarifaire aux hôtels.', 'fr',
     [('order', 'authority/comco', 'CH', ('service/booking-com',))]),
    ("Le 5 juin 2023, l'Autorité de la concurrence a interdit à Google de conditionner ses "
     'services publicitaires.', 'fr',
     [('order', 'authority/autorite-de-la-concurrence', 'FR', ('organisation/google',))]),
    ('Le Garante a interdit le 2 février 2023 à Replika de proposer des abonnements aux '
     'mineurs.', 'fr',
     [('order', 'authority/garante', 'IT', ('service/replika',))]),
    ("L'AGCM a engagé le 5 mars 2024 une procédure de mesures provisoires contre Meta.", 'fr',
     [('investigation', 'authority/agcm', 'IT', ('organisation/meta',))]),
    ("L'Autorité de la concurrence a ouvert le 3 avril 2024 une procédure de mesures "
     'conservatoires contre Google.', 'fr',
     [('investigation', 'authority/autorite-de-la-concurrence', 'FR', ('organisation/google',))]),
    ('Le 19 février 2025, la Cour suprême fédérale a donné 48 heures à Rumble pour nommer '
     'un représentant légal, sous peine de suspension.', 'fr',
     [('order', 'authority/brazil-supreme-court', 'BR', ('service/rumble',)),
      ('warning', 'authority/brazil-supreme-court', 'BR', ('service/rumble',))]),
    ("On 19 February 2025 Brazil's Supreme Federal Court gave Rumble 48 hours to appoint a "
     'legal representative, under penalty of suspension.', 'en',
     [('order', 'authority/brazil-supreme-court', 'BR', ('service/rumble',)),
      ('warning', 'authority/brazil-supreme-court', 'BR', ('service/rumble',))]),
]

TRAPS: list[Case] = [
    ("Le 30 août 2024, la Cour suprême fédérale a interdit à X d'opérer au Brésil.", 'fr',
     [('block', 'authority/brazil-supreme-court', 'BR', ('service/x',))]),
    ('On 7 March 2024 the Turkish Competition Authority launched interim measures '
     'proceedings against Google.', 'en',
     [('investigation', 'authority/turkish-competition-authority', 'TR',
       ('organisation/google',))]),
    ('The minister told reporters to expect a decision on TikTok soon.', 'en',
     []),
    ('The Competition and Markets Authority told Meta it expected the sale of Giphy to go '
     'ahead.', 'en',
     []),
    ('The Online Safety Act imposes obligations on platforms such as TikTok.', 'en',
     []),
    ('The CMA said on 3 May 2021 that Facebook had been warned.', 'en',
     []),
    ("Selon la Commission européenne, un abus de position dominante interdit par l'article "
     '102 a été commis par Apple.', 'fr',
     []),
    ('Ces pratiques de Google sont interdites par le règlement sur les marchés numériques.', 'fr',
     []),
    ("Le 4 juin 2024, l'Arcom a annoncé qu'elle devra revoir son référentiel.", 'fr',
     []),
    ('La loi prévoit que les plateformes comme TikTok devront retirer les contenus '
     'illicites.', 'fr',
     []),
    ('On 3 May 2024 the Commission ordered TikTok to restrict access to the content.', 'en',
     [('order', 'authority/european-commission', 'EU', ('service/tiktok',))]),
    ('Meta said it would face suspension if it did not comply with the Brazilian law.', 'en',
     []),
    ('Lawmakers called on the FCC to order TikTok to divest.', 'en',
     []),
    ('The European Commission could require Meta to change its pay-or-consent model.', 'en',
     []),
    ("Le 4 juin 2024, le Conseil d'État a estimé que les sites comme Pornhub devront, à "
     "terme, vérifier l'âge.", 'fr',
     []),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES, ids=case_ids(CASES))
def test_directive_orders_warnings_and_blocks(extractor, article_of, text: str, language: str,
                                              expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), TRAPS, ids=case_ids(TRAPS))
def test_regression_no_order_warning_or_block_without_a_directive(
        extractor, article_of, text: str, language: str, expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)
