"""A release that names its body "The X Commission (ACR)" once and "the Commission" after
(issue 3, A7; bare_commission.py): each "the Commission" is that body, however far on, never
the European Commission by default (tests/broad 704 gave the PIPC's 2022 fines to the EU)."""

from __future__ import annotations

import datetime as dt

D = dt.date(2024, 11, 5)
PIPC, EC = "authority/pipc", "authority/european-commission"
FILLER = ("The Commission found that the company had used the data of about 980,000 users "
          "to build advertising topics without their separate consent, and that it had not "
          "answered users' requests for access to their own information in time. ") * 4


def test_regression_the_commission_far_on_is_still_the_release_body(steps_in):
    text = ("PIPC fines Meta\n\nThe Personal Information Protection Commission (PIPC) decided "
            "on 4 November to impose a penalty surcharge of KRW 21.62 billion on Meta.\n\n"
            f"{FILLER}\n\nThe decision follows the Commission's September 2022 decision, in "
            "which it imposed a fine of KRW 69.2 billion on Google.\n")
    found = steps_in(text, "en", D)
    assert ("fine", PIPC, ("organisation/google",)) in found
    assert not any(s[1] == EC for s in found)


def test_a_commission_named_without_a_known_acronym_stays_unknown(steps_in):
    text = ("Fine\n\nThe Fair Trade Commission (FTCX) fined Google on Monday.\n\nThe "
            "Commission also ordered Google to change its contracts.\n")
    assert not any(s[1] == EC for s in steps_in(text, "en", D))
