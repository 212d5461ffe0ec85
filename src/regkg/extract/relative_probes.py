"""Steps told in an object relative clause: "the non-compliance investigations that the
Commission opened against both companies on 25 March 2024", "a probe the FCCPC launched in May
2021 jointly with the NDPC into ...", "l'enquête que la CNIL a ouverte en 2023 contre X"; suits,
orders and fines alike ("the complaint, which the DOJ filed today", "ten orders MeitY issued",
"c'est l'amende que le Garante a infligée à X"). Layer 1.

News gives a probe's opening this way in its background sentences. The body is the subject of
the relative clause, between the noun and its verb; a precise trigger cannot ask for the noun
before that subject (Python's look-behind has a fixed width), so the verb is found here and
handed to the finder as a verbal trigger: its actor is then the body named right before it (a
company that "launched" something is no authority: nothing), its targets and date follow it.
A step the article already reports for that body, target and date is not told again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from regkg.extract.modality import decide_status
from regkg.extract.patterns import LanguagePatterns, TriggerMatch
from regkg.extract.target_groups import one_group
from regkg.extract.target_main import main_target
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.slots import Slots

# The noun, an optional relative pronoun, a subject of capitalised words (a body's name, "the"
# allowed before it) and the verb; case matters for the subject only. In French an adjective
# may stand between the noun and "que" ("c'est une amende record que la DPC a infligée lundi à
# Meta", "l'enquête approfondie que la Commission a ouverte": s20 battery). One shape per step type:
# the noun names the step, the verb is the body's doing of it ("the complaint, which the DOJ
# filed", "the orders the Bundeskartellamt issued to Meta", "c'est l'amende que la CNIL a
# infligée à X", "l'action que la FTC a intentée contre Amazon": tests/cold 952, 955, 964).
# Or a description of the body the article named ("proceedings the EU executive opened
# against Alphabet", "la procédure que l'exécutif européen a ouverte contre Meta": tests/reserve
# 907): the finder resolves it as it resolves "the regulator opened" (authority_anaphora).
_EN_DESCRIBED = (r"(?:the|(?-i:[A-Z])[\w-]+['’]s)\s+(?:(?:[A-Z][\w.-]*|competition|antitrust|"
                 r"privacy|data|media|consumer|protection|telecoms?|communications|fair|trade)\s+)"
                 r"{0,3}?(?:regulator|watchdog|authority|agency|executive|commission|office|board|"
                 r"ministry)\s+")
_FR_DESCRIBED = (r"(?:l['’]|la\s+|le\s+)(?:exécutif|autorité|régulateur|gendarme|commission|"
                 r"agence|institution)(?:\s+(?:[a-zéèêû-]+|de\s+la|des|du|de))?"
                 r"(?:\s+(?:de\s+la|des|du|de\s+l['’]|de)\s*[a-zéèêû-]+){0,2}")
_EN_SUBJECT = (r",?\s+(?:that\s+|which\s+)?(?:(?P<described>" + _EN_DESCRIBED + r")|(?:the\s+)?"
               r"(?:same\s+)?(?:(?:[A-Z]|[a-z][A-Z])[\w.&'’-]*\s+(?:(?:and|of|for|on)\s+)?){1,8}?)"
               r"(?:had\s+|has\s+|have\s+)?(?:also\s+|formally\s+|jointly\s+|recently\s+)?")
_FR_SUBJECT = (r"(?:\s+(?!qu)[a-zéèêîôû-]{4,})?\s+(?:qu['’]|que\s+)"
               r"(?:(?P<described>" + _FR_DESCRIBED + r")|"
               r"(?:l['’]|la\s+|le\s+|les\s+)?(?:même\s+)?[A-ZÀ-Ü][\w.&'’-]*(?:,?\s+[\w'’-]+){0,10}?),?\s+"
               r"(?:lui\s+|leur\s+)?(?:a|avait|ont|avaient)\s+"
               r"(?:également\s+|aussi\s+|conjointement\s+|récemment\s+)?")
# A sum stands for the fine it is ("the $5 billion the FTC imposed on Facebook", "des 2,4
# milliards d'euros que la Commission avait infligés à Google": tests/thaw 996); with the fine
# verbs only ("the 2 million euros that the CNIL spent" is no fine).
_EN_SUM = (r"(?:US|A|C|NZ|HK)?[$€£]\s?\d[\d.,]*(?:\s*(?:billion|million|bn|m)\b)?|"
           r"\d[\d.,]*\s*(?:billion|million|bn|m)?\s*(?:euros?|dollars?|pounds?|won|yen|yuan|"
           r"reais|rupees|rupiah|lira)")
_FR_SUM = (r"\d[\d,\s]*\s*(?:milliards?|millions?)\s+(?:d['’]euros|de\s+(?:dollars|livres|reais|"
           r"yens|wons|yuans|roupies|francs|lires|rands|nairas|pesos)(?:\s+[a-zé]+s)?)|"
           r"\d[\d\s.]*\s*(?:euros|dollars|reais|francs)")
_EN_STEPS = {
    # ("an abuse-of-dominance case that the authority opened in November 2018": haze 1114; not
    # "ends cases the office opened in 2022", an attorney general's suits: reserve 902)
    "investigation": (r"[Ii]nvestigations?|[Pp]robes?|[Ii]nquir(?:y|ies)|[Ee]nquir(?:y|ies)|"
                      r"[Pp]roceedings|[Cc]ase",
                      r"opened|launched|initiated|started|began|commenced"),
    "lawsuit": (r"[Cc]omplaints?|[Ll]awsuits?|[Ss]uits|[Cc]harges",
                r"filed|brought|lodged"),
    "order": (r"(?:[Bb]locking\s+|[Rr]emoval\s+|[Tt]akedown\s+)?[Oo]rders|"
              r"[Rr]emoval\s+notices|[Bb]locking\s+orders?|[Dd]irections|[Dd]irectives",
              r"issued|gave|sent|served|handed\s+down"),
    "fine": (r"[Ff]ines?|[Pp]enalt(?:y|ies)|[Ii]nfringement\s+notices?|" + _EN_SUM,
             r"imposed|levied|issued|handed\s+down|handed|dealt|slapped|gave|served"),
}
_FR_STEPS = {
    "investigation": (r"[Ee]nquêtes?|[Pp]rocédures?|[Ii]nvestigations?|[Ii]nstructions?|"
                      r"[Dd]ossiers?",
                      r"ouverte?s?|lancée?s?|engagée?s?"),
    "lawsuit": (r"[Pp]laintes?|[Aa]ctions?\s+en\s+justice|[Pp]oursuites",
                r"déposée?s?|intentée?s?|introduite?s?"),
    "order": (r"[Ii]njonctions?|[Oo]rdres\s+de\s+(?:retrait|blocage)",
              r"adressée?s?|délivrée?s?|prononcée?s?|imposée?s?|envoyée?s?|signifiée?s?"),
    "fine": (r"[Aa]mendes?|[Ss]anctions?\s+(?:financières?|pécuniaires?|civiles?)|[Pp]énalités?|"
             + _FR_SUM,
             r"infligée?s?|imposée?s?|prononcée?s?"),
}


def _shapes(steps: dict[str, tuple[str, str]], subject: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(r"(?<![\w$€£.,])(?:" + noun + r")" + subject + r"(?P<verb>" + verb
                              + r")\b"))
            for kind, (noun, verb) in steps.items()]


_SHAPES = {"en": _shapes(_EN_STEPS, _EN_SUBJECT), "fr": _shapes(_FR_STEPS, _FR_SUBJECT)}


def relative_probes(finder: LexiconSteps, view: SentenceView, slots: Slots,
                    discourse: Discourse, triggers: list[TriggerMatch],
                    unanswered: list[TriggerMatch], lp: LanguagePatterns) -> Iterator[Action]:
    """The steps of a sentence told by an object relative clause (see the module docstring).
    A precise trigger over the verb that found its step wins; one that found no actor ("the
    investigation that Ofcom opened": a noun whose agent is not after it) gives way."""
    for kind, shape in _SHAPES.get(view.language, []):
        for found in shape.finditer(view.text):
            steps = _relative_step(finder, view, slots, discourse, triggers, unanswered, lp,
                                   kind, found.span("verb"), found.start())
            # a described body's step names its target: "the largest penalties the media
            # watchdog has levied on a platform" tells no step
            yield from (step for step in steps if step.targets or not found.group("described"))


def _relative_step(finder: LexiconSteps, view: SentenceView, slots: Slots,
                   discourse: Discourse, triggers: list[TriggerMatch],
                   unanswered: list[TriggerMatch], lp: LanguagePatterns, kind: str,
                   span: tuple[int, int], noun: int) -> Iterator[Action]:
    """The step of `kind` whose verb is at `span`, unless a precise trigger told it. Its
    modality is the relative clause's own, from the noun on: "X asked the court to quash
    the orders MeitY issued" asks nothing of MeitY's orders, which were issued."""
    start, end = span
    if any(t.start < end and start < t.end for t in triggers if t not in unanswered):
        return  # a precise trigger states this step already
    trig = TriggerMatch(kind, "verbal", start, end)
    status = decide_status(view.text, start, end, max(noun, start - finder.patterns.cue_window),
                           finder.patterns.done_status[kind], lp, finder.patterns.asides, kind)
    if status is None:
        return
    if _unknown_object(view, end):
        return  # "infligée à Foodinho, la société qui exploite Glovo": no target to borrow
    told = [s for s in discourse.steps if s[0] == kind]
    clause = (0, len(view.text))
    found = list(finder._actions_for(view, trig, status, clause, slots, discourse, lp))
    host = _host_subject(finder, view, noun, kind) if not found else None
    if host is None and not found and kind == "investigation":
        host = _story_target(finder, view, discourse, noun, start)
    if host is not None:  # "X is contesting the notices eSafety issued to it": X's
        actors = finder._actors(view, trig, discourse, lp)
        found = list(finder._emit(view, trig, status, clause, slots, discourse, lp, actors,
                                  [host], False)) if actors else []
    named = _named_objects(view, end)
    others = {m.key for m in view.mentions} - named if named else set()
    yield from (action for action in found if not _told(action, told)
                and not (set(action.targets) & others and not set(action.targets) & named))


# The verb's object named right after it: "imposed on Acme", "infligée à Foodinho".
_OBJECT_NAME = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:à|au|aux|to|on|against|contre)\s+"
                          r"(?:la\s+|le\s+|l['’]|the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\b)"
                          r"(?P<name>(?-i:[A-Z])[\w&'’-]+)")


# The verb's object right after it, with or without a preposition ("handed Google", "imposed
# on Meta and TikTok", "infligée à Foodinho"), and the names coordinated with it.
_OBJECT_LEAD = re.compile(r"\s+(?:(?:à|au|aux|to|on|against|contre)\s+)?"
                          r"(?:la\s+|le\s+|l['’]|the\s+)?")
_OBJECT_AND = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+and\s+|\s+et\s+)"
                         r"(?:la\s+|le\s+|l['’]|the\s+)?")


# Later names a step is against: "opened against Alphabet in March, alongside cases against
# Apple and Meta" (tests/reserve 907).
_AGAINST = re.compile(r"\b(?:against|into|targeting|contre|visant)\s+(?:la\s+|le\s+|l['’]|the\s+)?",
                      re.IGNORECASE)


def _named_objects(view: SentenceView, verb_end: int) -> set[str]:
    """The platforms the relative clause's verb names as its object, and those named after a
    step's "against": its step is against them, not against a company the main clause names
    ("the penalty that the KPPU handed Google on Tuesday will not keep anyone at Alphabet
    awake": tests/thaw 986). Empty when the verb names no object."""
    lead = _OBJECT_LEAD.match(view.text, verb_end)
    named = _chain(view, lead.end() if lead else verb_end)
    if named:
        for against in _AGAINST.finditer(view.text, verb_end):
            named |= _chain(view, against.end())
    return named


def _chain(view: SentenceView, at: int) -> set[str]:
    """The name starting at `at` and those coordinated with it ("Apple and Meta")."""
    starts = {m.start: m for m in view.mentions}
    named: set[str] = set()
    while at in starts:
        named.add(starts[at].key)
        more = _OBJECT_AND.match(view.text, starts[at].end)
        if more is None:
            break
        at = more.end()
    return named


def _unknown_object(view: SentenceView, verb_end: int) -> bool:
    """Whether the relative clause's verb names its object, a name the sentence does not
    link (an unknown company): its step then has no target to take from the context."""
    named = _OBJECT_NAME.match(view.text, verb_end)
    return named is not None and not any(
        m.start <= named.start("name") < m.end for m in view.mentions)


def _host_subject(finder: LexiconSteps, view: SentenceView, noun: int,
                  kind: str) -> str | None:
    """The platform the sentence opens on as its subject, before the step's noun, when the
    relative clause names no target of its own ("issued to it", "lui a infligée", "issued
    under Section 69A"): the step was aimed at the host clause's subject."""
    named = [m for m in view.mentions if m.end <= noun and finder.linker.is_target(m.key, kind)
             and finder.linker.is_subject_position(view.text, m.start)]
    return named[0].key if named and not any(
        finder.linker.is_target(m.key, kind) for m in view.mentions if m.start > noun) else None


def _told(action: Action, told: list[tuple[object, ...]]) -> bool:
    """A probe of that body and target already stated with that date, or with no date on
    either side: one action per (actor, target, date)."""
    target = action.targets[0] if action.targets else None
    return any(step[1] == action.actor and step[2] == target
               and (step[3] is None or action.date is None or step[3] == action.date)
               for step in told)


# A probe of a whole market, not of a company: "a sector inquiry into online marketplaces that
# it had opened in 2020", "l'enquête sectorielle que l'Autorité a ouverte".
_MARKET_PROBE = re.compile(r"\b(?:sector|sectoral|market|industry|industry-wide|sector-wide|"
                           r"sectorielle?s?|de\s+secteur)\b", re.IGNORECASE)


# One probe introduced by the clause: "an abuse-of-dominance case that", "une instruction que".
_INDEFINITE = re.compile(r"\b(?:an?|une?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _story_target(finder: LexiconSteps, view: SentenceView, discourse: Discourse, noun: int,
                  verb: int) -> str | None:
    """The company the story is about, for one probe told by its opening in a relative clause
    that names no platform ("The changes end an abuse-of-dominance case that the authority
    opened in November 2018", "une instruction que le Conseil a ouverte d'office":
    tests/haze 1114, 1122): `target_main.main_target`, or the one company group the article
    has named so far, when the sentence names no platform at all and the probe is one, new
    to the text (not "two cases the authority opened", nor "The inquiry, which the commission
    opened in 2023", told before: sleet 1017), and no market's."""
    if any(finder.linker.is_target(m.key) for m in view.mentions):
        return None
    head = view.text[noun:verb]
    words = head.split()
    if not words or (words[0].casefold().endswith("s") and words[0].casefold() != "proceedings"):
        return None
    if _MARKET_PROBE.search(view.text, max(0, noun - 30), verb) or not _INDEFINITE.search(
            view.text, max(0, noun - 40), noun):
        return None  # "The inquiry, which the commission opened in 2023": the one told before
    same_group = partial(one_group, finder.linker.reference)
    main = main_target(discourse, view.index, same_group)
    if main is None:  # no step on it yet ("Amazon had agreed to ..."): the one company named
        named = [key for _, _, key in discourse.targets]
        if named and all(key == named[-1] or same_group(named[-1], key) for key in named):
            main = named[-1]
    return main
