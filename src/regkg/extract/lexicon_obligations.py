"""A measure told as the platform's obligation, with the authority that decided it in a
reporting clause: "X must also stop deceiving users with its blue checkmarks, the Commission
said", "Google must pay a €500 million fine, the Autorité de la concurrence ruled", "Meta devra
cesser de combiner les données, a ordonné le Bundeskartellamt", "Temu devra payer une amende de
200 millions d'euros, a décidé la Commission". Layer 1 (used by the lexicon layer,
regkg.extract.lexicon).

News and releases often give a decision's terms this way, with no verb of ordering or fining: the
subject is the platform, the modal is the decision's force, and the body speaks in the clause
after (or before: "the Commission ruled that X must stop ..."). A fine needs its amount in the
words (else "must pay the fine" refers back to one stated elsewhere); the rest is an order.

Not a step: a duty on a class ("Platforms must remove illegal content, the Commission said"),
anyone else's saying ("Meta must do more, campaigners said"), a condition ("... if it fails to
comply"), a possibility, an appeal's outcome ("..., the court ruled, upholding the fine"), a
court's own ruling (not annotated: tests/sweep README). A body that only says so ("said", "a
précisé") needs the sentence to tell a further term ("also", "également") and an earlier step of
that body against the company: a call to do better is a position, not a decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.backup import already_stated
from regkg.extract.linking import kind_of
from regkg.extract.money import find_money
from regkg.extract.patterns import TriggerMatch
from regkg.extract.prefilter import GatedPattern
from regkg.extract.reporting_verbs import (
    EN_ANNOUNCES,
    EN_ANNOUNCING,
    EN_COMMENTING,
    EN_CONFIRMING,
    FR_COMMENTING_PARTICIPLES,
    FR_REPORTING_PARTICIPLES,
)
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import LanguagePatterns
    from regkg.extract.slots import Slots

_F = re.IGNORECASE
# The modal of a decided term and the measure after it; "pay" makes it a fine.
_EN_MEASURE = (r"stop|cease|end|change|modify|remove|delete|suspend|withdraw|disable|comply|"
               r"bring|adjust|amend|refrain|allow|let|offer|appoint|publish|inform|notify|warn|"
               r"overhaul|unbundle|restore|give\s+users|pay")
_EN_NOT = r"combine|use|collect|process|share|target|track|require|impose|favour|favor|tie"
_FR_MEASURE = (r"cesser|mettre\s+fin|modifier|retirer|supprimer|suspendre|changer|adapter|"
               r"renoncer|se\s+conformer|se\s+mettre\s+en\s+conformité|informer|publier|"
               r"désigner|ouvrir|permettre|proposer|payer|verser|s.acquitter")
_CUES = {
    "en": re.compile(
        r"\b(?:must|will\s+(?:also\s+)?have\s+to|(?:has|have)\s+to|(?:is|are)\s+(?:also\s+)?"
        r"required\s+to|will(?=\s+(?:also\s+)?pay\b))\s+(?:(?:also|further|additionally|now|immediately|still)\s+)?"
        rf"(?:(?P<verb>{_EN_MEASURE})|(?:not|no\s+longer)\s+(?:{_EN_NOT}))\b", _F),
    "fr": re.compile(
        r"\b(?:devra|devront|doit|doivent|(?:est|sont|sera|seront)\s+(?:désormais\s+)?"
        r"tenue?s?\s+d[e'’])\s*(?:(?:également|aussi|en\s+outre|désormais|par\s+ailleurs|"
        rf"notamment)\s+)?(?:(?P<verb>{_FR_MEASURE})|(?:ne\s+plus|plus)\s+\w+)\b", _F),
}
_GATED_CUES = {language: GatedPattern(cue) for language, cue in _CUES.items()}
# The body's clause after the term (", the Commission said"; ", a décidé la Commission") or
# before it ("The Commission ruled that"): `decided` verbs state the decision itself.
_DECIDED = {
    "en": r"ruled|rules|decided|decides|ordered|orders|found|finds|concluded|determined",
    "fr": r"décidé|ordonné|tranché|jugé|statué|conclu|exigé|imposé",
}
_SAID = {
    "en": f"{EN_ANNOUNCING}|{EN_ANNOUNCES}|{EN_CONFIRMING}|{EN_COMMENTING}",
    "fr": f"{FR_REPORTING_PARTICIPLES}|{FR_COMMENTING_PARTICIPLES}",
}
_AFTER = {
    "en": r",\s+(?P<body>(?:the\s+)?[^,;]{2,90}?)\s+(?:(?:also|further)\s+)?(?P<verb>{verbs})\b",
    "fr": r",\s+(?:a|ont|avait|avaient)\s+(?:(?:\w+ment|aussi|également|encore|\w+di)\s+)?"
          r"(?P<verb>{verbs})\s+(?P<body>[^,;]{2,90})",
}
_BEFORE = {
    "en": r"(?P<body>[^,;]{2,90}?)\s+(?P<verb>{verbs})\s+(?:on\s+\w+\s+)?that$",
    "fr": r"(?P<body>[^,;]{2,90}?)\s+(?:a|ont)\s+(?P<verb>{verbs})\s+(?:\w+di\s+)?qu(?:e|['’])$",
}
_CLAUSES = {(language, verbs[language]): (
    re.compile(_AFTER[language].replace("{verbs}", verbs[language]), _F),
    re.compile(_BEFORE[language].replace("{verbs}", verbs[language]), _F))
    for language in ("en", "fr") for verbs in (_DECIDED, _SAID)}
# The term's step named in apposition with its body: "Shein devra s'acquitter d'une amende de
# 40 millions d'euros, une sanction record infligée par la DGCCRF" (tests/sweep 810).
_IMPOSED_BY = {
    "en": re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:fine|penalty|sanction|order|"
                     r"decision)\s+(?:[\w-]+\s+){0,2}?(?:imposed|issued|handed\s+down|levied|"
                     r"ordered)\s+by\s+(?P<body>[^;]{2,160})", _F),
    "fr": re.compile(r",\s+(?:une|la|cette)\s+(?:[\w-]+\s+){0,2}?(?:sanction|amende|mesure|"
                     r"décision)\s+(?:[\w-]+\s+){0,2}?(?:infligée|prononcée|imposée|décidée|"
                     r"ordonnée)\s+par\s+(?P<body>[^;]{2,160})", _F),
}
# The terms told under the decision that sets them ("Under a proposed consent order announced
# today, DoNotPay will pay $193,000 and must warn customers", tests/sweep 802): the body named in
# the sentence, else the article's one authority. Not a court's ruling or judgment: no court
# steps (tests/sweep README), and "Under the ruling, X must" is no regulator's order.
_UNDER = {
    "en": re.compile(r"\W*(?:under|according\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:order|settlement|decision|agreement)\b", _F),
    "fr": re.compile(r"\W*(?:aux\s+termes\s+d|selon|en\s+vertu\s+d)\S*\s*(?:une?|la|le|l['’]|sa|"
                     r"son|cette|ce)\s*(?:[\w-]+\s+){0,3}?(?:ordonnance|décision|accord|"
                     r"transaction)\b", _F),
}
# Between two terms of one subject: "... and must warn".
_JOINED = re.compile(r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}?\s(?:and|et)\s+", _F)
# A further term of the decision: enough with a verb of saying.
_FURTHER = re.compile(r"\b(?:also|further|additionally|également|aussi|en\s+outre|par\s+ailleurs)"
                      r"\b", _F)
# Where the subject of the term starts, and what may stand between its names; a kicker before
# a colon opens it too ("Amende record : Meta devra payer 1,2 milliard d'euros, a tranché ...").
_OPENING = re.compile(r",|:|\bthat\b|\bqu(?:e\b|['’])", _F)
# Before the first name, nothing or a description of it ("Le géant chinois de la mode éphémère
# Shein devra", "The social media company Meta must").
# (not its complement: "Les rivaux de Shein devront", "Rivals of Meta must")
_DESCRIPTION = re.compile(r"\s*(?:(?:the|le|la|les|l['’])\s*[\w'’ -]{0,60}?"
                          r"(?<!\bde)(?<!\bdu)(?<!\bdes)(?<!\bof)(?<!\bfor)(?<!\bà)\s)?", _F)
_NOT_NAMES = re.compile(r"(?:\b(?:and|et|the|le|la|les)\b|l['’]|[,\s])+", _F)
# A ruling on a decision under appeal ("..., the General Court ruled, largely upholding the
# Commission's fine", "confirmant l'essentiel de l'amende").
_REVIEW = re.compile(r"\b(?:uph[oe]ld\w*|reject\w*|rejet\w*|appeal\w*|recours|appel|annul\w*|"
                     r"quash\w*|cass\w*|(?:confirm|rédui|reduc)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:fine|"
                     r"penalty|decision|ruling|amende|sanction|décision|pénalité))\b", _F)
CONDITION = re.compile(r"\b(?:if|unless|once|whether|would|could|might|may|should|si|s.il|"
                        r"s.ils|à\s+défaut|faute\s+d[e'’]|pourrait|pourra|devrait|"
                        r"under\s+the\s+(?:law|act|rules|regulation)|en\s+vertu\s+d[eu])\b", _F)


def reported_obligations(finder: LexiconSteps, view: SentenceView, slots: Slots,
                         discourse: Discourse, triggers: list[TriggerMatch],
                         unanswered: list[TriggerMatch], lp: LanguagePatterns
                         ) -> Iterator[Action]:
    """The decided terms of the sentence (see the module docstring)."""
    cue_shape = _GATED_CUES.get(view.language)
    # the cues first: the gate settles most sentences without a scan
    cues = list(cue_shape.finditer(view.text)) if cue_shape is not None else []
    if not cues or CONDITION.search(view.text) or _REVIEW.search(view.text) or (
            finder.lexicon is not None and finder.lexicon.of(view.language).other_event.search(
                view.text)):  # "..., the court ruled, upholding the fine": an appeal
        return
    targets: list[str] = []
    end = 0
    for cue in cues:
        # a second verb of the same subject: "DoNotPay will pay $193,000 and must warn ..."
        joined = bool(targets) and _JOINED.fullmatch(view.text, end, cue.start()) is not None
        targets = targets if joined else platform_subjects(finder, view, cue.start())
        end = cue.end()
        yield from _term(finder, view, cue, targets, (slots, discourse, triggers, unanswered,
                                                      lp))


def _term(finder: LexiconSteps, view: SentenceView, cue: re.Match[str], subjects: list[str],
          context: tuple[Slots, Discourse, list[TriggerMatch], list[TriggerMatch],
                         LanguagePatterns]) -> Iterator[Action]:
    """The step of one term: a fine with its amount after "pay", else an order."""
    slots, discourse, triggers, unanswered, lp = context
    kind = "fine" if cue["verb"] and re.match(r"pay|payer|verser|s.acquitter", cue["verb"],
                                              _F) else "order"
    # (the platform's own "must pay a fine" trigger gives a step only where the article named
    # the body before; the already stated step is left out below)
    if any(t.type == kind and t.form != "company" and t not in unanswered for t in triggers):
        return
    actors = _deciding_body(finder, view, cue, discourse)
    if not actors or not subjects or (kind == "fine" and not _priced(view, cue.end())):
        return
    if _said_only(view, cue, actors, subjects, discourse) or not all(
            finder.linker.is_target(t, kind) for t in subjects):
        return
    targets = [t for t in subjects if not already_stated(discourse, kind, t, actors)]
    trig = TriggerMatch(kind, "verbal", cue.start(), cue.end())
    if targets:
        yield from finder._emit(view, trig, finder.patterns.done_status[kind],
                                (0, len(view.text)), slots, discourse, lp, actors, targets,
                                False)


def _reporting(view: SentenceView, cue: re.Match[str], verbs: str) -> re.Match[str] | None:
    """The body's clause of the sentence with one of `verbs`, after the term or before it."""
    after, before = _CLAUSES[(view.language, verbs)]
    imposed = _IMPOSED_BY[view.language] if verbs == _DECIDED[view.language] else None
    return after.search(view.text, cue.end()) or before.search(
        view.text, 0, _opening(view.text, cue.start())) or (
        imposed.search(view.text, cue.end()) if imposed else None)


def _deciding_body(finder: LexiconSteps, view: SentenceView, cue: re.Match[str],
                   discourse: Discourse) -> list[str]:
    """The authority named in the reporting clause (a deciding verb or one of saying)."""
    for verbs in (_DECIDED[view.language], _SAID[view.language]):
        found = _reporting(view, cue, verbs)
        if found is None:
            continue
        bodies = [finder.linker.actor_key(m.key) for m in view.mentions
                  if kind_of(m.key) == "authority"
                  and found.start("body") <= m.start and m.end <= found.end("body")]
        keys = [b for b in bodies if b and not is_court(finder, b)]
        if keys:
            return keys[:1]
    if _UNDER[view.language].match(view.text):
        named = [finder.linker.actor_key(m.key) for m in view.mentions
                 if kind_of(m.key) == "authority"]
        keys = [b for b in named if b]
        return keys[:1] or ([discourse.principal] if discourse.principal else [])
    return []


def is_court(finder: LexiconSteps, key: str) -> bool:
    """A court or a prosecutor: a court's orders and rulings are no steps of ours (tests/sweep
    README), and a prosecutor decides no fine."""
    entity = finder.linker.reference.get(key)
    return entity is not None and "ProsecutorOrCourt" in entity.classes


def _said_only(view: SentenceView, cue: re.Match[str], actors: list[str], targets: list[str],
               discourse: Discourse) -> bool:
    """A verb of saying without both a further term and an earlier step of the body against
    the company: a position, not a decision."""
    if _reporting(view, cue, _DECIDED[view.language]) is not None or _UNDER[
            view.language].match(view.text):
        return False
    return _FURTHER.search(view.text, 0, cue.end()) is None or not any(
        step[1] in actors and step[2] in targets for step in discourse.steps)


def platform_subjects(finder: LexiconSteps, view: SentenceView, start: int) -> list[str]:
    """The platforms named as the subject of the term: between the sentence's (or the
    reporting clause's) start and the modal, with no other words than names and "and" (a
    description may come before them)."""
    opening = _opening(view.text, start)
    named = [m for m in view.mentions if opening <= m.start and m.end <= start]
    if not named or not all(finder.linker.is_target(m.key, "order") for m in named):
        return []
    first = min(m.start for m in named)
    rest = view.text[first:start]
    for m in sorted(named, key=lambda m: -m.start):
        rest = rest[:m.start - first] + rest[m.end - first:]
    if _NOT_NAMES.sub("", rest) or not _DESCRIPTION.fullmatch(view.text, opening, first):
        return []
    return list(dict.fromkeys(m.key for m in named))


def _opening(text: str, start: int) -> int:
    """Where the clause of the term starts: after the last comma, colon, "that" or "que"
    before it."""
    openings = [m.end() for m in _OPENING.finditer(text, 0, start)]
    return openings[-1] if openings else 0


def _priced(view: SentenceView, end: int) -> bool:
    """An amount right after the term ("must pay a €500 million fine")."""
    return any(end <= m.start <= end + 40 for m in find_money(view.text, view.language))
