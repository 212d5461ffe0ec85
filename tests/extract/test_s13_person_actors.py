"""Bodies named by their people (session 13, ACTOR_REF rows of thaw and melt). Invented
sentences, none from the dev sets.

- Staff words as a clause's subject ("Officials inspected ...", "Les enquêteurs ont ouvert
  ...", "its investigators"): the one body the article named before them; "les fraudes" (the
  DGCCRF's common name) only after the DGCCRF is named; "the attorney general" after the
  Justice Department is named (a state's attorney general stays the resolver's).
- A minister named with a country ("Kenya's interior minister", "le ministre indonésien du
  Numérique", "the minister of digital affairs of Malaysia"): that country's government.
- Traps: two bodies in play, a company's or another service's staff, a former official, a
  lawmaker's call, a minister of no stated country, an official saying a body could act.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 6)


def _rows(extractor, article_of, language: str, text: str) -> set[tuple[str, str | None, str]]:
    article = article_of(text, language, published=PUBLISHED)
    return {(a.type, a.actor.split("/")[-1] if a.actor else None, _date(a.date))
            for a in extractor.extract(article).actions}


def _date(date) -> str:
    """"2021-03" for a month, "2021" for a year, "" for none (as the gold writes them)."""
    if date is None:
        return ""
    width = {"year": 4, "month": 7}.get(date.precision, 10)
    return date.value.isoformat()[:width]


# (language, text, the (type, actor, date) that must be there)
_STAFF = [
    ("en", "Poland's competition office UOKiK fined Amazon in 2022. Officials opened an "
     "investigation into Amazon in March 2021.", ("investigation", "uokik", "2021-03")),
    ("en", "The Dutch competition authority ACM fined Apple in 2021. In May 2019, "
     "investigators opened a probe into Apple.", ("investigation", "acm", "2019-05")),
    ("en", "The CNIL fined Criteo last year. Its investigators opened an inquiry into Yahoo "
     "on Monday.", ("investigation", "cnil", "2024-03-04")),
    ("en", "Ireland's Data Protection Commission has long scrutinised LinkedIn. In April 2019 "
     "officials opened an inquiry into LinkedIn.", ("investigation", "irish-dpc", "2019-04")),
    ("en", "The Justice Department sued Apple last year. On Tuesday the attorney general "
     "sued Google.", ("lawsuit", "us-department-of-justice", "2024-03-05")),
    ("fr", "La DGCCRF a infligé une amende à Amazon. Les fraudes ont ouvert une enquête sur "
     "Shein en 2022.", ("investigation", "dgccrf", "2022")),
    ("fr", "La CNIL a sanctionné Criteo l'an dernier. Les enquêteurs ont ouvert une enquête "
     "sur Yahoo lundi.", ("investigation", "cnil", "2024-03-04")),
    ("fr", "L'Autorité de la concurrence a sanctionné Apple. En juin 2020, ses enquêteurs "
     "ont ouvert une enquête sur Google.",
     ("investigation", "autorite-de-la-concurrence", "2020-06")),
    ("fr", "La Commission nationale des marchés et de la concurrence (CNMC) a sanctionné "
     "Amazon. Ses inspecteurs ont ouvert une enquête sur Booking en 2021.",
     ("investigation", "cnmc", "2021")),
    ("fr", "Le Bundeskartellamt a longtemps observé Meta. En 2019, les enquêteurs ont ouvert "
     "une procédure contre Amazon.", ("investigation", "bundeskartellamt", "2019")),
    ("fr", "L'Arcom a mis en demeure X. Mardi, ses agents ont ouvert une enquête sur "
     "Telegram.", ("investigation", "arcom", "2024-03-05")),
    ("en", "The Federal Trade Commission fined Twitter in 2022. Investigators opened an "
     "inquiry into OpenAI in July 2023.", ("investigation", "ftc", "2023-07")),
    ("en", "The ICO fined TikTok in 2023. Officials opened an investigation into Snap in May "
     "2023.", ("investigation", "ico", "2023-05")),
    ("en", "The Garante fined OpenAI in 2023. Its investigators opened an inquiry into DeepSeek "
     "in January 2024.", ("investigation", "garante", "2024-01")),
    ("fr", "La DGCCRF a infligé une amende à Temu. En mars 2023, les fraudes avaient ouvert une "
     "enquête sur Shein.", ("investigation", "dgccrf", "2023-03")),
    ("fr", "L'AEPD a sanctionné Google en 2022. En 2023, ses contrôleurs ont ouvert une enquête "
     "sur Worldcoin.", ("investigation", "aepd", "2023")),
    ("fr", "La CNIL a sanctionné Criteo. Les inspecteurs avaient ouvert une enquête sur Yahoo "
     "en mai 2023.", ("investigation", "cnil", "2023-05")),
]

_MINISTERS = [
    ("en", "Kenya's interior minister blocked Telegram on Tuesday.",
     ("block", "kenya-government", "2024-03-05")),
    ("en", "The Brazilian justice minister ordered Rumble to appoint a local representative "
     "on Monday.", ("order", "brazilian-government", "2024-03-04")),
    ("en", "The minister of digital affairs of Indonesia blocked Telegram on Monday.",
     ("block", None, "2024-03-04")),
    ("en", "Australia's communications minister ordered X to remove the video on Monday.",
     ("order", "australian-government", "2024-03-04")),
    ("en", "The Nigerian information minister suspended Twitter on Friday.",
     ("block", "nigeria-government", "2024-03-01")),
    ("en", "Vietnam's information minister ordered TikTok to remove the clips on Thursday.",
     ("order", None, "2024-02-29")),
    ("fr", "Le ministre indonésien du Numérique a bloqué Telegram lundi.",
     ("block", None, "2024-03-04")),
    ("fr", "Le ministre brésilien de la Justice a ordonné mardi à Rumble de nommer un "
     "représentant.", ("order", "brazilian-government", "2024-03-05")),
    ("fr", "La ministre kényane de l'Intérieur a suspendu Telegram vendredi.",
     ("block", "kenya-government", "2024-03-01")),
    ("fr", "Le ministre nigérian de l'Information a suspendu Twitter en juin 2021.",
     ("block", "nigeria-government", "2021-06")),
    ("fr", "Le ministre de l'Information du Vietnam a ordonné jeudi à TikTok de retirer les "
     "vidéos.", ("order", None, "2024-02-29")),
    ("fr", "Le ministre australien des Communications a ordonné lundi à X de retirer la "
     "vidéo.", ("order", "australian-government", "2024-03-04")),
    ("en", "The Turkish interior minister blocked Wikipedia in April 2017.",
     ("block", "turkish-government", "2017-04")),
    ("fr", "Le ministre turc de l'Intérieur a bloqué Wikipédia en avril 2017.",
     ("block", "turkish-government", "2017-04")),
    ("en", "Pakistan's information minister banned TikTok on Wednesday.",
     ("block", None, "2024-03-06")),
    ("fr", "À Ankara, le ministre de l'Intérieur a bloqué Wikipédia mardi.",
     ("block", "turkish-government", "2024-03-05")),
    ("fr", "NAIROBI, 4 mars - Le ministre de l'Intérieur a suspendu Telegram lundi.",
     ("block", "kenya-government", "2024-03-04")),
    ("en", "NAIROBI, March 4 - The interior minister suspended Telegram on Monday.",
     ("block", "kenya-government", "2024-03-04")),
    ("en", "Attorney General Jane Roe sued Apple on Tuesday.", ("lawsuit", None, "2024-03-05")),
    ("fr", "À Brasilia, le ministre de la Justice, Ricardo Lewandowski, a ordonné mardi à "
     "Rumble de nommer un représentant.", ("order", "brazilian-government", "2024-03-05")),
]

# (language, text, types that must not be stated at all)
_TRAPS = [
    ("en", "The CNIL fined Criteo and Arcom warned X. Officials opened an inquiry into Yahoo "
     "on Monday.", {"investigation"}),
    ("en", "The CNIL fined Criteo last year. Meta officials opened an inquiry into Yahoo on "
     "Monday.", {"investigation"}),
    ("en", "The CNIL fined Criteo last year. Officials at Meta opened an inquiry into Yahoo on "
     "Monday.", {"investigation"}),
    ("en", "The CNIL fined Criteo last year. Former officials opened an inquiry into Yahoo on "
     "Monday.", {"investigation"}),
    ("en", "Officials opened an inquiry into Yahoo on Monday.", {"investigation"}),
    ("en", "Senator Elizabeth Warren called on the FTC on Monday to sue Amazon.", {"lawsuit"}),
    ("en", "Former FTC chair Lina Khan said on Monday that the agency could sue Microsoft.",
     {"lawsuit"}),
    ("en", "The FTC fined Twitter in 2022. Investigators said on Monday the agency could fine "
     "Uber next year.", {"fine"}),
    ("en", "Meta's chief executive said on Monday that the FTC could fine the company.",
     {"fine"}),
    ("en", "The minister ordered X to remove the video on Monday.", {"order"}),
    ("fr", "La CNIL a sanctionné Criteo et l'Arcom a mis en demeure X. Les enquêteurs ont "
     "ouvert une enquête sur Yahoo lundi.", {"investigation"}),
    ("fr", "La CNIL a sanctionné Criteo. La lutte contre les fraudes a ouvert une enquête sur "
     "Amazon en 2021.", {"investigation"}),
    ("fr", "La CNIL a sanctionné Criteo. Les agents de Meta ont ouvert une enquête sur Yahoo "
     "lundi.", {"investigation"}),
    ("fr", "Les enquêteurs ont ouvert une enquête sur Yahoo lundi.", {"investigation"}),
    ("fr", "La ministre du Numérique a mis en demeure X mardi.", {"order"}),
    ("en", "Texas Attorney General Ken Paxton sued Google last year. Attorney General Jane "
     "Roe sued Meta on Tuesday.", {"lawsuit"}),
    ("en", "The US attorney general said on Tuesday the FTC could sue Amazon.", {"lawsuit"}),
    ("en", "Kenya's interior minister called on Monday for Telegram to be blocked.",
     {"block", "statement"}),
    ("fr", "Le ministre turc de l'Intérieur, Ali Yerlikaya, a appelé lundi au blocage de X.",
     {"block", "statement"}),
    ("fr", "Le ministre de l'Intérieur a bloqué Telegram mardi.", {"block"}),
]


@pytest.mark.parametrize(("language", "text", "wanted"), _STAFF)
def test_staff_words_stand_for_the_one_body_named(
        extractor, article_of, language, text, wanted) -> None:
    assert wanted in _rows(extractor, article_of, language, text)


@pytest.mark.parametrize(("language", "text", "wanted"), _MINISTERS)
def test_a_minister_of_a_named_country_acts_for_its_government(
        extractor, article_of, language, text, wanted) -> None:
    rows = _rows(extractor, article_of, language, text)
    kind, actor, date = wanted
    assert any(r[0] == kind and r[2] == date and r[1] is not None
               and (actor is None or r[1] == actor) for r in rows), rows


@pytest.mark.parametrize(("language", "text", "banned"), _TRAPS)
def test_no_body_for_staff_of_another_or_of_two(
        extractor, article_of, language, text, banned) -> None:
    rows = _rows(extractor, article_of, language, text)
    assert not {r for r in rows if r[0] in banned and "2024" in r[2]}, rows
