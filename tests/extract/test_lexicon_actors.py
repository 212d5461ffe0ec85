"""Actors of the lexicon layer's steps named outside the cue's sentence
(regkg.extract.lexicon_actors): a list's lead, the subject of the paragraph, a platform that
undergoes a step with no agent named. Invented sentences in the style of releases and wire
reports; each positive is found only with the layer on, each hard negative gains nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.lexicon_actors import list_lead, opens_list_item
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.patterns import TriggerMatch

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

EC, OFCOM, CNIL, ARCOM = ("authority/european-commission", "authority/ofcom", "authority/cnil",
                          "authority/arcom")
META, TIKTOK, FOURCHAN = "organisation/meta", "service/tiktok", "service/4chan"
D = dt.date(2025, 6, 4)

POSITIVES: list[tuple[str, str, list[Fact]]] = [
    # A release's list of steps under a lead naming the body once.
    ("Commission acts on recommender systems\nThe European Commission has today:\n"
     "- opened formal proceedings against Meta over its recommender systems;\n"
     "- sent a request for information to TikTok on its election measures.",
     "en", [("investigation", EC, (META,)), ("request_for_information", EC, (TIKTOK,))]),
    ("Enforcement update\nIn the past month, Ofcom has:\n"
     "• fined 4chan £20,000 for failing to answer a statutory information request;\n"
     "• launched an investigation into Kick over its age checks.",
     "en", [("fine", OFCOM, (FOURCHAN,)), ("investigation", OFCOM, ("service/kick",))]),
    # The lead in the first person: the writer named in the headline.
    ("L'Arcom agit contre les sites pornographiques\nNous avons, ce jour :\n"
     "1. saisi le tribunal judiciaire pour obtenir le blocage de Pornhub.",
     "fr", [("lawsuit", ARCOM, ("service/pornhub",))]),
    # A platform undergoes a step, an adverb inside, no agent: the article's one authority.
    ("La Commission européenne a ouvert une procédure contre TikTok. Meta fait également "
     "l'objet d'une enquête.", "fr", [("investigation", EC, (META,))]),
    ("Ofcom fined 4chan in October. 4chan is also facing a second investigation over its "
     "risk assessment.", "en", [("investigation", OFCOM, (FOURCHAN,))]),
    # A fine the platform got, no agent named: the article's one authority (a retried
    # precise set phrase, "écopé d'une amende", is no bare noun).
    ("La CNIL a contrôlé Google en 2020. Google a écopé d'une amende de 150 millions "
     "d'euros.", "fr", [("fine", CNIL, ("organisation/google",))]),
    ("The CNIL inspected Google in 2020. Google received a €150 million fine in December.",
     "en", [("fine", CNIL, ("organisation/google",))]),
    # An agentless passive with an adverb before "été".
    ("La CNIL a sanctionné Google. Une enquête a également été ouverte visant Meta.",
     "fr", [("investigation", CNIL, (META,))]),
    # The opening of a probe named as a noun, nobody named as its agent (also a precise
    # trigger holding its own determiner: "The opening of formal proceedings").
    ("The European Commission published guidelines on Monday. The opening of formal "
     "proceedings against Temu was announced on Thursday.",
     "en", [("investigation", EC, ("service/temu",))]),
    ("La Commission européenne a publié des lignes directrices. L'ouverture d'une enquête "
     "visant Meta fait suite à des plaintes.", "fr", [("investigation", EC, (META,))]),
    # Headlines: a noun with its body before it, "into"/"over"/"contre" after it (no verb).
    ("EU probe into Meta over child safety\nThe European Commission said on Monday it had "
     "concerns.", "en", [("investigation", EC, (META,))]),
    ("Meta hit with EU probe over child safety\nThe European Commission said on Monday it "
     "had concerns.", "en", [("investigation", EC, (META,))]),
    ("TikTok faces Ofcom investigation over age checks\nThe regulator said on Monday it had "
     "concerns.", "en", [("investigation", OFCOM, (TIKTOK,))]),
    # A probe that "targets" the platform, its source after it; engaged proceedings; a
    # platform placed under investigation.
    ("Une enquête vise désormais Meta, a annoncé la Commission européenne mardi.",
     "fr", [("investigation", EC, (META,))]),
    ("Des poursuites ont été engagées contre Telegram, a indiqué le parquet de Paris.",
     "fr", [("lawsuit", "authority/paris-prosecutor", ("service/telegram",))]),
    ("Temu has been placed under investigation by the European Commission.",
     "en", [("investigation", EC, ("service/temu",))]),
    # A fronted clause shares the main clause's subject; its step ends at its comma.
    ("After investigating TikTok for two years, the ICO fined the company £12.7 million.",
     "en", [("investigation", "authority/ico", (TIKTOK,))]),
    ("Having examined Meta's advertising practices, the European Commission published a "
     "report.", "en", [("investigation", EC, (META,))]),
    ("Après avoir enquêté sur Google pendant deux ans, la CNIL a sanctionné l'entreprise.",
     "fr", [("investigation", CNIL, ("organisation/google",))]),
    ("Après avoir sanctionné Google en 2021, la CNIL s'est tournée vers Meta.",
     "fr", [("fine", CNIL, ("organisation/google",))]),
    # Two bodies: the one the sentence names as the passive's source, not the paragraph's
    # subject (regression: the CNIL took the Irish DPC's inquiry).
    ("The CNIL fined Google. An investigation into Meta was opened last week, according to "
     "the Irish Data Protection Commission.",
     "en", [("investigation", "authority/irish-dpc", (META,))]),
    # Two bodies of one jurisdiction: the paragraph's last subject.
    ("The European Commission fined Apple. The Commission then sent preliminary findings "
     "to Microsoft. Meta was fined 200 million euros on the same day.",
     "en", [("fine", EC, (META,))]),
]

NEGATIVES: list[tuple[str, str]] = [
    # "takes action" is any step, not a lawsuit (regression: a headline gave two lawsuits).
    ("Commission takes action against Meta and TikTok\nThe Commission set out its concerns.",
     "en"),
    # A list under a lead naming no body, and under a lead with no colon.
    ("Key dates in the case:\n- opened formal proceedings against Meta in 2023;\n"
     "- fined TikTok in 2024.", "en"),
    ("Ofcom published its annual plan.\n- opened an investigation into 4chan in June.", "en"),
    # A list item's step needs its target named (or described) in the item: actor_lead is
    # weak, a target inferred from the context alone is not enough.
    ("TikTok launched a new app in May.\nThe European Commission has today:\n- fined over "
     "its recommender systems;\n- published its annual report.", "en"),
    # A paragraph break: the body of the previous paragraph is not the passive's agent, nor
    # is the last subject when a body of another jurisdiction was named since.
    ("The CNIL fined Google in 2021. Ofcom opened a probe into TikTok.\n"
     "Meta was fined 1.2 billion euros.", "en"),
    ("Ofcom opened a probe into TikTok, and the CNIL said it had concerns about Google. "
     "Meta was fined 1.2 billion euros.", "en"),
    # A body of another jurisdiction named in the sentence: not the paragraph subject's step.
    ("Ofcom fined 4chan. TikTok was fined 10 million euros, a decision the CNIL welcomed.",
     "en"),
    # A fine got elsewhere, or only possible.
    ("La CNIL a contrôlé Google en 2020. Google avait écopé d'une amende en Corée du Sud.",
     "fr"),
    ("La CNIL a contrôlé Google en 2020. Google pourrait écoper d'une amende de 150 "
     "millions d'euros.", "fr"),
    ("The CNIL fined Meta in 2020. Google could receive a €150 million fine.", "en"),
    ("The CNIL fined Meta in 2020. Google received a €150 million fine in South Korea.",
     "en"),
    # A headline's step wanted, weighed or escaped.
    ("EU probe into Meta unlikely, officials say\nThe European Commission said on Monday it "
     "had concerns.", "en"),
    ("TikTok calls for EU probe into Meta\nThe European Commission said it had concerns.",
     "en"),
    ("Meta escapes EU probe into its ads\nThe European Commission said it had concerns.",
     "en"),
    ("No EU probe into Meta for now\nThe European Commission said it had concerns.", "en"),
    ("Aucune enquête ne vise Meta, a indiqué la Commission européenne.", "fr"),
    ("Une enquête pourrait viser Meta, a indiqué la Commission européenne.", "fr"),
    ("No probe targets Meta at this stage, the European Commission said.", "en"),
    ("Des poursuites pourraient être engagées contre Telegram, a indiqué le parquet de "
     "Paris.", "fr"),
    ("Des poursuites n'ont pas été engagées contre Telegram, a indiqué le parquet de Paris.",
     "fr"),
    ("Temu could be placed under investigation by the European Commission.", "en"),
    # A fronted clause whose main subject is no authority, or a step still to come; the
    # fronted step's target is not the main clause's ("s'est tournée vers Meta").
    ("Before investigating TikTok, the ICO consulted the public.", "en"),
    ("After investigating TikTok, Meta's lawyers wrote to the ICO.", "en"),
    ("After investigating its own systems, TikTok told the ICO it had found no breach.", "en"),
    ("Après avoir examiné ses propres pratiques, Google a écrit à la CNIL.", "fr"),
    # An opening wanted, weighed or welcomed, not done.
    ("The European Commission fined Apple. The opening of an investigation into Meta could "
     "follow.", "en"),
    ("La CNIL a sanctionné Google. L'ouverture d'une enquête visant Meta n'est pas exclue.",
     "fr"),
    ("La CNIL a publié son rapport. Google a demandé l'ouverture d'une enquête contre ses "
     "concurrents.", "fr"),
    ("Ofcom published its plan. TikTok welcomed the opening of an investigation into "
     "Meta.", "en"),
    # A possible step the platform faces, or one the article's body did not open.
    ("Ofcom fined 4chan. 4chan is also facing a possible investigation in the US.", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(POSITIVES)])
def test_an_actor_named_outside_the_sentence(extractor, without_lexicon, article_of, text,
                                             language, expected):
    article = article_of(text, language, D)
    got = facts(extractor, article)
    assert all(fact in got for fact in expected), got
    assert not all(fact in facts(without_lexicon, article) for fact in expected)


@pytest.mark.parametrize(("text", "language"), NEGATIVES,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(NEGATIVES)])
def test_no_actor_from_an_unclear_context(extractor, without_lexicon, article_of, text,
                                          language):
    article = article_of(text, language, D)
    assert set(facts(extractor, article)) <= set(facts(without_lexicon, article))


def test_a_list_item_hangs_from_the_nearest_lead_with_a_colon():
    text = "Intro.\nThe Commission has:\n- fined X;\n\n- ordered Y."
    item = text.index("- ordered")
    assert text[slice(*list_lead(text, item))] == "The Commission has:"  # type: ignore[misc]
    assert list_lead("Intro.\n- fined X.", 7) is None


def test_only_a_verb_at_the_head_of_an_item_opens_it():
    def cue(text: str, word: str) -> TriggerMatch:
        start = text.index(word)
        return TriggerMatch("fine", "verbal", start, start + len(word))

    assert opens_list_item("- also fined X", cue("- also fined X", "fined"))
    assert opens_list_item("(b) fined X", cue("(b) fined X", "fined"))
    assert not opens_list_item("- The court said Ofcom fined X",
                               cue("- The court said Ofcom fined X", "fined"))
    assert not opens_list_item("Ofcom fined X", cue("Ofcom fined X", "fined"))


# A stated consequence of not complying, in a sentence of its own, is a warning by the body
# that took the decision it backs, on that decision's companies, with its sum and day.
CONSEQUENCES: list[tuple[str, str, list[tuple[str, str, str, str | None]]]] = [
    ("Le 31 décembre 2021, la CNIL a infligé une amende de 90 millions d'euros à Google et "
     "une amende de 60 millions d'euros à Meta. À défaut, chacune devra s'acquitter d'une "
     "astreinte de 100 000 euros par jour de retard.", "fr",
     [("organisation/google", "100000", "EUR", "2021-12-31"),
      ("organisation/meta", "100000", "EUR", "2021-12-31")]),
    # The sum said, not its conversion in brackets.
    ("The ANPD suspended Meta's new privacy policy. Each day of non-compliance will cost the "
     "company 50,000 euros ($54,000), the regulator said.", "en",
     [("organisation/meta", "50000", "EUR", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CONSEQUENCES,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(CONSEQUENCES)])
def test_a_stated_consequence_is_a_warning_with_its_sum_and_day(extractor, without_lexicon,
                                                                 article_of, text, language,
                                                                 expected):
    article = article_of(text, language, D)
    warnings = [a for a in extractor.extract(article).actions if a.type == "warning"]
    got = sorted((a.targets[0], str(a.amount.amount) if a.amount else None,
                  a.amount.currency if a.amount else None, a.date.iso() if a.date else None)
                 for a in warnings)
    assert got == sorted(expected)
    assert all(a.status in FACTUAL_STATUSES and a.actor for a in warnings)
    assert not [a for a in without_lexicon.extract(article).actions if a.type == "warning"]


@pytest.mark.parametrize(("text", "language"), [
    # A penalty the order's sentence names with no sum is no warning (with its daily sum it
    # is one: order_penalties.py, test_order_penalties.py).
    ("Ofcom ordered 4chan to respond within ten days, failing which the site will face daily "
     "penalties.", "en"),
    # No sum or sanction said; a consequence only possible.
    ("La CNIL a mis en demeure Google. À défaut, les discussions reprendront en janvier.", "fr"),
    ("La CNIL a mis en demeure Google. À défaut, Google pourrait devoir payer une amende.",
     "fr"),
])
def test_no_warning_from_an_order_term_or_a_possibility(extractor, article_of, text, language):
    actions = extractor.extract(article_of(text, language, D)).actions
    assert not [a for a in actions if a.type == "warning" and a.status in FACTUAL_STATUSES]


# A headline's noun with nobody named: the article's one authority; not a company's own probe,
# not one only weighed, not with two bodies in the article.
HEADLINES: list[tuple[str, str, list[Fact]]] = [
    ("Probe into Meta over child safety\nThe European Commission said on Monday it had "
     "concerns about Instagram.", "en", [("investigation", EC, (META,))]),
    ("Nouvelle enquête contre Meta sur la protection des mineurs\nLa Commission européenne a "
     "fait part de ses inquiétudes.", "fr", [("investigation", EC, (META,))]),
    ("Meta's probe into TikTok\nThe European Commission said on Monday it had concerns.",
     "en", []),
    ("Probe into Meta unlikely, officials say\nThe European Commission said on Monday it had "
     "concerns.", "en", []),
    ("Investigation into Meta over child safety\nThe European Commission and Ofcom said on "
     "Monday they had concerns.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), HEADLINES,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(HEADLINES)])
def test_a_headline_noun_takes_the_article_body(extractor, without_lexicon, article_of, text,
                                                language, expected):
    article = article_of(text, language, D, title=text.split("\n")[0])
    got = facts(extractor, article)
    assert [f for f in got if f not in facts(without_lexicon, article)] == expected
