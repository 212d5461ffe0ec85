"""No default country for a description when the text is about another country. Layer 1;
used by regkg.extract.actor_abroad, shared_names and actor_context ("le gouvernement").

French press means France when a description names no country ("le régulateur des
télécommunications" is Arcep). Not in a text placed in another country, and never in France:
"ANKARA, 4 mars – Le régulateur des télécommunications a infligé une amende à X", "Le
vice-ministre turc a annoncé ... Le régulateur des télécoms a ...", "... le blocage de TikTok
en Turquie". What places a text: its dateline's city, a demonym qualifying a state ("le
gouvernement turc", "les autorités tchadiennes", "la loi turque"), a country or a capital as
a subject ("La Turquie durcit le ton", "Ankara accuse X"), the place of the sentence's own
step; a dateline's city in capitals places it with no date too ("BRUXELLES - Le gouvernement
a interdit TikTok": Belgium's government, session 20). France named anywhere before (a place, a
French body) keeps the default; so does a text that places itself nowhere (a place in a
company's relative, "dont le siège est en Irlande", places nothing). Placed in one country,
the body is that country's of the domain; in several, nobody: a missing actor, never France's
body by a default the text contradicts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.dateline_places import dateline_city
from regkg.extract.linking import DescribedMention, Discourse, kind_of
from regkg.extract.prefilter import GatedPattern

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

# A state's noun and its demonym: "le vice-ministre turc", "les autorités tchadiennes",
# "la loi turque", "des livres turques", "the Turkish government".
_STATE_DEMONYM = GatedPattern(re.compile(
    r"\b(?:gouvernement|(?:vice-|premier\s+)?ministre|ministère|autorités|parlement|président|"
    r"présidence|justice|police|loi|législation|livres?|État|exécutif)\s+(?P<after>[a-zà-ÿ-]+)"
    r"|\b(?P<before>(?-i:[A-Z])[a-z]+)\s+(?:government|(?:deputy\s+|prime\s+)?minister|ministry|"
    r"authorities|parliament|president|presidency|law|police|officials|lira)\b", re.IGNORECASE))
# A dateline's city, its first words: "ANKARA, 4 mars –", "Istanbul (AFP) –".
_DATELINE_CITY = re.compile(r"^\s*(?P<city>[^\W\d_][\w'’. -]{1,30}?)\s*(?:\([^)]*\))?\s*,")
# Words before a place that make it a company's or a person's, not the step's.
_ASIDE_BEFORE = re.compile(r"\b(?:dont|qui|où|whose|which|who|where|bas[ée]e?s?|based|si[èe]ge|"
                           r"headquarter\w*|implant[ée]e?s?|filiale|subsidiary|établie?s?|"
                           r"vers|depuis|from|to|toward|pour|for|over|transf\w+)\b", re.IGNORECASE)
# A state named by its form: "la République du Tchad", "the Kingdom of Morocco".
_STATE_FORM = re.compile(r"\b(?:République|Republic|Royaume|Kingdom|Sultanat|Sultanate|Émirat|"
                         r"Emirate)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of(?:\s+the)?)\s*"
                         r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)", re.IGNORECASE)
_UNKNOWN = "?"  # a country the reference does not hold: placed abroad, no body to name
_DATELINE_WITHIN = 3  # sentences: the headline and the lead carry the dateline


def remember_country_clues(view: SentenceView, discourse: Discourse, linker: Linker) -> None:
    """Record the countries a sentence places the text in: its dateline's city, a state's
    demonym."""
    start = view.sentence.start
    discourse.country_clues += [(start, code) for code in _clues(view, linker)]


def foreign_country(view: SentenceView, discourse: Discourse, linker: Linker,
                    default: str) -> str | None:
    """None when the default country may stand (the text names no country, or names the
    default's); else the one country a dateline or a state's demonym places the text in, or ""
    (no body: several countries, or only places)."""
    start = view.sentence.start
    strong = {code for at, code in discourse.country_clues if at < start} | _clues(view, linker)
    strong -= {"EU"}
    named = {code for at, _, code in discourse.places if at < start}
    named |= {linker.jurisdiction_of(m.key) or "" for m in view.mentions
              if kind_of(m.key) in ("jurisdiction", "authority")
              and not isinstance(m, DescribedMention)}
    if not strong or default in strong | {c.split("-")[0] for c in named if c}:
        return None
    country = strong.pop() if len(strong) == 1 else ""
    return "" if country == _UNKNOWN else country


def _clues(view: SentenceView, linker: Linker) -> set[str]:
    codes = {linker.demonym_code(m.group("after") or m.group("before") or "") or ""
             for m in _STATE_DEMONYM.finditer(view.text)}
    # a country as a subject, a state acting: "La Turquie durcit le ton"
    codes |= {linker.jurisdiction_of(m.key) or "" for m in view.mentions
              if kind_of(m.key) == "jurisdiction" and not isinstance(m, DescribedMention)
              and _subject(view, m.start, linker)}
    # the place of the sentence's own step: "le blocage de TikTok en Turquie" (not a place
    # told of a company in a relative: "Meta, dont le siège est en Irlande")
    codes |= {linker.jurisdiction_of(m.key) or "" for m in view.mentions
              if kind_of(m.key) == "jurisdiction" and not isinstance(m, DescribedMention)
              and linker.is_locative(view.text, m.start)
              and not _ASIDE_BEFORE.search(view.text, 0, m.start)}
    # a state named by its form, known or not: "la République du Tchad"
    codes |= {linker.demonym_code(m.group("name")) or _UNKNOWN
              for m in _STATE_FORM.finditer(view.text)}
    # a capital standing for its state as a subject: "Ankara accuse X"
    codes |= {linker.jurisdiction_of(key) or "" for key, pattern in linker.patterns.metonyms
              for m in pattern.finditer(view.text) if _subject(view, m.start(), linker)}
    if view.index < _DATELINE_WITHIN:
        # a dated dateline ("Istanbul (AFP), 4 mars –"), or a city in capitals alone ("BRUXELLES
        # - Le gouvernement ...": dateline_places)
        dated = _DATELINE_CITY.match(view.text) \
            if linker.patterns.dateline.match(view.text.strip()) else None
        folded = dated.group("city").strip().casefold() if dated else dateline_city(view.text)
        if folded:
            codes.add(linker.patterns.court_places.get(folded)
                      or linker.patterns.demonyms.get(folded) or "")
    return {code.split("-")[0] for code in codes if code}


def _subject(view: SentenceView, start: int, linker: Linker) -> bool:
    return linker.is_subject_position(view.text, start) and not linker.is_locative(
        view.text, start)
