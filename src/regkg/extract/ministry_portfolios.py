"""A ministry named by its portfolio is that portfolio's ministry. Layer 1; used by the
resolver of regkg.extract.linking_discourse.

"Le ministère de l'Information et de la Radiodiffusion a ordonné ...", "the Ministry of Trade
signed ...": the description ("le ministère", "the ministry") refers back to a body named
before only when the portfolio's words are in that body's labels; "le ministère du Commerce"
after "le gouvernement indonésien" (Komdigi, Indonesia's one Government body) is not Komdigi
(tests/fog 1108, 1109: India's information and broadcasting ministry read as MeitY, Indonesia's
trade ministry as Komdigi). With no such body named, the portfolio's ministry of the one country
the text named before it, when exactly one body of that country has the portfolio in its
labels. A wrong fact is worse than a missing one: a portfolio no label carries is nobody, and
so is one after two countries (one may be named in passing).
"""

from __future__ import annotations

import re

from regkg.extract.person_index import fold
from regkg.reference import Reference

# The portfolio after the head: "du Commerce", "de l'Information et de la Radiodiffusion",
# "des Postes, des Télécommunications et de l'Économie numérique", "of Trade", "for Digital
# Affairs" (authority_anaphora in data/patterns/actions.yaml keeps it in the description).
_PORTFOLIO = re.compile(r"\b(?:ministère|ministry)\s+(?:de|du|des|of|for)\b(?P<words>.*)$",
                        re.IGNORECASE)
# Linking words of a portfolio, not its content.
_GLUE = frozenset({"de", "du", "des", "la", "le", "les", "l", "et", "of", "for", "and", "the",
                   "d", "à", "aux", "au"})


def portfolio_words(description: str) -> tuple[str, ...]:
    """The portfolio's content words of "le ministère du Commerce" ("commerce"); none for a
    bare "le ministère"."""
    match = _PORTFOLIO.search(description)
    if match is None:
        return ()
    words = re.findall(r"[^\W\d_]+", fold(match.group("words")))
    return tuple(w for w in words if w not in _GLUE)


def fits_portfolio(reference: Reference, key: str, words: tuple[str, ...]) -> bool:
    """One of the body's labels names a ministry of exactly that portfolio: "ministère du
    Commerce" is not the "ministère de l'Économie, du Commerce et de l'Industrie", "le
    ministère de l'Information" not the "ministère des Technologies de l'information"."""
    entity = reference.get(key)
    return entity is not None and any(
        set(label_portfolio(label)) == set(words) for label in entity.all_labels())


# A label's portfolio: the words after its head ("Ministry of Trade", "ministère turc du
# Commerce": a demonym right after the French head is the country's, not the portfolio's).
_LABEL_HEAD = re.compile(r"\b(?:ministry|ministère|department|département)\s+"
                         r"(?:(?-i:[a-zé][\w-]*)\s+(?=(?:de|du|des|d['’])\b))?", re.IGNORECASE)
# "Ministry of Information and Broadcasting of India": the country after the portfolio.
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?$")


def label_portfolio(label: str) -> tuple[str, ...]:
    """The portfolio words of a label naming a ministry; none for any other label."""
    head = _LABEL_HEAD.search(label)
    if head is None:
        return ()
    tail = label[head.end():]
    if len(re.findall(r"\bof\b", tail)) > 1:
        tail = _OF_COUNTRY.sub("", tail)
    words = re.findall(r"[^\W\d_]+", fold(tail))
    return tuple(w for w in words if w not in _GLUE)


def portfolio_body(reference: Reference, words: tuple[str, ...],
                   countries: set[str]) -> str | None:
    """The one ministry of `countries` whose labels hold the portfolio; None if none or two.
    The text must have named one country: with two ("relaunched in Indonesia, now expanding in
    Malaysia"), one named in passing would lend its ministry to a story about the other, whose
    ministry the reference may lack (review s17, item 6)."""
    if len(countries) != 1:
        return None
    found = {entity.key for entity in reference.of_kind("authority")
             if (entity.jurisdiction or "").split("-")[0] in countries
             and fits_portfolio(reference, entity.key, words)}
    return found.pop() if len(found) == 1 else None
