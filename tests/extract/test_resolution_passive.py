"""A platform described as the subject of an agentless passive step ("the company was fined
€600,000 in 2018") and the acronyms an article defines for a body ("(Autoriteit
Persoonsgegevens, AP)" ... "the AP fined it"): the step is the body's the article is about,
only when nothing else could have taken it (issue 3). Invented texts in the style of
regulators' releases and news reports."""

from __future__ import annotations

import datetime as dt

import pytest

DPA, CNIL, UBER, GOOGLE = ("authority/dutch-dpa", "authority/cnil", "organisation/uber",
                           "organisation/google")
D = dt.date(2024, 8, 26)


@pytest.fixture
def facts(factual_steps):
    return factual_steps(D)


LEAD = "The Dutch Data Protection Authority has imposed a fine of €290 million on Uber. "


def test_regression_the_company_was_fined_is_the_bodys_that_already_fined_it(facts):
    found = facts(LEAD + "In 2018 the company was fined €600,000 for reporting a breach late.")
    assert ("fine", DPA, (UBER,), "2018") in found


def test_regression_not_the_first_time_with_a_colon_denies_nothing(facts):
    text = (LEAD + "This is not the first time the regulator has acted against Uber: the "
            "company was fined €600,000 in 2018 for reporting a data breach too late.")
    assert ("fine", DPA, (UBER,), "2018") in facts(text)


def test_not_the_first_time_without_a_colon_still_states_nothing_new(facts):
    text = LEAD + "It is not the first time the regulator has fined the company."
    assert facts(text) == [("fine", DPA, (UBER,), None)]


@pytest.mark.parametrize("later", [
    # Another body named as a subject in between: which one fined it is open.
    "The CNIL later opened an investigation. In 2018 the company was fined €600,000.",
    # The agent is no authority.
    "In 2021 the company was sued by consumer groups.",
    # Another body named before the trigger in the sentence.
    "In Italy, the company was fined €600,000 in 2018.",
    # No step against any platform before: the company is nobody's target yet.
])
def test_hard_negatives_a_described_passive_subject_gets_no_guessed_actor(facts, later):
    assert facts(LEAD + later) == [("fine", DPA, (UBER,), None)]


def test_a_described_subject_with_no_earlier_step_and_two_bodies_stays_out(facts):
    text = ("The Dutch Data Protection Authority and the CNIL published a report on Uber. In "
            "2018 the company was fined €600,000.")
    assert facts(text) == []


def test_a_described_subject_reads_as_its_name_would(facts):
    """The article's one body: as for "Uber was fined" (the lexicon layer's sole authority)."""
    lead = "The Dutch Data Protection Authority published its annual report on Uber. "
    named = facts(lead + "In 2018 Uber was fined €600,000.")
    assert facts(lead + "In 2018 the company was fined €600,000.") == named


def test_regression_french_la_societe_a_ete_condamnee_par_la_justice_is_no_body_step(facts):
    text = ("La CNIL a infligé une amende à Google en 2020. En 2021, la société a été "
            "condamnée par la justice américaine.")
    assert facts(text, "fr") == [("fine", CNIL, (GOOGLE,), "2020")]


def test_regression_an_acronym_defined_in_brackets_names_the_body_later(facts):
    text = ("The Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) has imposed "
            "a fine of €290 million on Uber. In January 2024 the AP fined it €10 million for "
            "being unclear about how long drivers' data were kept.")
    assert ("fine", DPA, (UBER,), "2024-01") in facts(text)


def test_an_acronym_not_defined_in_the_article_links_nothing(facts):
    text = ("The Dutch Data Protection Authority has imposed a fine of €290 million on Uber. "
            "In January 2024 the AP fined it €10 million.")
    assert ("fine", DPA, (UBER,), "2024-01") not in facts(text)


def test_an_acronym_defined_for_two_bodies_links_neither(extractor, article_of):
    text = ("The Dutch Data Protection Authority (AP) has imposed a fine on Uber. The CNIL (AP) "
            "welcomed it. In January 2024 the AP fined Uber €10 million.")
    actions = extractor.extract(article_of(text, "en", D)).actions
    assert not [a for a in actions if a.date and a.date.iso() == "2024-01"]

