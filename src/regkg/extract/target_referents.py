"""Which platform a pronoun or a description refers back to when the sentence before named a
service: "The project has run into trouble elsewhere. Regulators ... ordered it to stop" is
the service the article calls a project (Worldcoin), not its operator named more recently
(Tools for Humanity); "alleges that TikTok knowingly let children ... The FTC, which began
looking into the company's compliance" is TikTok, named alone as the subject, not its parent
named two sentences before (a service named as a complement, "des utilisateurs de Facebook",
still stands for its operator). Layer 1; used by regkg.extract.targets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.extract.linking_discourse import Discourse
from regkg.reference import Reference

# A sentence whose subject is a service described by its class: "The project has run into
# trouble", "L'application a déjà été bloquée".
_SERVICE_SUBJECT = re.compile(
    r"^\W{0,3}(?:the|this|le|la|l'|ce|cette)\s*(?:project|app|application|service|platform|"
    r"network|website|site|chatbot|projet|plateforme|réseau|messagerie)\b", re.IGNORECASE)
# A name right after these is the complement of a noun ("the users of Facebook").
_COMPLEMENT_BEFORE = re.compile(r"(?:\bof|\bde|\bd'|\bdu|\bdes|\bfor|\bpour)\s+(?:the\s+)?$",
                                re.IGNORECASE)

Entry = tuple[int, int, str]  # (sentence index, absolute start, key), as Discourse.targets


def previous_sentence_referent(discourse: Discourse, index: int, earlier: list[Entry],
                               reference: Reference) -> str | None:
    """The platform the sentence before the current one (`index`) makes the referent of a
    singular pronoun or description, when it overrides the last name: the service its
    described subject stands for, or a service it named alone. None: the usual rule."""
    if not earlier or not discourse.previous_text:
        return None
    if earlier[-1][0] != index - 1:
        if not _SERVICE_SUBJECT.match(discourse.previous_text):
            return None
        services = [key for _, _, key in earlier if reference.operator_of(key)]
        return services[-1] if services else None
    last_sentence = [entry for entry in earlier if entry[0] == index - 1]
    _, start, key = last_sentence[-1]
    operator = reference.operator_of(key)
    if operator is None or any(k == operator for _, _, k in last_sentence):
        return None
    offset = start - discourse.previous_start
    if offset < 0 or _COMPLEMENT_BEFORE.search(discourse.previous_text, 0, offset):
        return None
    return key


# Two names joined as one phrase: "Apple and Google", "Shein et Temu", "Meta, TikTok".
_COORDINATED = re.compile(r"^[^\s,;:.]+(?:\s+[^\s,;:.]+){0,2}?\s*(?:,|\band\b|\bet\b|&)\s*"
                          r"(?:(?:the|le|la|l')\s*)?$", re.IGNORECASE)


def coordinated_rivals(discourse: Discourse, index: int, earlier: list[Entry],
                       one_group: Callable[[str, str], bool]) -> bool:
    """The sentence before ends on two companies of different groups joined as one phrase
    ("Apple and Google were criticised. The Commission opened an investigation into its app
    store"): a singular pronoun or description may mean either, so it means none."""
    last = [entry for entry in earlier if entry[0] == index - 1]
    if len(last) < 2 or not discourse.previous_text:
        return False
    (_, first_start, first), (_, second_start, second) = last[-2], last[-1]
    if first == second or one_group(first, second):
        return False
    gap = discourse.previous_text[first_start - discourse.previous_start:
                                  second_start - discourse.previous_start]
    return _COORDINATED.match(gap) is not None
