"""A passive without its auxiliary, as headlines and appositions write it: "TikTok fined
€345 million by Irish regulator", "Google sued by Texas over ad tech", "Google condamné par la
CNIL à une amende". Layer 1; used by the lexicon layer (regkg.extract.lexicon), which retries
such a trigger with its agent as actor and the name before it as target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from regkg.models import Mention

# The passive's subject opens the sentence (a headline, or a name with its apposition:
# "Meta, fined €1.2 billion by the DPC, said ..."): capitalised words, a comma at most.
# Several names may share the participle: "Apple, Meta fined by EU", "Apple and Meta, fined".
_NAME = r"(?-i:[A-Z0-9][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){0,4}"
_NAME_FIRST = re.compile(rf"^\W{{0,3}}{_NAME}(?:\s*(?:,|\band\b|\bet\b|&)\s*{_NAME}){{0,3}}"
                         r"\s*,?\s*$")
# The participle opening the cue: an English "-ed" form or an irregular one, a French "-é(e)(s)"
# or an irregular one ("Poursuivi en justice lundi par la FTC, Amazon dément").
_PARTICIPLE = re.compile(r"(?:\w+ed|sued|told|hit|given|taken|brought|\w+ée?s?|mise?s?|"
                         r"interdite?s?|suspendue?s?|poursuivie?s?)\b", re.IGNORECASE)
# From the cue's end to its agent: an amount, a date at most ("fined €345 million by", "Fined
# A$1.5m by", "Mis en demeure le 12 février par l'Arcom", "Bloqué depuis lundi par Roskomnadzor").
_MONTH = (r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
          r"décembre|january|february|march|april|may|june|july|august|september|october|"
          r"november|december")
_TO_AGENT = re.compile(
    r"(?:\s*(?:(?-i:[A-Z]{0,3})[€$£]\s?[\d.,]+|[\d.,]+|millions?|billions?|milliards?|bn|mln|m|euros?|pounds?|"
    r"dollars?|de|d'|"
    r"(?-i:[A-Z]{3})|won|rupees|crore|d'euros|de\s+dollars|on\s+\w+day|\w+di|today|"
    rf"aujourd'hui|hier|yesterday|(?:le|on|in|since|depuis|en)\s+(?:\d{{1,2}}(?:er)?\s+)?"
    rf"(?:{_MONTH})(?:\s+\d{{4}})?|(?:since|depuis)\s+\w+day|depuis\s+\w+di))*"
    r"\s*,?\s*(?:by|par)\b", re.IGNORECASE)
_AGENT_IN_CUE = re.compile(r"\s(?:by|par)\s", re.IGNORECASE)
# A participial clause opening the sentence, up to the comma before its main clause ("Fined by
# the CNIL in 2022, Shein ...", "Mise en demeure par l'Arcom, la plateforme Kick ..."); a comma
# before a digit is a number's ("Fined €1,2 million"), and so is a point ("Fined €1.2bn by").
# Before the participle: nothing, an adverb or a perfect auxiliary ("Already fined by",
# "Having been fined by", "Déjà mise en demeure par", "Ayant été sanctionnée par").
_OPENS = re.compile(r"^\W{0,3}(?:(?:already|once|twice|recently|previously|having\s+been|"
                    r"déjà|récemment|deux\s+fois|ayant\s+été)\s+)*$", re.IGNORECASE)
_CLAUSE_COMMA = re.compile(r"(?:[^;:.()]|\.(?=\d)){0,160}?,(?!\d)\s*")
# The main clause's subject after that comma: a name, or a description before it ("la
# plateforme Kick", "the Chinese retailer Temu", "US-based OpenAI"), within a few words.
_SUBJECT_WORDS = re.compile(r"(?:(?:the|la|le|l'|les)\s*)?(?:[\w'’-]+\s+){0,4}", re.IGNORECASE)
# A name in the possessive is no subject: "Shein's rival Temu said".
_POSSESSIVE = re.compile(r"['’]s\b")
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et|&)\s+)\s*", re.IGNORECASE)


def reduced_passive(text: str, start: int, end: int) -> bool:
    """The cue text[start:end] is a participle after the name that opens the sentence, or
    opens it itself before a main clause ("Fined by the CNIL, Shein said ..."), its agent
    ("by", "par") in the cue or right after it (an amount between at most): a passive whose
    auxiliary a headline, an apposition or a fronted participle left out."""
    if not _PARTICIPLE.match(text, start):
        return False
    if not _NAME_FIRST.match(text[:start]) and fronted_clause_end(text, start) is None:
        return False
    return _AGENT_IN_CUE.search(text, start, end) is not None or \
        _TO_AGENT.match(text, end) is not None


def fronted_clause_end(text: str, start: int) -> int | None:
    """Where the main clause starts after a participle opening the sentence at `start`
    ("Fined by the CNIL, | Shein said"), or None: the participle is not fronted."""
    if not _OPENS.match(text[:start]):
        return None
    comma = _CLAUSE_COMMA.match(text, start)
    return comma.end() if comma and comma.end() < len(text.rstrip()) else None


def fronted_participle_end(text: str, start: int) -> int | None:
    """`fronted_clause_end` of a participle ("Sommée par la Cnil de cesser, | la société"),
    None for any other word opening the sentence ("Investigations into X, Y and Z were")."""
    return fronted_clause_end(text, start) if _PARTICIPLE.match(text, start) else None


_LEAD = re.compile(r"^\W{0,3}(?:(?:already|once|twice|recently|previously|having\s+been|"
                   r"déjà|récemment|deux\s+fois|ayant\s+été)\s+)*", re.IGNORECASE)


def fronted_phrase_end(text: str, trigger_start: int) -> int | None:
    """Where the participle phrase opening the sentence ends, when it holds the step's noun
    ("Visée par une enquête de la Commission, | Temu a annoncé lundi des changements": the
    main clause's day is not the probe's), else None."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    if trigger_start <= start or not _PARTICIPLE.match(text, start):
        return None
    end = fronted_clause_end(text, start)
    return end if end is not None and trigger_start < end else None


def fronted_subjects(text: str, start: int, mentions: Sequence[Mention],
                     is_target: Callable[[str], bool],
                     is_body: Callable[[str], bool]) -> list[Mention] | None:
    """The subjects of the main clause after a fronted participle: "Fined by the CNIL, Shein
    said ..." is a fine against Shein, "Investigated by the Commission, TikTok and Meta said"
    a probe of both; [] when the subject is a body ("Ordered by Parliament to report, Ofcom
    fined ...": no step against a platform); None when the participle is not fronted or its
    subject is no name (the other readings decide)."""
    clause_end = fronted_clause_end(text, start)
    if clause_end is None:
        return None
    words = _SUBJECT_WORDS.match(text, clause_end)
    subject_start = words.end() if words else clause_end
    first = next((m for m in mentions if clause_end <= m.start <= subject_start
                  and not _POSSESSIVE.match(text, m.end)), None)
    if first is None or not is_target(first.key):
        return [] if first is not None and is_body(first.key) else None
    found = [first]
    for mention in (m for m in mentions if m.start >= first.end):
        if not (_LIST_LINK.fullmatch(text, found[-1].end, mention.start)
                and is_target(mention.key)):
            break
        found.append(mention)
    return found
