"""A passive without its auxiliary, as headlines and appositions write it: "TikTok fined
€345 million by Irish regulator", "Google sued by Texas over ad tech", "Google condamné par la
CNIL à une amende". Layer 1; used by the lexicon layer (regkg.extract.lexicon), which retries
such a trigger with its agent as actor and the name before it as target.
"""

from __future__ import annotations

import re

# The passive's subject opens the sentence (a headline, or a name with its apposition:
# "Meta, fined €1.2 billion by the DPC, said ..."): capitalised words, a comma at most.
# Several names may share the participle: "Apple, Meta fined by EU", "Apple and Meta, fined".
_NAME = r"(?-i:[A-Z0-9][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){0,4}"
_NAME_FIRST = re.compile(rf"^\W{{0,3}}{_NAME}(?:\s*(?:,|\band\b|\bet\b|&)\s*{_NAME}){{0,3}}"
                         r"\s*,?\s*$")
# The participle opening the cue: an English "-ed" form or an irregular one, a French "-é(e)(s)".
_PARTICIPLE = re.compile(r"(?:\w+ed|sued|told|hit|given|taken|brought|\w+ée?s?|mise?s?|"
                         r"interdite?s?|suspendue?s?)\b", re.IGNORECASE)
# From the cue's end to its agent: an amount, a date word at most ("fined €345 million by").
_TO_AGENT = re.compile(
    r"(?:\s*(?:[€$£]\s?[\d.,]+|[\d.,]+|millions?|billions?|milliards?|bn|mln|m|euros?|pounds?|"
    r"dollars?|de|d'|"
    r"(?-i:[A-Z]{3})|won|rupees|crore|d'euros|de\s+dollars|on\s+\w+day|\w+di|today|"
    r"aujourd'hui|hier|yesterday))*\s*,?\s*(?:by|par)\b", re.IGNORECASE)
_AGENT_IN_CUE = re.compile(r"\s(?:by|par)\s", re.IGNORECASE)


def reduced_passive(text: str, start: int, end: int) -> bool:
    """The cue text[start:end] is a participle after the name that opens the sentence, its
    agent ("by", "par") in the cue or right after it (an amount between at most): a passive
    whose auxiliary a headline or an apposition left out."""
    if not _PARTICIPLE.match(text, start) or not _NAME_FIRST.match(text[:start]):
        return False
    return _AGENT_IN_CUE.search(text, start, end) is not None or \
        _TO_AGENT.match(text, end) is not None
