"""Blocks told by what the body did to the service (issue 3, session 19, shutdowns).

House convention (tests/gold/README.md): `block` is an authority cutting access to a service
in its territory. Wire copy also tells it as a shutdown ("Finnish Customs shut down X, a
marketplace on the Tor network"), as throttling ("degraded access to Wikipedia", "began
slowing down YouTube", "a ralenti l'accès à Instagram"), as a suspension of a whole class
announced by the body ("a annoncé la suspension, « jusqu'à nouvel ordre », des réseaux
sociaux": target null), or as restrictions decided ("les restrictions d'accès à Facebook et
WhatsApp avaient été décidées fin janvier 2024"). Not a block: a threat, a block lifted or
denied, a platform closing its own service or a user's account, a slowdown nobody ordered, a
proceeding suspended. Invented sentences in the style of wire copy (data/patterns/shutdowns.yaml).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("In May 2024, Finnish Customs shut down Torilauta, a Finnish-language drug marketplace on "
     "the dark web.", "en", {("FI", None, "2024-05")}),
    ("The Netherlands Police shut down Bohemia, one of the largest darknet marketplaces, on "
     "Tuesday.", "en", {("NL", None, "2025-03-04")}),
])
def test_a_body_shutting_down_a_marketplace_blocks_it(blocks, text, language, expected):
    # (known services keep their keys: "Komdigi shut down Grok in Indonesia", below)
    found = blocks(text, language)
    assert {(j, d) for j, _, d in found} == {(j, d) for j, _, d in expected}
    assert all(t is not None for _, t, _ in found)  # the marketplace, named


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Pakistan Telecommunication Authority degraded access to X on Saturday, saying the "
     "platform was spreading anti-state propaganda.", "en", {("PK", "x", "2025-03-01")}),
    ("In August Roskomnadzor began slowing down YouTube on desktop computers, accusing it of "
     "failing to remove banned material.", "en", {("RU", "youtube", "2024-08")}),
    ("Turkey's Information and Communication Technologies Authority throttled X and YouTube on "
     "Sunday after the arrest of Istanbul's mayor.", "en",
     {("TR", "x", "2025-03-02"), ("TR", "youtube", "2025-03-02")}),
    ("En juillet, Roskomnadzor a commencé à ralentir YouTube sur les ordinateurs, reprochant à "
     "la plateforme de ne pas supprimer des contenus interdits.", "fr",
     {("RU", "youtube", "2024-07")}),
    ("L'Autorité turque des technologies de l'information et de la communication a ralenti "
     "dimanche soir l'accès à Instagram et X.", "fr",
     {("TR", "instagram", "2025-03-02"), ("TR", "x", "2025-03-02")}),
])
def test_throttling_a_platform_is_its_block(blocks, text, language, expected):
    assert blocks(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le gouvernement tchadien a annoncé dimanche la suspension, jusqu'à nouvel ordre, des "
     "réseaux sociaux sur l'ensemble du territoire.", "fr", {("TD", None, "2025-03-02")}),
    ("La Haute autorité de la communication du Gabon a annoncé mardi la suspension, « jusqu'à "
     "nouvel ordre », des réseaux sociaux.", "fr", {("GA", None, "2025-03-04")}),
    ("Le gouvernement guinéen a annoncé mardi la suspension de l'internet mobile et des "
     "réseaux sociaux jusqu'à nouvel ordre.", "fr", {("GN", None, "2025-03-04")}),
    ("Togo's government announced on Tuesday the suspension of social media until further "
     "notice, citing threats to public order.", "en", {("TG", None, "2025-03-04")}),
    ("During the January 2021 elections the Uganda Communications Commission ordered a "
     "shutdown of social media, citing threats to public order.", "en",
     {("UG", None, "2021-01")}),
])
def test_a_suspension_of_social_media_announced_is_a_block_without_target(
        blocks, text, language, expected):
    assert blocks(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le gouvernement camerounais rappelle que les restrictions d'accès à Facebook et WhatsApp "
     "avaient été décidées fin janvier 2024, en pleine crise dans les régions anglophones.",
     "fr", {("CM", "facebook", "2024-01"), ("CM", "whatsapp", "2024-01")}),
    ("Mali's government announced on Wednesday the suspension of TikTok, accusing the app of "
     "spreading calls to violence.", "en", {("ML", "tiktok", "2025-03-05")}),
])
def test_restrictions_decided_and_suspensions_announced_are_blocks(
        blocks, text, language, expected):
    found = {(j, t, d) for j, t, d in blocks(text, language)}
    assert {(j, d) for j, _, d in found} == {(j, d) for j, _, d in expected}
    assert len(found) == len(expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # moved here from the lexicon-layer tests: the precise triggers read them now
    ("Komdigi shut down Grok in Indonesia.", "en", {("ID", "grok", None)}),
    ("La BTK a imposé des restrictions d'accès à Instagram vendredi.", "fr",
     {("TR", "instagram", "2025-02-28")}),
])
def test_shutdowns_and_restrictions_of_known_services_are_their_blocks(
        blocks, text, language, expected):
    assert blocks(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("TikTok could be blocked in Togo if it fails to remove the videos, the government warned "
     "on Wednesday.", "en"),
    ("Le gouvernement camerounais menace de suspendre Facebook si les contenus haineux ne sont "
     "pas retirés.", "fr"),
    ("Le gouvernement tchadien a levé mardi la suspension de Facebook et WhatsApp, en vigueur "
     "depuis huit mois.", "fr"),
    ("The Pakistan Telecommunication Authority lifted the suspension of X on Monday after the "
     "platform appointed a local representative.", "en"),
    ("X suspended the account of a Togolese opposition leader on Tuesday.", "en"),
    ("Worldcoin suspended its operations in Kenya on Wednesday while regulators reviewed its "
     "data practices.", "en"),
    ("The company shut down its operations in Guinea on Monday after the government's "
     "decision.", "en"),
    ("Telegram shut down a network of channels selling drugs on Monday.", "en"),
    ("Finnish Customs said the marketplace could be shut down within weeks.", "en"),
    ("La croissance de TikTok a ralenti en Guinée, selon le ministère des Postes.", "fr"),
    ("Internet users in Cameroon reported that access to Telegram was slow on Sunday, without "
     "any explanation from the authorities.", "en"),
    ("A cut submarine cable disrupted access to WhatsApp and Facebook across West Africa on "
     "Sunday.", "en"),
    ("Opposition lawmakers in Ethiopia called for a ban on TikTok on Tuesday.", "en"),
    ("The Ethiopian government said it might restrict access to Facebook and TikTok if the "
     "unrest continued.", "en"),
    ("Le gouvernement ivoirien envisage de restreindre l'accès à TikTok, selon un conseiller "
     "du ministre.", "fr"),
    ("The Malian government denied on Wednesday that it had suspended TikTok.", "en"),
    ("The investigation into Temu is suspended for as long as the company keeps to its "
     "commitments.", "en"),
])
def test_threats_lifts_own_closures_and_outages_are_no_blocks(blocks, text, language):
    assert blocks(text, language) == set()
