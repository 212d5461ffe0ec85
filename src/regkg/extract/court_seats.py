"""A body named as the seat of a court is not the court's actor. Layer 1; used by
regkg.extract.linking (the actor candidates of a sentence).

"A federal judge in New York City fined Binance", "Un tribunal de la ville de Madrid a
condamné Airbnb", "A New York City judge ordered ...": the city's name there says where the
court sits; the city government (authorities-police-cities.ttl, authorities-linking.ttl) took
no step. A wrong fact is worse than a missing one: the mention is no actor candidate (the
court described by a country or a US state is court_descriptions.py's).

The same holds for an institution the city owns or that sits in it (review of session 17,
finding 7): "New York City's public schools banned ChatGPT", "New York City police asked",
"les écoles publiques de la ville de New York": the schools or the police acted, not the city
government, whose own steps are its suits and official decisions ("New York City sued").
"""

from __future__ import annotations

import re

from regkg.models import Mention

# Right before the name: a court or judge, then "in", "of", "de", "du", "à" ("a federal
# judge in", "un tribunal de la ville de", "la cour d'appel de").
_COURT_BEFORE = re.compile(
    r"\b(?:judges?|courts?|jury|magistrates?|tribunal|tribunaux|juges?|cour|jurys?)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|of|for|de|du|d['’]|à)\s*(?:(?:la|the)\s+)?"
    r"(?:(?:city|ville)\s+(?:of|de)\s+)?$", re.IGNORECASE)
# Right after the name, as a compound: "New York City judge", "Madrid criminal court" (not
# "filed by the FTC in federal court": a preposition ends the name's phrase).
_COURT_AFTER = re.compile(r"\s+(?:(?:federal|district|state|criminal|civil|appeals?|superior|"
                          r"supreme|county|family|housing)\s+)?(?:judges?|courts?|jury|"
                          r"magistrates?)\b", re.IGNORECASE)


# An institution of the city, after its name as an owner or a compound ("New York City's
# public schools", "New York City police", "the New York City Department of Education") or
# before it ("les écoles publiques de la ville de New York", "the police of New York City").
_INSTITUTION = (r"(?:schools?|school\s+(?:district|system|board)|police|departments?|boards?|"
                r"agenc(?:y|ies)|hospitals?|universit(?:y|ies)|librar(?:y|ies)|transit|"
                r"écoles?|établissements\s+scolaires|polices?|départements?|services?\s+"
                r"municipaux|hôpitaux|hôpital|universités?|bibliothèques?)")
_INSTITUTION_AFTER = re.compile(rf"(?:['’]s)?\s+(?:(?:public|municipal|city|local)\s+)?"
                                rf"{_INSTITUTION}\b", re.IGNORECASE)
_INSTITUTION_BEFORE = re.compile(
    rf"\b{_INSTITUTION}(?:\s+[\w'’-]+){{0,2}}?\s+(?:in|of|de|du|d['’])\s*(?:(?:la|the)\s+)?"
    r"(?:(?:city|ville)\s+(?:of|de)\s+)?$", re.IGNORECASE)


def court_seat(text: str, mention: Mention) -> bool:
    """Is the mention the place a court or judge is said to sit in, or the owner or seat of
    an institution that acts in its own name (schools, police, a department)?"""
    start = max(0, mention.start - 60)
    return (_COURT_BEFORE.search(text, start, mention.start) is not None
            or _COURT_AFTER.match(text, mention.end) is not None
            or _INSTITUTION_BEFORE.search(text, start, mention.start) is not None
            or _INSTITUTION_AFTER.match(text, mention.end) is not None)
