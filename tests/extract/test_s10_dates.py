"""Dates of steps as journalists write them (issue 3, session 10, guidelines 6 and 7).

The step's date is the day the authority acted: not a deadline set on the target ("by
Friday", "d'ici vendredi", "no later than 15 March", "à compter du 1er avril", "by next
Monday"), not the time of the conduct it is taken for ("for cookies placed in August 2021",
"over a data breach in 2022", "pour des faits survenus en mars 2023"), not a planned event
("a hearing scheduled for Thursday", "une audience prévue jeudi"). The start or end of a
period gives its month or year ("at the start of February", "en fin d'année dernière"). Traps:
dated statements that are no step (threats, plans, appeals, denials, calls, maxima).

Every text was invented for these tests in the style of wires, newspapers and releases, with
its expected date written before any rule was run; about 250 were run, most of which the
rules already dated right (weekdays, "late on Friday", "earlier this month", counted days,
"la veille", "le lendemain", "le 3 courant", datelines...): those are not repeated here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gold import to_gold

WEDNESDAY = dt.date(2024, 3, 6)  # Monday 4 March, Tuesday 5 March, Friday 1 March


@pytest.fixture(scope="module")
def gold_dates(extractor, article_of, reference):
    """gold_dates(text, language, published) -> the sorted gold dates of the text's actions."""
    def run(text: str, language: str, published: dt.date | None = WEDNESDAY) -> list[object]:
        article = article_of("Headline\n\n" + text, language, published, "Headline")
        actions = to_gold(extractor.extract(article), reference)["actions"]
        return sorted((a["date"] for a in actions), key=str)
    return run


# --- a deadline or a start set on the target is not the step's day (guideline 7) ----------

DEADLINES = [
    ("The eSafety Commissioner ordered X to remove the videos by Friday.", "en"),
    ("The eSafety Commissioner ordered X to remove the videos by Wednesday.", "en"),
    ("The eSafety Commissioner ordered X to remove the videos before Friday.", "en"),
    ("The CNIL ordered Temu to comply by Monday.", "en"),
    ("The CNIL ordered Temu to comply before Monday next week.", "en"),
    ("The European Commission ordered Meta to comply by next Monday.", "en"),
    ("The European Commission ordered TikTok to reply by tomorrow.", "en"),
    ("The ICO ordered Snap to stop processing the data until next month.", "en"),
    ("The European Commission ordered Meta to respond no later than 15 March.", "en"),
    ("The European Commission sent Meta a request for information due on March 15.", "en"),
    ("The CNIL ordered Google to stop the practice from April 1.", "en"),
    ("L'Arcom a mis en demeure XVideos de se conformer d'ici vendredi.", "fr"),
    ("L'Arcom a mis en demeure XVideos de se conformer avant vendredi.", "fr"),
    ("L'Arcom a mis en demeure Pornhub de se conformer jusqu'à lundi.", "fr"),
    ("L'Arcom a mis en demeure Pornhub de se conformer dès demain.", "fr"),
    ("L'Arcom a mis en demeure XVideos de se conformer au plus tard le 15 mars.", "fr"),
    ("La CNIL a enjoint à Google de cesser cette pratique à compter du 1er avril.", "fr"),
    ("La CNIL a mis en demeure Temu de se conformer dès lundi prochain.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), DEADLINES)
def test_regression_a_deadline_is_not_the_step_date(gold_dates, text, language) -> None:
    assert gold_dates(text, language) == [None]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The eSafety Commissioner on Tuesday ordered X to remove the videos by Friday.", "en",
     "2024-03-05"),
    ("The CNIL ordered Clearview AI on Tuesday to delete the data of French residents by "
     "30 June.", "en", "2024-03-05"),
    ("L'Arcom a mis en demeure mardi le site XVideos de se conformer avant le 15 mars.", "fr",
     "2024-03-05"),
])
def test_guard_the_step_keeps_its_day_beside_a_deadline(gold_dates, text, language,
                                                        expected) -> None:
    assert gold_dates(text, language) == [expected]


# --- the conduct's time, in the reason phrase, is not the step's day (guideline 6) --------

CONDUCT = [
    ("The CNIL fined Shein 10 million euros for cookies placed in August 2021.", "en"),
    ("The CNIL fined Shein 10 million euros over inspections carried out in August 2023.", "en"),
    ("The CNIL fined Shein 10 million euros over a data breach in 2022.", "en"),
    ("The Italian Data Protection Authority fined OpenAI 15 million euros over a data leak in "
     "March 2023.", "en"),
    ("The Spanish Data Protection Agency fined Google for data transferred in 2021.", "en"),
    ("The ICO fined TikTok £12.7 million for data processed in 2019 and 2020.", "en"),
    ("The Federal Trade Commission sued Amazon over subscriptions sold from 2016 to 2021.", "en"),
    ("La CNIL a infligé une amende de 10 millions d'euros à Shein pour des cookies déposés en "
     "août 2021.", "fr"),
    ("La CNIL a infligé une amende de 8 millions d'euros à Apple pour des identifiants déposés "
     "en 2021.", "fr"),
    ("L'autorité italienne de protection des données a infligé une amende à OpenAI pour des "
     "faits survenus en mars 2023.", "fr"),
    ("The ICO fined TikTok £12.7 million for misusing children's data in 2020.", "en"),
    ("The CNIL fined Amazon 32 million euros for monitoring its warehouse workers in 2019 and "
     "2020.", "en"),
    ("L'ICO a infligé une amende de 12,7 millions de livres à TikTok pour avoir utilisé les "
     "données d'enfants en 2020.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), CONDUCT)
def test_regression_the_conduct_date_is_not_the_step_date(gold_dates, text, language) -> None:
    assert gold_dates(text, language) == [None]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The CNIL fined Google on Monday for cookies placed in 2021.", "en", "2024-03-04"),
    ("La CNIL a infligé lundi une amende à Google pour des cookies déposés en 2021.", "fr",
     "2024-03-04"),
    ("The Irish Data Protection Commission fined Meta 1.2 billion euros in May 2023 for "
     "transfers made since 2020.", "en", "2023-05"),
    ("The CNIL fined Google 150 million euros over cookies in December 2021.", "en", "2021-12"),
    # a weekday after a gerund may be the step's: only a date with its year is the conduct's
    ("The ICO fined TikTok £12.7 million for misusing children's data on Tuesday.", "en",
     "2024-03-05"),
    ("The ICO fined TikTok £12.7 million on Tuesday for misusing children's data in 2020.", "en",
     "2024-03-05"),
])
def test_guard_the_step_date_beside_the_conduct_date(gold_dates, text, language,
                                                     expected) -> None:
    assert gold_dates(text, language) == [expected]


# --- a planned event ahead is not the step's day, nor does it hide the step's own ----------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On Tuesday, two days before a hearing scheduled for Thursday, the European Commission "
     "fined Apple 1.8 billion euros.", "en", "2024-03-05"),
    ("On Tuesday, a day before a hearing scheduled for Wednesday, the European Commission fined "
     "Apple 1.8 billion euros.", "en", "2024-03-05"),
    ("Mardi, à deux jours d'une audience prévue jeudi, la Commission européenne a infligé une "
     "amende de 1,8 milliard d'euros à Apple.", "fr", "2024-03-05"),
    ("La CNIL a mis en demeure Temu avant une réunion programmée vendredi.", "fr", None),
    ("The eSafety Commissioner ordered X to remove the posts before a rally planned for "
     "Saturday.", "en", None),
])
def test_regression_a_planned_event_is_not_the_step_date(gold_dates, text, language,
                                                         expected) -> None:
    assert gold_dates(text, language) == [expected]


# --- another event's day, or a party's own history, after the step -----------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La CNIL a infligé une amende à Shein, au lendemain de la publication d'un rapport lundi.",
     "fr", None),
    ("The European Commission fined Apple 1.8 billion euros ahead of a summit on Thursday.",
     "en", None),
    ("Ofcom opened an investigation into 4chan, founded in 2003.", "en", None),
    ("Ofcom opened an investigation into 4chan, founded in 2003, on Tuesday.", "en",
     "2024-03-05"),
    ("The European Commission opened an investigation into TikTok Lite, launched in France and "
     "Spain in March.", "en", None),
    ("La Commission européenne a ouvert une enquête contre TikTok Lite, lancé en France en "
     "février.", "fr", None),
    ("The European Commission opened proceedings against Temu, designated a very large online "
     "marketplace in May.", "en", None),
])
def test_regression_another_event_or_a_party_history_is_not_the_step_date(
        gold_dates, text, language, expected) -> None:
    assert gold_dates(text, language) == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La CNIL a infligé mardi une amende à Shein, au lendemain de la publication d'un rapport "
     "lundi.", "fr", "2024-03-05"),
    ("The European Commission fined Apple 1.8 billion euros on Tuesday, ahead of a summit on "
     "Thursday.", "en", "2024-03-05"),
    ("The European Commission opened an investigation into TikTok Lite on Tuesday, launched in "
     "France in February.", "en", "2024-03-05"),
])
def test_guard_the_step_keeps_its_day_beside_another_event(gold_dates, text, language,
                                                           expected) -> None:
    assert gold_dates(text, language) == [expected]


def test_guard_as_planned_on_monday_is_the_step_date(gold_dates) -> None:
    text = "Comme prévu lundi, la CNIL a infligé une amende de 10 millions d'euros à Shein."
    assert gold_dates(text, "fr") == ["2024-03-04"]


# --- the start of a period, with or without its article ------------------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("At the start of February, the Korea Fair Trade Commission fined Google 42 billion won.",
     "en", "2024-02"),
    ("En ce début d'année, l'Arcom a mis en demeure plusieurs sites dont XVideos.", "fr",
     "2024"),
    ("En fin d'année dernière, l'Arcom a mis en demeure X de retirer des contenus.", "fr",
     "2023"),
    ("En début d'année dernière, la CNIL a infligé une amende à Apple.", "fr", "2023"),
])
def test_part_of_a_period_gives_its_month_or_year(gold_dates, text, language,
                                                  expected) -> None:
    assert gold_dates(text, language) == [expected]


# --- traps: dated statements that are no step at all ---------------------------------------

TRAPS = [
    ("The European Commission could fine Apple as early as next week, people familiar with the "
     "matter said.", "en"),
    ("The CNIL may open an investigation into Temu next month.", "en"),
    ("Ofcom plans to open an investigation into 4chan in the spring.", "en"),
    ("Meta said on Tuesday it would appeal the fine.", "en"),
    ("TikTok appealed on Friday against the fine imposed by the Irish Data Protection "
     "Commission last year.", "en"),
    ("Google denied on Monday that it had breached the Digital Markets Act.", "en"),
    ("Under the Digital Services Act, the Commission can fine platforms up to 6% of their global "
     "turnover.", "en"),
    ("The General Court of the European Union on Wednesday dismissed Google's challenge to the "
     "Commission's decision.", "en"),
    ("Consumer groups on Thursday called on the European Commission to open an investigation "
     "into Shein.", "en"),
    ("The Commission will decide by 30 June whether to fine Meta, a spokesman said.", "en"),
    ("Amazon announced last week that it would change its Prime cancellation process.", "en"),
    ("Le gouvernement envisage d'infliger des amendes aux plateformes dès l'an prochain.", "fr"),
    ("La CNIL pourrait sanctionner Shein d'ici la fin du mois.", "fr"),
    ("TikTok a fait appel lundi de la sanction.", "fr"),
    ("Meta a démenti mardi avoir enfreint le règlement.", "fr"),
    ("Des associations ont appelé mercredi la CNIL à ouvrir une enquête sur Temu.", "fr"),
    ("L'Arcom prévoit de mettre en demeure plusieurs sites pornographiques le mois prochain.",
     "fr"),
    ("Le Conseil d'État a rejeté vendredi le recours de Google contre la sanction de la CNIL.",
     "fr"),
    ("Le montant de l'amende peut atteindre 4 % du chiffre d'affaires mondial de l'entreprise.",
     "fr"),
    ("Apple a annoncé la semaine dernière qu'elle modifierait les règles de l'App Store.", "fr"),
    ("La Commission européenne devrait ouvrir une enquête contre X avant l'été, selon Les "
     "Echos.", "fr"),
    ("Uber a indiqué jeudi qu'il contesterait l'amende devant les tribunaux.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), TRAPS)
def test_trap_dated_statement_is_no_step(gold_dates, text, language) -> None:
    assert gold_dates(text, language) == []
