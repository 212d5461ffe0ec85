"""Unknown companies told with their kinds and their sums (issue 3, s18 conduct): "fined the
telecoms operator Tele2 SEK 12 million and the online marketplace CDON SEK 300,000" is one
fine on each (guideline 5); an ISO code before the sum is no word of the name ("Tele2 SEK");
a name in capitals right after a company's kind is a name ("the online marketplace CDON").
Traps: a name in capitals that is no currency before a number ("the company NSO 1 million
shekels"), a person after "and the founder", a news outlet (no company kind) in the list.
Invented names, in both languages (extract/unknown_lists.py, capital_names.py).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language", "steps"), [
    ("The Swedish data protection authority fined the telecoms operator Telvia SEK 8 million "
     "and the online marketplace Kvikko SEK 300,000 on Monday.", "en",
     {("fine", "telvia"), ("fine", "kvikko")}),
    ("The Danish data protection authority fined the online retailer Quillo DKK 1 million and "
     "the marketplace Vantory DKK 500,000.", "en", {("fine", "quillo"), ("fine", "vantory")}),
    ("The Federal Trade Commission sued the data broker Gravix and the online retailer Quillo "
     "on Tuesday.", "en", {("lawsuit", "gravix"), ("lawsuit", "quillo")}),
    ("The Swedish data protection authority fined the online marketplace KVIK SEK 300,000 on "
     "Monday.", "en", {("fine", "kvik")}),
    ("La CNIL a infligé une amende à l'opérateur Telvia et à la place de marché Quillo.", "fr",
     {("fine", "telvia"), ("fine", "quillo")}),
    ("La CNIL a infligé mardi une amende de 300 000 euros à la place de marché KVIK.", "fr",
     {("fine", "kvik")}),
])
def test_each_company_of_the_list_with_its_kind_is_a_target(step_targets, text, language,
                                                            steps) -> None:
    assert steps <= step_targets(text, language)


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("The Swedish data protection authority fined the telecoms operator Telvia SEK 8 million "
     "on Monday.", "en", {"telvia-sek", "sek"}),
    ("The Swedish data protection authority fined the company SEK 8 million on Monday.", "en",
     {"sek"}),
    ("The Swedish data protection authority fined the retailer Zorvex SEK 1 million and the "
     "founder Jan Berg SEK 50,000.", "en", {"jan-berg"}),
    ("The Swedish data protection authority fined the retailer Zorvex SEK 1 million and the "
     "business daily Nordbladet SEK 50,000.", "en", {"nordbladet"}),
])
def test_a_currency_a_person_or_an_outlet_is_no_listed_company(step_targets, text, language,
                                                               absent) -> None:
    assert not {target for _, target in step_targets(text, language)} & absent


def test_a_name_in_capitals_before_a_sum_that_is_no_currency_stays_a_name(step_targets) -> None:
    text = "Israel's privacy regulator fined the company NSO 1 million shekels on 4 March 2024."
    assert ("fine", "nso") in step_targets(text, "en")
