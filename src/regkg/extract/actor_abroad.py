"""A body described with no country, in a sentence placed abroad. Layer 1.

French press means France when a description names no country ("le gendarme de la vie
privée" is the CNIL: `domain_regulators.default_country`). Not when the sentence opens by
placing itself in another country: "En Irlande, le gendarme de la vie privée a infligé ...",
"Au Japon, la commission de la concurrence a ordonné ...", "En Australie, le régulateur de la
sécurité en ligne ...": the body is that country's of the same domain (the Irish DPC, the
JFTC, eSafety), or nobody when the reference has none, never the French one. The same when
the sentence names no country but its paragraph, before it, names one country only and not
France ("La Turquie durcit le ton. L'autorité des télécommunications a bloqué Instagram";
"L'Irlande ... Le gendarme de la vie privée a infligé"), or when "du pays" follows the
description (the country named last).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from regkg.extract.foreign_context import foreign_country
from regkg.extract.linking import DescribedMention, Discourse, kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns

# A fronted place: "En Irlande,", "Au Japon,", "Aux États-Unis,", "In Australia,".
_FRONTED_PLACE = re.compile(r"\s*(?:en|au|aux|in)\s+(?:l'|la\s+|le\s+|the\s+)?$", re.I)


def relocated(view: SentenceView, candidates: list[Mention], linker: Linker,
              lp: LanguagePatterns, discourse: Discourse) -> list[Mention]:
    """`candidates` with each description that took the language's default country replaced
    by the body of the fronted place's country, or of the country of the paragraph's last
    subject ("La Malaisie a restreint l'accès à Grok. Le régulateur des communications a
    ordonné ..."); dropped when it has none."""
    default = lp.domain_default_country
    place = _fronted_country(view, linker)
    if place is None and len(_paragraph_countries(view, discourse, subjects=False)
                             - {default, "EU"}) > 1:
        place = ""  # "L'Irlande et l'Italie enquêtent ...": neither country's body, nor France's
    elif place is None:
        place = (_subjects_country(view, discourse, linker)
                 or _paragraph_country(view, discourse, default))
    if place is None and default is not None:
        place = foreign_country(view, discourse, linker, default)  # "ANKARA – Le régulateur"
    if default is None or place is None or place == default:
        return candidates
    kept: list[Mention] = []
    for mention in candidates:
        domain = _defaulted_domain(mention, linker, lp)
        if domain is None:
            kept.append(mention)
            continue
        key = linker.patterns.domain_bodies.get(domain, {}).get(place)
        if key:
            kept.append(DescribedMention(key, mention.text, mention.start, mention.end))
    return sorted(kept + _unplaced(view, kept, place, linker, lp), key=lambda m: m.start)


def _unplaced(view: SentenceView, candidates: list[Mention], place: str, linker: Linker,
              lp: LanguagePatterns) -> list[Mention]:
    """Descriptions with no country that the default left without a body (France has no
    "régulateur de la sécurité en ligne"): the fronted place's body of the domain."""
    found: list[Mention] = []
    for domain, pattern in lp.domain_descriptions:
        for match in pattern.finditer(view.text):
            if any(m.start < match.end() and match.start() < m.end
                   for m in candidates + view.mentions + found) or _names_country(
                       match.group(0), linker):
                continue
            key = linker.patterns.domain_bodies.get(domain, {}).get(place)
            if key:
                found.append(DescribedMention(key, match.group(0), match.start(), match.end()))
    return found


def _subjects_country(view: SentenceView, discourse: Discourse, linker: Linker) -> str | None:
    """The country of the last body named (or acting) as a subject earlier in the paragraph."""
    start = discourse.paragraph_starts.get(view.paragraph)
    if start is None:
        return None
    # kept in order of offset (bisect.insort): those of the paragraph before are a slice
    told = discourse.subject_authorities
    last = bisect.bisect_left(told, (view.sentence.start,)) - 1
    if last < 0 or told[last][0] < start:
        return None
    return (linker.jurisdiction_of(told[last][1]) or "").split("-")[0] or None


# "le régulateur des télécommunications du pays": the country named last.
_OF_THE_COUNTRY = re.compile(r"\s+du\s+pays\b", re.I)


def _paragraph_country(view: SentenceView, discourse: Discourse,
                       default: str | None) -> str | None:
    """The one country the paragraph names as a subject (or through a body) before the
    sentence, when it is not the default
    (nor the EU: "le gendarme de la concurrence" after the Commission is no guess to make);
    the last one named when the sentence says "du pays". None when the sentence names a
    country or body of its own: the other rules read those."""
    if any(kind_of(m.key) in ("jurisdiction", "authority") for m in view.mentions):
        return None
    before = view.sentence.start
    if _OF_THE_COUNTRY.search(view.text):
        named = [code.split("-")[0] for at, _, code in discourse.places if at < before]
        return named[-1] if named else None
    here = _paragraph_countries(view, discourse, subjects=True)
    if len(here) != 1 or here == {default} or here == {"EU"}:
        return None
    return here.pop()


def _paragraph_countries(view: SentenceView, discourse: Discourse, subjects: bool) -> set[str]:
    """The countries of discourse.places (or subject_places) in the paragraph before the
    sentence."""
    if subjects:
        return discourse.subject_places_read.before(discourse.subject_places, view.paragraph,
                                                    view.sentence.start)
    return discourse.places_read.before(discourse.places, view.paragraph, view.sentence.start)


def _fronted_country(view: SentenceView, linker: Linker) -> str | None:
    """The country a sentence opens with ("En Irlande, ..."), before its first comma."""
    comma = view.text.find(",")
    for mention in view.mentions:
        if comma < 0 or mention.end > comma:
            break
        if kind_of(mention.key) == "jurisdiction" and _FRONTED_PLACE.fullmatch(
                view.text, 0, mention.start):
            return (linker.jurisdiction_of(mention.key) or "").split("-")[0] or None
    return None


def _defaulted_domain(mention: Mention, linker: Linker, lp: LanguagePatterns) -> str | None:
    """The domain of a description that names no country of its own (the default's)."""
    if not isinstance(mention, DescribedMention) or kind_of(mention.key) != "authority":
        return None
    for domain, pattern in lp.domain_descriptions:
        if pattern.match(mention.text) and not _names_country(mention.text, linker):
            return domain
    return None


def _names_country(text: str, linker: Linker) -> bool:
    return any(_demonym(linker, word) for word in re.findall(r"[\w-]+", text))


def _demonym(linker: Linker, word: str) -> bool:
    """A country word in any of its forms ("irlandaise", "sud-coréen")."""
    folded = word.casefold().split("-")[-1]
    forms = (folded, folded.removesuffix("s"), folded.removesuffix("es"),
             folded.removesuffix("nes"), folded.removesuffix("ne"))
    return any(form in linker.patterns.demonyms for form in forms)
