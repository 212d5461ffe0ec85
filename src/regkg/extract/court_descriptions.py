"""Courts and judges named by their place, not by their name. Layer 1.

Reports name the court that orders a platform about by where it sits: "A Brazilian judge
ordered the suspension of X", "a court in New Delhi ordered X to ...", "a federal judge in
California", "a Moscow court fined Google", "le tribunal judiciaire de Paris a ordonné à X",
"un juge brésilien", "un tribunal de New Delhi", "la justice brésilienne a ordonné". A court
is a public authority (guideline 4), but the reference names no body for it: the step is the
jurisdiction's with no actor, as the seeds do for countries named instead of bodies. Never its
government: a court's order stated as a government's would be a wrong fact.

The place gives the jurisdiction: a country or its demonym, or a city of the country
(`court_places` in data/patterns/actions.yaml). Where courts of the country and of its states
both sit (the US, Canada), a state's or province's court is its own jurisdiction, "federal"
the country's; a US place with neither word is left out ("a New York judge" may be federal or
the state's: a wrong jurisdiction is a wrong fact). A court acts with a verb of its own
(`COURT_STEPS`): as the noun's agent before a fine or an investigation it is more often the
court that upheld or heard another body's step ("A Dutch court upheld the fine imposed on
Uber").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker

COURT = "court"  # the kind of a court mention's key: "court/BR"
# The steps a court described by its place is read to take, with its own verb.
COURT_STEPS = frozenset({"order", "block", "fine"})

_QUALIFIER = (r"(?:federal|state|district|regional|provincial|high|appeals?|appellate|top|"
              r"supreme|lower|local|criminal|civil|commercial|administrative|magistrate'?s?|"
              r"superior|constitutional)")
_HEAD_EN = r"(?:courts?|judges?|justice|magistrates?|tribunal)"
_PLACE_WORD = r"(?-i:[A-Z][\w.'-]*)"
# "a Brazilian judge", "the Delhi High Court", "a US federal judge", "Russian courts".
_PLACE_BEFORE = re.compile(
    rf"\b(?:(?:a|an|the|one)\s+)?(?P<core>(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}?)"
    rf"\s+(?P<quals>(?:{_QUALIFIER}\s+)*){_HEAD_EN})\b", re.I)
# "a court in New Delhi", "a federal judge in California", "India's top court".
_PLACE_AFTER = re.compile(
    rf"\b(?:a|an|the|one)\s+(?P<core>(?P<quals>(?:{_QUALIFIER}\s+)*){_HEAD_EN}\s+(?:in|of)\s+"
    rf"(?:the\s+)?(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))", re.I)
_POSSESSIVE = re.compile(
    rf"\b(?P<core>(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)'s\s+(?P<quals>(?:{_QUALIFIER}\s+)*)"
    rf"{_HEAD_EN})\b", re.I)
_QUALIFIER_FR = (r"(?:fédéral|fédérale|d'appel|judiciaire|administratif|de\s+commerce|"
                 r"de\s+grande\s+instance|correctionnel|civil|régional|de\s+district|suprême|"
                 r"supérieure?|d'instance|des\s+référés)")
# "un juge brésilien", "le tribunal judiciaire de Paris", "un juge fédéral américain",
# "la justice brésilienne", "un tribunal de New Delhi", "la cour d'appel de Paris".
_FRENCH = re.compile(
    rf"\b(?:un|une|le|la|l'|les|des)\s*(?P<core>(?:juges?|tribunal|tribunaux|cour|magistrate?|"
    rf"juridiction|justice)(?P<quals>(?:\s+{_QUALIFIER_FR})*)"
    rf"(?:\s+(?!(?:de|du|des|d'|a|à|et|en)\b)(?P<demonym>(?-i:[a-zé])[\w-]+))?"
    rf"(?:\s+(?:de|d'|du)\s*(?P<place>{_PLACE_WORD}(?:[\s-]{_PLACE_WORD}){{0,2}}))?)", re.I)
_FEDERAL = re.compile(r"\b(?:federal|fédérale?)\b", re.I)
_STATE = re.compile(r"\bstate\b", re.I)
# Countries whose states' or provinces' courts are jurisdictions of their own (guideline 2).
_FEDERATIONS = frozenset({"US", "CA"})


def court_mentions(text: str, linker: Linker, mentions: list[Mention],
                   french: bool) -> list[Mention]:
    """A DescribedMention with key "court/<code>" for each court described by its place."""
    from regkg.extract.linking import DescribedMention  # linking imports this module

    found: list[Mention] = []
    patterns = (_FRENCH,) if french else (_PLACE_AFTER, _POSSESSIVE, _PLACE_BEFORE)
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end("core")  # with its article: "by a court"
            if any(m.start < end and start < m.end for m in found) or any(
                    m.start < end and start < m.end and kind_of(m.key) != "jurisdiction"
                    for m in mentions):
                continue  # a court the reference names ("Brazil's Supreme Federal Court")
            code = _place_code(match, text, linker, mentions)
            code = code and _court_level(code, match.group("quals") or "")
            if code:
                found.append(DescribedMention(f"{COURT}/{code}", text[start:end], start, end))
    return sorted(found, key=lambda m: m.start)


def _place_code(match: re.Match[str], text: str, linker: Linker,
                mentions: list[Mention]) -> str | None:
    """The jurisdiction of the court's place: a place the gazetteer names there (a country,
    a US state), a demonym, or a city."""
    for group in ("place", "demonym"):
        word = match.groupdict().get(group)
        if not word:
            continue
        start, end = match.span(group)
        named = [m for m in mentions if start <= m.start and m.end <= end
                 and kind_of(m.key) == "jurisdiction"]
        if named:
            return named[0].key.partition("/")[2]
        code = linker.patterns.court_places.get(word.casefold()) or linker.place_code(word)
        if code:
            return code
    return None


def _court_level(code: str, qualifiers: str) -> str | None:
    """A state's court in a federation its state's jurisdiction, a federal one the country's;
    a US place with neither word none (guideline 2: ISO 3166-2 for sub-national bodies)."""
    country, _, subdivision = code.partition("-")
    if _FEDERAL.search(qualifiers):
        return country
    if country not in _FEDERATIONS or not subdivision:
        return code
    if _STATE.search(qualifiers) or country == "CA":
        return code
    return None


def court_actor(key: str) -> str | None:
    """The actor a court mention stands for: the court of its jurisdiction ("court/BR")."""
    return key if kind_of(key) == COURT else None


# Right after the verb, another step as its object: the court reviews it ("suspended the
# regulator's order against X", "a suspendu la décision de l'Arcom"), it does not act on X.
_REVIEWED_STEP = re.compile(
    r"^\s*(?:(?:the|a|an|its|le|la|l'|les|sa|son|ses)\s*)?(?:[\w-]+(?:'s)?\s+){0,3}?"
    r"(?:order|orders|decision|ruling|fine|penalty|ban|sanction|suspension|blocking|"
    r"décision|ordonnance|amende|sanction|interdiction|suspension|mise\s+en\s+demeure|"
    r"injonction|arrêté|blocage)\b", re.I)


def court_steps_of(actors: list[str], view: SentenceView, trig: TriggerMatch,
                   linker: Linker) -> list[str]:
    """`court_steps`, and a court the reference names does not take a step it reviews ("The
    CJEU confirmed the fine on Google", "la Cour a confirmé l'amende infligée à Google": the
    step is the body's that took it, and the court's confirmation no new one)."""
    if trig.form != "verbal" and _REVIEW_BEFORE.search(view.text, max(0, trig.start - 80),
                                                       trig.start):
        actors = [a for a in actors if not _named_court(a, linker)]
    if trig.type == "fine" and _SUIT_BEFORE.search(view.text, 0, trig.start):
        # "le ministère avait assigné Amazon devant le tribunal de commerce ; la juridiction
        # avait condamné la plateforme à 4 millions d'euros": the fine ends the authority's
        # suit (its outcome, not a step of its own: the suit is the authority's action)
        return [a for a in actors if kind_of(a) != COURT]
    return court_steps(actors, trig.type, trig.form, view.text[trig.end:])


# An authority's suit told before a court's fine in the same sentence.
_SUIT_BEFORE = re.compile(
    r"\b(?:assign\w*|poursuivi\w*|sued|took\s+\S+(?:\s+\S+)?\s+to\s+court|"
    r"(?:filed|brought|lodged)\s+(?:a\s+|its\s+)?(?:lawsuit|suit|case|claim|proceedings)|"
    r"(?:saisi|déféré|traduit)\w*\s+(?:[^.;]{0,40}?\s)?(?:devant|la\s+justice)|"
    r"porté\s+plainte)\b", re.IGNORECASE)


def court_steps(actors: list[str], kind: str, form: str, after: str) -> list[str]:
    """The actors of a step without the courts described by place that cannot take it
    (`COURT_STEPS`, with a verb of their own, not aimed at another step: `after` is the
    sentence's text after the trigger)."""
    if kind in COURT_STEPS and form == "verbal" and not _REVIEWED_STEP.match(after):
        return actors
    return [a for a in actors if kind_of(a) != COURT]


# A verb that reviews a step, before its noun: "upheld the fine", "a confirmé l'amende" (a
# court's own verb aimed at a step's noun, "avait ordonné son blocage", is its step).
_REVIEW_BEFORE = re.compile(
    r"\b(?:upheld|upholds?|confirmed|confirms?|validated|annulled|annuls?|overturned|"
    r"overturns?|quashed|quashes|cancell?ed|reduced|reduces|rejected|dismissed|maintained|"
    r"endorsed|struck\s+down|set\s+aside|confirmé|confirme|validé|valide|annulé|annule|"
    r"réduit|rejeté|maintenu|infirmé|cassé)\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,60}$", re.IGNORECASE)
_COURT_NAME = re.compile(r"\b(?:court|cour|tribunal|tribunale|audiencia)\b",
                         re.IGNORECASE)
_PROSECUTOR_NAME = re.compile(r"\b(?:prosecutor|parquet|procureur|attorney|procura)",
                              re.IGNORECASE)


def _named_court(key: str, linker: Linker) -> bool:
    """A court the reference names (its class holds prosecutors too: they are not courts)."""
    entity = linker.reference.get(key)
    if entity is None or "ProsecutorOrCourt" not in entity.classes:
        return False
    names = " ".join(entity.labels.values())
    return _COURT_NAME.search(names) is not None and not _PROSECUTOR_NAME.search(names)
