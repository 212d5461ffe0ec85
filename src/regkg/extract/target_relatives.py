"""A platform named in a relative clause that describes the company before it is not a target
of its own: "a sanctionné d'une amende ... la société américaine Luka Inc., qui développe
l'application Replika, un compagnon virtuel" fines Luka (tests/broad 714), "fined Acme
Ltd, which runs the app Foo, ..." fines Acme. Layer 1; used by regkg.extract.targets.

Conservative: the clause opens with a comma and a relative pronoun right after a capitalised
name (the company the step is aimed at), and the platform's mention lies inside that clause.
"""

from __future__ import annotations

import re

from regkg.extract.trade_names import trades_as

# ", qui développe l'application Replika" / ", which runs Foo": to the next comma or the end.
_RELATIVE = re.compile(r",\s+(?:qui|dont|which|who|whose|that)\b[^,;.]*", re.IGNORECASE)
# A capitalised name (with a legal suffix's dot) right before the clause's comma.
_NAME_BEFORE = re.compile(r"(?-i:[A-Z][\w&'-]*)(?:\s+(?-i:[A-Z][\w&'-]*)){0,3}\.?$")


def describes_the_company_before(text: str, after: int, start: int) -> bool:
    """Is the mention at `start` inside a relative clause, opened after `after` (the step's
    trigger), that follows a capitalised name?"""
    for clause in _RELATIVE.finditer(text, after, start + 1):
        if clause.start() < start < clause.end() and _NAME_BEFORE.search(
                text, after, clause.start()) and not trades_as(text, clause.start(), start):
            # "Oztures Trading Pty Ltd, which traded as Binance": the same company
            return True
    return False


# After a description of a company: a word or two (adjectives, a demonym), then its name
# ("la société américaine Luka Inc.", "the US firm Acme"): the description introduces it.
_FUNCTION_WORD = (r"(?:in|on|at|of|for|by|with|from|to|and|or|since|over|under|de|du|des|d|"
                  r"en|à|au|aux|pour|par|avec|sur|dans|et|ou|depuis|la|le|les|l|the|a|an)\b")
_NAME_AFTER = re.compile(
    rf"\s+(?:(?!{_FUNCTION_WORD})(?-i:[a-zàâçéèêëîïôûù][\w-]*)\s+){{0,2}}"
    r"(?P<name>(?-i:[A-Z])[\w&'-]*)")


def introduces_a_name(text: str, end: int, not_names: frozenset[str]) -> bool:
    """Does a capitalised name (not a day, a month or a body's word: `not_names`) follow the
    description ending at `end`, after at most two lower-case words?"""
    match = _NAME_AFTER.match(text, end)
    return match is not None and match.group("name") not in not_names
