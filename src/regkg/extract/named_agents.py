"""The agent a nominal or passive step names after its participle, when it is no authority.
Layer 1.

"The CNIL received a complaint filed by noyb against Google", "Ofcom is reviewing the lawsuit
brought by parents against TikTok", "l'Arcom a examiné la plainte déposée par l'UFC-Que
Choisir": the step's own agent is named (a complainant, families, an association), so the
body named before the noun is not its actor; it only received or examines the step. Guideline 4
annotates steps by public authorities: such a step has no actor and is dropped. Bodies and
their descriptions after "by" ("by the Texas attorney general", "by its lead EU privacy
regulator", "by a coalition of 33 states", "par le parquet") are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# A participle of bringing or imposing a step, at the trigger's end or right after it.
_PARTICIPLE = (r"(?:filed|brought|lodged|launched|initiated|submitted|issued|imposed|levied|"
               r"handed\s+down|made|opened|déposée?s?|introduite?s?|intentée?s?|engagée?s?|"
               r"portée?s?|formée?s?|lancée?s?|infligée?s?|prononcée?s?|imposée?s?|"
               r"adressée?s?|ouverte?s?|"
               # a suit's own passive: "was sued by a group of parents", "a été poursuivie
               # par des familles" (private plaintiffs, not the body named before)
               r"sued|poursuivie?s?|assignée?s?|attaquée?s?)")
_PARTICIPLE_END = re.compile(rf"\b{_PARTICIPLE}(?:\s+en\s+justice)?$", re.I)
# After the trigger: the participle (unless the trigger ends with it), a few words of time or
# place ("on Tuesday", "in state court", "en 2020"), then "by"/"par" and the agent.
_AGENT = re.compile(
    rf"\s*,?\s*(?P<participle>(?:(?:was|were|has\s+been|had\s+been|a\s+été|ont\s+été|"
    rf"avait\s+été)\s+)?{_PARTICIPLE}\s+)?(?:[\w'-]+\s+){{0,4}}?(?:by|par)\s+"
    rf"(?P<agent>(?:(?!\b(?:with|before|against|to|on|in|for|and|or|auprès|devant|contre|à|"
    rf"au|aux|sur|pour|en|et|ou)\b)[^,;:.()]){{1,60}})", re.I)
# Words of an agent that is, or may be, a public body or a group of them: left to the other
# rules (a description, a group of states, an official).
_PUBLIC = re.compile(
    r"\b(?:regulators?|watchdogs?|authorit(?:y|ies)|agenc(?:y|ies)|commission\w*|court|judges?|"
    r"justice|prosecutors?|attorneys?|states?|government|ministry|minister|office|department|"
    r"police|officials?|council|parliament|senate|congress|governor|city|county|province|"
    r"autorités?|régulateurs?|gendarme|tribunal|juges?|magistrat\w*|parquet|procureur\w*|"
    r"gouvernement|ministère|ministre|états?|préfet|police|conseil|cour|commissariat|"
    r"administration|exécutif|it|elle|il|them|eux)\b", re.I)


def non_authority_agent(view: SentenceView, trig: TriggerMatch,
                        candidates: list[Mention]) -> bool:
    """A nominal or passive step whose agent after its participle is named and is no public
    body: "a complaint filed by noyb", "la plainte déposée par l'UFC-Que Choisir"."""
    match = _AGENT.match(view.text, trig.end)
    if match is None:
        return False
    if match.group("participle") is None and not _PARTICIPLE_END.search(
            view.text, trig.start, trig.end):
        return False  # "a fine of €5,000 per day" or "par jour": no participle, no agent
    start, end = match.start("agent"), match.end("agent")
    if any(start <= m.start < end for m in candidates):
        return False  # a body among the agent's words: the agent rules read it
    return _PUBLIC.search(match.group("agent")) is None


# A fronted participle whose trigger holds its agent: "Condamné par la CNIL à une amende de 50
# millions d'euros en 2019, Google a fait appel", "Fined by the CNIL for ..., Google said"; a
# day may come first ("condamné lundi par la CNIL").
_FRONTED_AGENT = re.compile(r"^\s*(?:\w+ment\s+|déjà\s+|already\s+)?[\w-]+(?:é|ée|és|ées|ed)\s+"
                            r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
                            r"on\s+\w+day|yesterday)\s+)?"
                            r"(?:par|by)\s+(?:la\s+|le\s+|les\s+|l'|the\s+)?$", re.IGNORECASE)
# ... or the participle in apposition to the name that opens the sentence: "TikTok, condamné
# lundi par la CNIL à une amende de 5 millions d'euros, a annoncé faire appel".
_APPOSED_TO_NAME = re.compile(r"^\W{0,3}(?-i:[A-Z0-9])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,3}"
                              r"\s*,\s*$")


def agent_inside(view: SentenceView, trig: TriggerMatch, candidates: list[Mention]) -> list[str]:
    """The body named as the agent inside the trigger words of a participle opening the
    sentence, or set in apposition to the name that opens it."""
    before = view.text[:trig.start]
    if before.strip() and not _APPOSED_TO_NAME.match(before):
        return []
    return [m.key for m in candidates
            if trig.start < m.start < trig.end and kind_of(m.key) == "authority"
            and _FRONTED_AGENT.match(view.text[trig.start:m.start])][:1]


def agent_gap(view: SentenceView, start: int, end: int, is_target: Callable[[str], bool]) -> int:
    """The characters between a step's noun and its agent, the names of its targets left out:
    a list of targets stands between a passive noun and its agent ("show-cause notices were
    issued to the nine exchanges, among them A, B, C and D, by the unit"), and only the other
    words say how far the agent is."""
    names = sum(m.end - m.start for m in view.mentions
                if start <= m.start and m.end <= end and is_target(m.key))
    return end - start - names


# A noun's own passive participle, then its "by"/"par" agent, with the list of its targets
# between ("show-cause notices were issued to the nine exchanges, among them A, B, C and D,
# by the unit", "des mises en demeure ont été adressées à A, B et C par la CNIL"): farther than
# grammar.AGENT_AFTER's six words, still one clause (no ";", ":" or bracket).
_PASSIVE_THEN_AGENT = re.compile(
    r"^\W{0,3}(?:was|were|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été"
    r"|avaient\s+été)\s+(?:(?:also|formally|aussi|également)\s+)?"
    r"(?:issued|served|sent|addressed|opened|launched|imposed|adressée?s?|envoyée?s?|"
    r"notifiée?s?|ouverte?s?|infligée?s?)\s+(?:to|on|à|aux?)\s[^;:()]{1,120}?"
    r"\s(?:by|par)\s+(?:l'|la\s+|le\s+|les\s+|the\s+)?$", re.I)


def passive_agent_after(between: str) -> bool:
    """The words between a nominal step and a body are its passive participle, its targets
    and "by" (`_PASSIVE_THEN_AGENT`)."""
    return _PASSIVE_THEN_AGENT.match(between) is not None
