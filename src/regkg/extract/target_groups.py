"""Two names of one company group in a step's targets: which one the phrase is about
("Alphabet Inc's Google" is Google, "ChatGPT maker OpenAI" is OpenAI, "TikTok, owned by
ByteDance" is TikTok). Layer 1 (split from targets.py)."""

from __future__ import annotations

import re

from regkg.reference import Reference

# The words between two names of one company group that make one of them describe the other
# ("Alphabet Inc's Google", "ChatGPT maker OpenAI", "OpenAI, la société à l'origine de
# ChatGPT", "Google, a unit of Alphabet"): a possessive, or a relation noun within a few words.
# A plain list ("Meta, WhatsApp and Telegram") is none of these: each item stays a target.
_LEGAL_FORM = r"(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|SA|SE|AG|NV|BV|GmbH)\.?"
_RELATION = (
    r"(?:maker|makers|owner|owners|developer|creator|parent|parent\s+company|operator|provider|"
    r"publisher|unit|subsidiary|arm|division|company\s+behind|firm\s+behind|group\s+behind|"
    r"owned\s+by|operated\s+by|run\s+by|filiale|maison\s+m[èe]re|"
    r"soci[ée]t[ée]\s+m[èe]re|propri[ée]taire|cr[ée]ateur|cr[ée]atrice|concepteur|conceptrice|"
    r"[ée]diteur|[ée]ditrice|exploitant|d[ée]veloppeur|à\s+l['’]origine|derri[èe]re|"
    r"appartenant\s+à|d[ée]tenue?\s+par|propri[ée]t[ée]\s+de|du\s+groupe)\b")
_GROUP_RELATION = re.compile(
    rf"^\s*(?:{_LEGAL_FORM}\s*)?(?:['’]s?)?\s*,?\s*(?:[\w'’-]+\s+){{0,5}}?{_RELATION}"
    r"(?:\s+(?:of|of\s+the|de|du|des|d['’]|de\s+la|de\s+l['’]))?"
    r"(?:\s+(?!(?:and|et)\b)[\w'’-]+){0,3}\s*,?\s*$",
    re.IGNORECASE)
# "Alphabet, Google's parent company": the relation follows the second name.
_RELATION_AFTER = re.compile(rf"\s*['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_RELATION}", re.IGNORECASE)
# A comma after the first name, or after its legal form: "Luka Inc, the developer of Replika".
_APPOSITION_START = re.compile(rf"\s*(?:{_LEGAL_FORM}\s*)?,")
# "sued TikTok and its parent company ByteDance": a second defendant, not a description.
_COORDINATED_RELATIVE = re.compile(r"\s*,?\s*(?:and|et|as\s+well\s+as|ainsi\s+que)\s+"
                                   r"(?:its|their|son|sa|ses|leur|leurs)\b", re.I)
_POSSESSIVE = re.compile(rf"^\s*(?:{_LEGAL_FORM}\s*)?['’]s?\s+$")
# Two matters of one group told by possessives ("into WhatsApp's privacy policy and Meta's data
# practices": broad 707): one case, the operator's (corpus guideline 3: "Meta" for its services).
_POSSESSIVE_PAIR = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){1,4}(?:and|et)\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# A wire's stock ticker after a company's name: "Alphabet (GOOGL.O)", "Meta Platforms' (META.O)".
_TICKER = re.compile(r"\s*\((?-i:[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)\)")
# "Temu (PDD Holdings)", "Kuaishou (Kwai)": a group member in brackets right after a name
# only glosses it; the step is addressed to the name before the brackets.
_BRACKET_OPEN, _BRACKET_CLOSE = re.compile(r"\s*\(\s*$"), re.compile(r"\s*\)")


def one_per_group(found: list[tuple[int, int, str]], text: str,
                  reference: Reference) -> list[tuple[int, int, str]]:
    """One target for two names of one group where one describes the other: the name the
    phrase is about ("Alphabet Inc's Google", "Google, a unit of Alphabet" are Google;
    "Google's parent company Alphabet", "ChatGPT maker OpenAI" are Alphabet, OpenAI;
    "TikTok, owned by ByteDance" is TikTok), except that a company's possessive before
    its product names the company ("OpenAI's ChatGPT", as Linker.normalise_targets)."""
    dropped: set[int] = set()
    spans = sorted(found)
    for index in range(len(spans) - 1):
        (_, end, first), (start, after, second) = spans[index], spans[index + 1]
        gap = _TICKER.sub("", text[end:start])  # "Alphabet (GOOGL.O) unit Google"
        if _COORDINATED_RELATIVE.match(gap):
            continue  # "TikTok and its parent company ByteDance": both are named
        possessive, related = _POSSESSIVE.match(gap), _GROUP_RELATION.match(gap)
        apposed = _APPOSITION_START.match(gap) is not None and (
            related or _RELATION_AFTER.match(text, after))
        bracketed = _BRACKET_OPEN.fullmatch(gap) is not None and \
            _BRACKET_CLOSE.match(text, after) is not None
        if _POSSESSIVE_PAIR.match(gap) and _POSSESSIVE_AFTER.match(text, after) and one_group(
                reference, first, second) and _is_service(reference, first) != _is_service(
                reference, second):
            dropped.add(index if _is_service(reference, first) else index + 1)
            continue  # "WhatsApp's privacy policy and Meta's data practices": Meta's case
        if not (possessive or related or apposed or bracketed) or \
                not one_group(reference, first, second):
            continue
        # "TikTok, owned by ByteDance" describes the first; "OpenAI's ChatGPT" names the
        # company (as linking does); "Alphabet Inc's Google", "ChatGPT maker OpenAI": the
        # second is the head.
        second_described = apposed or bracketed or (
            possessive and _is_service(reference, second))
        dropped.add(index + 1 if second_described else index)
    return [span for index, span in enumerate(spans) if index not in dropped]


def one_group(reference: Reference, one: str, other: str) -> bool:
    return one in group_above(reference, other) or other in group_above(reference, one)


def _is_service(reference: Reference, key: str) -> bool:
    return reference.operator_of(key) is not None


def group_above(reference: Reference, key: str) -> set[str]:
    """The operator and owners of `key`, up the ownership chain."""
    above: set[str] = set()
    entity = reference.get(key)
    while entity is not None and len(above) < 4:
        parent = entity.operated_by or entity.owned_by
        if parent is None or parent in above:
            break
        above.add(parent)
        entity = reference.get(parent)
    return above
