"""A body's name qualified by another country than its own. Layer 1.

Bodies of different countries share names: "Data Protection Commission" is Ireland's and
Ghana's, "CNPD" Luxembourg's and Portugal's, "Autorité de protection des données" Belgium's and
Benin's. When the text ties the name to a country ("Ghana's Data Protection Commission",
"l'Autorité de protection des données personnelles du Bénin", "the Portuguese data protection
authority CNPD"), the mention can only be that country's body: the keys of other countries are
dropped, and the mention too when none is left (a body the reference lacks is no actor; the
body of another country would be a wrong fact).

The country is read from:
- a country named just before: "Ghana's", "the Ghana" (possessive or modifier);
- a country named just after, as a complement: "... of Ghana", "... du Bénin",
  "... personnelles de la Côte d'Ivoire" (up to two lower-case words between);
- another body named just before in apposition, itself tied to its country ("Portugal's data
  protection authority CNPD", "... authority (CNPD)"): the second name is the first's.
A country that contains the body's (a US state's body after "US") is no clash.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from regkg.reference import Reference


class _Spanned(Protocol):
    @property
    def keys(self) -> tuple[str, ...]: ...


M = TypeVar("M", bound=_Spanned)

_POSSESSIVE = re.compile(r"^(?:['’]s)?\s+$")
_APPOSED = re.compile(r"^\s*\(?\s*$")
# "... of Ghana", "... du Bénin", " personnelles de la Côte d'Ivoire": a complement of the
# name, with at most the words that continue a body's name between (a verb between would
# make the country a place the body acts on: "La CNIL vise des sites des Pays-Bas").
_COMPLEMENT = re.compile(r"^(?:\s+(?:personnelles|personal|nationale?|national|f[ée]d[ée]rale?|"
                         r"federal)){0,2}\s+(?:of(?:\s+the)?|du|de\s+la|de\s+l['’]|de|d['’])"
                         r"\s*$")


def keep_country_consistent(matches: Sequence[M], span: Callable[[M], tuple[int, int]],
                            text: str, reference: Reference,
                            narrow: Callable[[M, tuple[str, ...]], M]) -> list[M]:
    """`matches` without the body keys another country named with them rules out."""
    kept: list[M] = []
    for index, match in enumerate(matches):
        keys = _bodies(match.keys, reference)
        if not keys:
            kept.append(match)
            continue
        country = _qualifier(matches, index, span, text, reference)
        if country is None:
            kept.append(match)
            continue
        fitting = tuple(k for k in match.keys if _fits(k, country, reference))
        if fitting:
            kept.append(match if fitting == match.keys else narrow(match, fitting))
    return kept


def _bodies(keys: tuple[str, ...], reference: Reference) -> tuple[str, ...]:
    found = []
    for key in keys:
        entity = reference.get(key)
        if entity is not None and entity.kind == "authority" and entity.jurisdiction:
            found.append(key)
    return tuple(found) if len(found) == len(keys) else ()


def _qualifier(matches: Sequence[M], index: int, span: Callable[[M], tuple[int, int]],
               text: str, reference: Reference) -> str | None:
    """The country code the text ties to matches[index], if any."""
    start, end = span(matches[index])
    if index > 0:
        before = matches[index - 1]
        gap = text[span(before)[1]:start]
        code = _country(before.keys, reference)
        if code is not None and _POSSESSIVE.match(gap):
            return code
        if (_bodies(before.keys, reference) and _APPOSED.match(gap) and "\n" not in gap
                and _tied_to_country(matches, index - 1, span, text, reference)):
            codes = {_code_of(k, reference) for k in before.keys}
            if len(codes) == 1:
                return codes.pop()
    if index + 1 < len(matches):
        after = matches[index + 1]
        code = _country(after.keys, reference)
        if code is not None and _COMPLEMENT.match(text[end:span(after)[0]]):
            return code
    return None


def _tied_to_country(matches: Sequence[M], index: int, span: Callable[[M], tuple[int, int]],
                     text: str, reference: Reference) -> bool:
    """The body's own name carries its country ("Portugal's data protection authority") or a
    country is named just before it: an unqualified shared name ("National Telecommunications
    Commission") says nothing of the name in apposition after it."""
    start, end = span(matches[index])
    if re.search(r"\w['’]s\s", text[start:end]):
        return True
    if index == 0:
        return False
    before = matches[index - 1]
    return (_country(before.keys, reference) is not None
            and _POSSESSIVE.match(text[span(before)[1]:start]) is not None)


def _country(keys: tuple[str, ...], reference: Reference) -> str | None:
    entity = reference.get(keys[0]) if len(keys) == 1 else None
    if entity is None or entity.kind != "jurisdiction":
        return None
    return entity.code


def _code_of(key: str, reference: Reference) -> str | None:
    entity = reference.get(key)
    return entity.jurisdiction if entity is not None else None


def _fits(key: str, country: str, reference: Reference) -> bool:
    """The body's jurisdiction is the country or lies in it ("US" before a state's body); a
    country's body after a state's name is no more the state's ("the Utah Department of
    Commerce" is not the federal one)."""
    own = _code_of(key, reference)
    return own is None or own == country or _parent(own, reference) == country


def _parent(code: str, reference: Reference) -> str | None:
    entity = reference.get(f"jurisdiction/{code}")
    return entity.part_of if entity is not None else None
