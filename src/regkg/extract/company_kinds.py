"""The words that say a name is a company's: `<COMPANY_KIND>` in actions.yaml. Layer 1.

A name the reference does not know is a company only when the text says so: "the gambling
operator Zorvex", "the data broker Pellmark", "l'opérateur de paris en ligne Zorvex", "au
courtier en données Pellmark". `company_kinds` in actions.yaml holds one vocabulary per
language (head nouns, the trades some heads need, the modifiers French writes after its head);
this module spells it out as one regular expression, for the token `<COMPANY_KIND>` in the
patterns that read it (`unknown_target_lead`). The expression ends right after the kind, so a
pattern anchored before a name reads "the kind, then the name".

English puts its modifiers before the head ("the Berlin-based start-up", "online casino
operator"): a head alone is enough, and a head that names other things too ("group", "giant",
"service", "maker") needs a trade word, a capitalised word (a nationality, a place, a brand) or
a "-based"/"-owned" compound right before it ("the e-commerce group", "the Chinese giant",
"the ChatGPT maker"; not "the campaign group Foxglove", "the security service FSB").
French puts them after its head, after a determiner: "l'opérateur de paris en ligne", "la
plateforme d'échange de cryptomonnaies", "le géant chinois du commerce en ligne": up to
`most` lower-case words, none of them a word of `stop` (a verb, a pronoun, a conjunction, a
role of a person: "la société dirigée par", "la start-up de son fondateur"), "de la", "de l'"
only as a whole complement ("le géant de la tech"), and no preposition last (`dangling`: "le
site du Monde" is Le Monde's site, "l'éditeur de X" X's publisher: operator_of's business).
"""

from __future__ import annotations

import re
from typing import Any

KIND_TOKEN = "<COMPANY_KIND>"
# A capitalised word before an English head that is no modifier but the sentence's article.
_NOT_MODIFIERS = r"(?!(?:The|A|An|Its|Their|This|That|These|Those|Our|His|Her)\b)"
_LOWER_WORD = r"(?-i:[a-zàâäçéèêëîïôöùûüÿœ])[\w'’-]*"


def _words(entries: list[str]) -> str:
    """An alternation of the entries, longest first, a space standing for any blank."""
    ordered = sorted((str(e) for e in entries), key=len, reverse=True)
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in ordered)


def company_kind(data: dict[str, Any], lang: str) -> str:
    """The regular expression `<COMPANY_KIND>` stands for in `lang` (`(?!)` without a
    vocabulary): see the module's docstring."""
    node = (data.get("company_kinds") or {}).get(lang)
    if not node:
        return "(?!)"
    if lang == "fr":
        return _french(node)
    return _english(node)


def _english(node: dict[str, Any]) -> str:
    heads, qualified, trades = (_words(node[k]) for k in ("heads", "qualified_heads", "trades"))
    modifier = (rf"(?:{trades}|{_NOT_MODIFIERS}(?-i:[A-Z])[\w.&-]*|"
                rf"[\w.-]+-(?:based|owned|backed|listed|registered|headquartered))")
    return rf"\b(?:(?<![\w-])(?:{heads})|{modifier}\s+(?:{qualified}))\b"


def _french(node: dict[str, Any]) -> str:
    heads, qualified, stop = (_words(node[k]) for k in ("heads", "qualified_heads", "stop"))
    determiner = _words(node["determiners"])
    word = rf"(?!(?:{stop})(?![\w-])){_LOWER_WORD}"
    modifier = rf"\s+(?:(?:de|à)\s+(?:la\s+|l['’]\s*)|d['’]\s*)?{word}"
    most = int(node["most"])
    # no preposition last: "le site du Monde", "l'éditeur du jeu X" name X's owner, not X
    ends = "".join(rf"(?<!\b{re.escape(w)})" for w in node["dangling"])
    return (rf"(?<![\w-])(?:(?:{determiner})\s+|l['’]\s*)"
            rf"(?:(?:{heads})(?:{modifier}){{0,{most}}}|(?:{qualified})(?:{modifier}){{1,{most}}})"
            rf"(?![\w-]){ends}")
