"""Grammatical cues around a trigger in a sentence, for finding its actor and voice. Layer 1.

Function words only (auxiliaries, pronouns, determiners, prepositions); the domain's words are
data in data/patterns/actions.yaml. Used by regkg.extract.actions.
"""

from __future__ import annotations

import dataclasses
import re

from regkg.extract.target_passives import reduced_passive
from regkg.models import Action, Mention

# An adverb that may follow another between the auxiliary and its participle: "sont désormais
# partiellement bloqués", "was then formally fined" (function words and -ment/-ly forms only,
# so "est la première mise en demeure" stays a noun phrase).
_ADVERB = (r"(?:\w+(?:ment|ly)|now|also|then|already|later|again|still|just|never|not|"
           r"désormais|ensuite|déjà|aussi|encore|enfin|alors|pas|jamais|lui|leur)")
# The day told between the auxiliary and the participle: "Meta was on Monday fined by", "a été
# lundi sanctionnée par" (a wire lead's word order).
_DAY_INSIDE = (r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)")
PASSIVE_BEFORE = re.compile(
    r"\b(?:été|est|sont|était|étaient|être|been|was|were|is|are|be|being)\s+"
    rf"(?:{_DAY_INSIDE}\s+|(?:\w+\s+)?(?:{_ADVERB}\s+)?)$", re.I)
# "Meta s'est vu infliger une amende", "Apple se voit infliger" (a headline's or a lead's
# present): passive whatever the verb form (not the future "se verra infliger": a plan).
# Adverbs may stand between the auxiliary and "vu": "se sont par ailleurs vu enjoindre",
# "s'était aussi vu enjoindre".
_SE_VOIR_INSERT = (r"(?:(?:par\s+ailleurs|en\s+outre|également|aussi|déjà|ensuite|elle-même"
                   rf"|lui-même|{_ADVERB})\s+){{0,2}}")
SE_VOIR_BEFORE = re.compile(r"\b(?:(?:s'est|se\s+sont|s'était|s'étaient)\s+"
                            rf"{_SE_VOIR_INSERT}vu(?:e|s|es)?|"
                            r"se\s+(?:voit|voient|voyait|voyaient))\s+$", re.I)
# Between a passive subject and its step told with "se voir": the subject's own words (at most
# three: "de reconnaissance faciale"), then the auxiliary ("Les deux entreprises se sont par
# ailleurs vu enjoindre", "La société ... s'était aussi vu enjoindre"; session 18).
SE_VOIR_GAP = (r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:s'est|se\s+sont|s'était|s'étaient)\s+"
               rf"{_SE_VOIR_INSERT}vu(?:e|s|es)?|se\s+(?:voit|voient|voyait|voyaient))\s+")
# The target as the subject of a step named by a noun: "a fait l'objet d'une mise en demeure",
# "has been the subject of an enforcement notice".
SUBJECT_OF = re.compile(r"(?:fait\s+l'objet\s+d|(?:been\s+)?(?:made\s+)?the\s+subject\s+of\b)",
                        re.I)
# ("told" too: "Uber, for its part, was told to sell the cars", session 18)
PARTICIPLE = re.compile(r"(?:ed|en|é|ée|és|ées|is|it|ise|u|us|ue|ues|ert|erte|erts|ertes|told)$",
                        re.I)
POSSESSIVE_NOT_GOVERNMENT = re.compile(
    r"['’]s\s+(?!(?:\w+\s+){0,2}?(?:government|ministry|administration|cabinet)\b)", re.I)
# Between a nominal or passive trigger and its agent: "ouverte lundi par une autorité",
# "fined €1.2 billion by Ireland's Data Protection Commission", "l'enquête du Commissariat".
AGENT_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,6}?(?:par|by|de\s+la|de\s+l'|du|des|de|of|from)\s+"
    r"(?:l'|la\s+|le\s+|les\s+|the\s+)?(?:[A-Z]\w+'s\s+)?$",
    re.I)
# Right after a nominal trigger, the partners of a joint step: "enquête conjointe menée avec",
# "joint investigation with", "investigation conducted jointly with".
JOINT_WITH = re.compile(
    r"\s*(?:(?:menée|conduite|réalisée|conducted|carried\s+out)\s+)?(?:conjointement\s+|jointly\s+)?"
    r"(?:avec|with|en\s+collaboration\s+avec|in\s+collaboration\s+with|together\s+with)\s+"
    r"(?:l'|la\s+|le\s+|les\s+|the\s+)?", re.I)
# Between an agent and the body it acts for: "by the Department of Justice on behalf of the FTC".
ON_BEHALF_OF = re.compile(
    r"\s*,?\s*(?:on\s+behalf\s+of|acting\s+for|pour\s+le\s+compte\s+d[eu]|au\s+nom\s+d[eu])"
    r"\s*(?:l'|la\s+|le\s+|the\s+)?", re.I)
AGENT_DESCRIPTION = re.compile(
    r"\W{0,3}(?:\w+\W+){0,6}?(?:par|by)\s+(?P<who>(?:l'|la|le|the)\s*\w+)", re.I)
# A subject pronoun up to three words before a verbal trigger ("Elle avait également demandé",
# "We are today opening", "J'exhorte").
PRONOUN_BEFORE = re.compile(
    r"(?:^|[\s\"«“(])(?:j'|(?:je|il|elle|ils|elles|nous|on|we|i|it|they)\s+(?:[\w'-]+\s+){0,3})$",
    re.I)
# A possessive right before a nominal trigger ("its investigation", "sa propre enquête").
POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|sa|son|ses|leur|leurs)\s+(?:\w+\s+)?$", re.I)
# A nominal trigger ending in a participle ("procédures ont été ouvertes"): its actor is the
# agent ("par ..."), or a body named just before it ("raised by the Commission in the formal
# proceedings opened"), not the subject of another verb far before it.
PARTICIPLE_END = re.compile(r"(?:ouvert|lancé|engagé|mené|opened|launched|initiated|started)\w*$",
                             re.I)
# Between a subject and its verb: auxiliaries, adverbs and times ("the regulator has also",
# "the same regulator on Monday", "l'autorité a également"), nothing that opens a clause.
SUBJECT_TO_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later|today|yesterday|on|last|this|\w+day|week|month|year|"
    r"a|ont|avait|avaient|aussi|également|déjà|ensuite|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|\w+ly)\s+){0,4}$", re.I)
DEFINITE = re.compile(r"(?:l'|la\s|le\s|les\s|the\s|its\s|their\s)", re.I)
DEFINITE_BEFORE = re.compile(
    r"\b(?:l'|la|le|les|the|its|their|sa|son|ses|leur|leurs|cette|ce|ces|this|these)\s*"
    r"(?:[\w-]+\s+)?$", re.I)
# Between two bodies acting together: "A and B", "A, alongside B,", "A, conjointement avec B".
COORDINATION = re.compile(
    r"^\s*(?:,|et|and|ainsi\s+que|as\s+well\s+as|,\s*et|,\s*and"
    r"|,?\s*(?:alongside|together\s+with|jointly\s+with|conjointement\s+avec"
    r"|en\s+collaboration\s+avec|aux\s+côtés\s+(?:de|du|des)))\s*(?:l'|la|le|les|the)?\s*$",
    re.I)


def straighten(text: str) -> str:
    """Curly apostrophes to straight ones, length kept, so offsets stay valid."""
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")


# A sentence of the body ends with a stop; a headline does not. A headline's passive with no
# auxiliary ("4chan hit with fine by UK regulator") is restated, amount and day with it, in
# the body: the body's sentence states the step.
_ENDS_SENTENCE = re.compile(r"[.!?][\s\"»”')]*$")


def is_passive(text: str, start: int, end: int) -> bool:
    """"X a été bloqué par ...", "was fined by": an auxiliary, then a past participle
    ("is opening" is progressive, not passive); "X a fait l'objet d'une mise en demeure";
    the auxiliary left out after the name opening the sentence, its agent named ("Shein
    sanctionné de 40 millions d'euros par la DGCCRF", "Google, fined €2.4bn by the
    Commission, said", `target_passives.reduced_passive`)."""
    first_word = text[start:end].split(" ", 1)[0]
    before = text[:start]
    return (SUBJECT_OF.match(text, start) is not None
            or SE_VOIR_BEFORE.search(before) is not None
            or (PASSIVE_BEFORE.search(before) is not None
                and PARTICIPLE.search(first_word) is not None)
            or (_ENDS_SENTENCE.search(text) is not None and reduced_passive(text, start, end)))


def is_definite(text: str, start: int) -> bool:
    """The trigger noun has a definite or possessive determiner: it names a known step."""
    return (DEFINITE.match(text, start) is not None
            or DEFINITE_BEFORE.search(text, 0, start) is not None)


def share_dates(actions: list[Action], previous: list[Action]) -> list[Action]:
    """Verbs sharing a subject share its time: "The Commission on Tuesday fined X and
    ordered it to ..." dates the order too."""
    dates = {a.actor: a.date for a in previous if a.date}
    return [dataclasses.replace(a, date=dates[a.actor])
            if a.date is None and a.actor in dates else a for a in actions]


def same_targets(previous: list[Action], kind: str, status: str) -> list[Action]:
    """The steps of a second verb with no object of its own, aimed at the targets of the
    first verb of the same subject ("fined X and ordered compliance")."""
    return [dataclasses.replace(a, type=kind, amount=None, deadline=None, deadline_text=None,
                                status=status)  # type: ignore[arg-type]
            for a in previous if a.targets and a.actor and a.type != kind]


_CLAUSE_BREAK = re.compile(r"[.;:]")


def listed_after(text: str, mentions: list[Mention], start: int, reach: int) -> list[Mention]:
    """The mentions of a short list that opens at `start` ("including California and New York",
    "aimed at Google and Apple"): within `reach` characters, no clause break before them."""
    return [m for m in mentions if start <= m.start <= start + reach
            and not _CLAUSE_BREAK.search(text, start, m.start)]


def subjects_before(pattern: re.Pattern[str], text: str, verb: int) -> list[re.Match[str]]:
    """The matches of `pattern` before `verb` with only SUBJECT_TO_VERB words between: the
    candidates for the verb's subject ("the same regulator on Monday fined")."""
    return [m for m in pattern.finditer(text, 0, verb) if before_verb(text, m.end(), verb)]


def before_verb(text: str, end: int, verb: int) -> bool:
    """Whether a subject ending at `end` may be the subject of the verb at `verb`: right
    before it, or with only SUBJECT_TO_VERB words between (the one test of the actor modules,
    followed_suit.py, actor_anaphora.py: "Spain then followed suit", "the state of Texas on
    Monday sued")."""
    return end == verb or (end < verb and SUBJECT_TO_VERB.fullmatch(text, end, verb) is not None)
