"""The opening of a probe told as background, with its own date, is a step of its own (issue 3,
guidelines 4-6). Layer 1.

"The European Commission has sent preliminary findings to Temu. The proceedings, opened on 14
March 2024, focus on ..."; "... the concerns raised by the Commission in the formal proceedings
opened against TikTok on 22 April"; "Ces conclusions font suite aux procédures formelles
ouvertes par la Commission européenne l'an dernier à l'encontre de ces plateformes";
"L'enquête avait été ouverte en septembre 2021.": the corpus gold annotates the opening as an
investigation dated by its own date, besides the step the text reports (the findings).

A final pass over the article's actions. A probe noun, its opening participle right after it
and a date of its own a few words on (nothing but "by"/"against" phrases between) give an
investigation by the body the phrase names, or else the one body of the article's steps against
the target; against the target the phrase names, or else that body's targets. Nothing is added
when the article already has that opening (an investigation of that body and target on a date
that fits, or an undated one told with an opening verb: "has opened formal proceedings ... The
proceedings, opened on 14 May" is one step), nor for a probe with no date of its own ("the
ongoing investigation"), closed, planned ("to be opened", "sera ouverte"), or whose body or
target the article leaves open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.extract.staff_probes import staff_probe_spans
from regkg.extract.told_back import elsewhere_than
from regkg.models import TAKEN_STATUSES, Action, DateValue, Evidence, Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

# The noun, what may qualify it ("of the DPC", "into Meta", "formelles"), then the participle
# with the auxiliaries of a past opening only: "to be opened" or "sera ouverte" is planned.
# A probe also "began" ("The inquiries began in 2018", "L'enquête avait débuté en juin 2020"),
# and a relative clause may say what it led to ("the audit that led to the fine began in 2020",
# "l'enquête qui a mené à cette sanction avait démarré en mars"). An audit is the body's only
# when nobody else's: not "its own internal audit", "an independent audit" (a firm's); nor is a
# court's or a company's own ("Court proceedings began in 2023", "the appeal proceedings",
# "Amazon's own investigation"). A sector inquiry ("enquête sectorielle") is aimed at a whole
# market, not at the company the body's other steps target ("after a sector inquiry into
# online marketplaces that it had opened in 2020": guideline 4, no target of its own).
_OPENING = re.compile(
    r"(?<!\bsector\s)(?<!\bsectoral\s)(?<!\bsector-wide\s)(?<!\bindustry-wide\s)"
    r"(?<!\bown\s)(?<!\binternal\s)(?<!\bindependent\s)(?<!\bexternal\s)(?<!\bcourt\s)"
    r"(?<!\bappeal\s)(?<!\bcriminal\s)(?<!\bcivil\s)(?<!\blegal\s)(?<!\bjudicial\s)"
    r"(?<!\binsolvency\s)(?<!\bbankruptcy\s)(?<!\bdivorce\s)"
    r"\b(?P<noun>proceedings|investigations?|probes?|inquir(?:y|ies)|procédures?|enquêtes?"
    r"|audits?)(?!\s+sectorielles?\b)"
    r"(?:\s+formelles?)?"
    r"(?P<owner>\s+(?:of|by|into|against|de|du|des|visant|contre)\s[^,;:.()]{1,50}?)?"
    r"(?:\s+(?:that|which|qui)\s+(?:led\s+to|preceded|resulted\s+in|(?:a|avait|ont|avaient)"
    r"\s+(?:mené|abouti|conduit|débouché)\s+(?:à|au|aux|sur)|(?:a|avait|ont|avaient)\s+précédé)"
    r"\s[^,;:.()]{1,40}?(?=\s(?:began|begun|started|commenced|opened|launched|a|avait|ont"
    r"|avaient|had|has|have|was|were)\b))?"
    r"\s*,?\s*(?:(?:which|that|qui)\s+)?"
    r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|a\s+été|avait\s+été|ont\s+été"
    r"|avaient\s+été|had|has|have|a|avait|ont|avaient)\s+)?"
    r"(?:(?:first|initially|formally|officially|initialement|officiellement)\s+)?"
    r"(?P<verb>opened|launched|initiated|ouvert(?:e|s|es)?|lancée?s?|engagée?s?"
    r"|began|begun|started|commenced|débutée?s?|commencée?s?|démarrée?s?)\b",
    re.IGNORECASE)
# "The probe, opened on 14 March": the date follows, with at most the body or the target between
# ("opened against Temu on", "ouvertes par la Commission européenne l'an dernier"); any other
# word ("opened after a complaint filed on 3 May") leaves the date to something else.
_BETWEEN_WORDS = frozenset({
    "by", "against", "into", "under", "formally", "officially", "first", "the", "its", "par",
    "contre", "visant", "à", "l", "de", "d", "du", "des", "la", "le", "les", "en", "vertu",
    "encontre", "formellement", "officiellement"})
_WORD = re.compile(r"[^\W\d_]+|[^\s'’]")
_PLURAL = re.compile(r"(?:s|proceedings)$", re.IGNORECASE)
# An undated investigation told with one of these words (outside a background phrase of its
# own sentence: "findings ... in the proceedings opened on") is the opening restated.
_OPENED_WORDS = re.compile(
    r"\b(?:open(?:ed|s)?|launch(?:ed|es)?|initiat(?:ed|es)|ouvr\w*|ouvert\w*|lanc\w*|engag\w*"
    r"|began|begun|started|commenced|débuté\w*|démarré\w*)\b",
    re.IGNORECASE)


# An agent after the date: "L'enquête avait été ouverte en 2022 par le parquet de Rome" is the
# prosecutor's, whoever the article's body is (told_back.py reads the same way).
_OTHER_AGENT = re.compile(r"\s*,?\s*(?:by|par)\s", re.IGNORECASE)


@dataclass(frozen=True)
class _Opening:
    """One background opening in a sentence: its date and the entities its phrase names."""

    view: SentenceView
    date: DateValue
    named: tuple[Mention, ...]
    plural: bool
    last_body: str | None  # the authority the text named last before the phrase


def add_background_openings(actions: list[Action], views: list[SentenceView],
                            linker: Linker) -> list[Action]:
    """The module's policy: the article's actions with the background openings added."""
    added: list[Action] = []
    last_body: str | None = None
    for view in views:
        if view.headline:
            continue
        for opening in _openings(view, last_body, linker.patterns.of(view.language).staff_probe):
            for action in _steps_of(opening, actions, linker):
                if not _already_told(action, actions + added):
                    added.append(action)
        last_body = _last_body(view, len(view.text), last_body)
    return sorted(actions + added, key=lambda a: a.evidence.start) if added else actions


def _openings(view: SentenceView, body_before: str | None,
              staff_probe: re.Pattern[str]) -> list[_Opening]:
    found = []
    for match in _OPENING.finditer(view.text):
        date = next((d for d in view.dates if d.start >= match.end()), None)
        if date is None or date.value is None or date.qualifier is not None:
            continue
        if not _only_names_between(view, match.end(), date.start) or _OTHER_AGENT.match(
                view.text, date.end):
            continue  # "ouverte en 2022 par le parquet de Rome": the prosecutor's
        start = _possessive_start(view.text, match.start())
        named = tuple(m for m in view.mentions if start < m.end <= date.start)
        found.append(_Opening(view, date.value, named, bool(_PLURAL.search(match["noun"])),
                              _last_body(view, start, body_before)))
    # "It had ordered its Director General to investigate the policy in March 2021": the body
    # named before the phrase in the sentence is the one that gave the order.
    for start, end, staff_date in staff_probe_spans(view, _is_body, staff_probe):
        if staff_date.value is not None:
            named = tuple(m for m in view.mentions if m.end <= end)
            found.append(_Opening(view, staff_date.value, named, False,
                                  _last_body(view, start, body_before)))
    return found


def _is_body(key: str) -> bool:
    return kind_of(key) == "authority"


def _last_body(view: SentenceView, end: int, before: str | None) -> str | None:
    bodies = [m.key for m in view.mentions if m.end <= end and kind_of(m.key) == "authority"]
    return bodies[-1] if bodies else before


def _only_names_between(view: SentenceView, start: int, end: int) -> bool:
    """Nothing but entity names and the words that attach them stand between the participle
    and the date."""
    if end - start > 80:
        return False
    chars = list(view.text[start:end])
    for mention in view.mentions:
        if start <= mention.start and mention.end <= end:
            chars[mention.start - start:mention.end - start] = " " * (mention.end - mention.start)
    words = _WORD.findall("".join(chars).casefold())
    return all(word in _BETWEEN_WORDS for word in words)


def _possessive_start(text: str, noun_start: int) -> int:
    """Where "the DPC's (formal) inquiry" or "Meta's probe" begins: the owner names the body or
    the target."""
    owner = re.search(r"(\S+)['’]s\s+(?:\w+\s+)?$", text[max(0, noun_start - 60):noun_start])
    return noun_start - len(owner.group(0)) if owner else noun_start


def _steps_of(opening: _Opening, actions: list[Action], linker: Linker) -> list[Action]:
    known_actors = {a.actor for a in actions if a.actor}
    bodies = {m.key for m in opening.named
              if kind_of(m.key) == "authority" or m.key in known_actors}
    targets = tuple(dict.fromkeys(m.key for m in opening.named
                                  if m.key not in bodies and linker.is_target(m.key)))
    actor = _actor(bodies, targets, actions, opening.view.sentence.start)
    # "... findings to X. Ofcom welcomed the step. The investigation, opened in 2023": once
    # another body is named, whose probe it is is left open; "Une enquête a été ouverte en
    # Allemagne en 2022" is not the French body's.
    if actor is None or (not bodies and opening.last_body not in (None, actor)) or (
            elsewhere_than(linker, linker.patterns.eu_member_states, actor, opening.view.mentions)):
        return []
    if not targets:
        targets = _targets_of(actor, actions)
    if not targets or (len(targets) > 1 and not opening.plural):
        return []
    reference = next((a for a in actions if a.actor == actor), None)
    jurisdiction = reference.jurisdiction if reference else linker.jurisdiction_of(actor)
    view = opening.view
    evidence = Evidence(view.sentence.text, view.sentence.start, view.sentence.end)
    return [Action(type="investigation", actor=actor, targets=(target,),
                   jurisdiction=jurisdiction, laws=_laws_of(actor, target, actions),
                   date=opening.date, status="opened", evidence=evidence)
            for target in targets]


def _actor(bodies: set[str], targets: tuple[str, ...], actions: list[Action],
           before: int) -> str | None:
    """The body the phrase names, else the one body with an investigation (or else any step)
    against its target (against any target, when the phrase names none) told before the
    sentence: "L'enquête avait été ouverte en septembre 2021" is the probe of the fine just
    told, not of a procedure the article mentions further on."""
    if len(bodies) == 1:
        return next(iter(bodies))
    if bodies:
        return None
    steps = [a for a in actions if a.actor and a.targets and a.status in TAKEN_STATUSES
             and a.evidence.start <= before]
    if targets:
        steps = [a for a in steps if set(targets) & set(a.targets)]
    probes = {a.actor for a in steps if a.type == "investigation"}
    actors = probes or {a.actor for a in steps}
    return actors.pop() if len(actors) == 1 else None


def _targets_of(actor: str, actions: list[Action]) -> tuple[str, ...]:
    """The targets of the body's investigations, else of its other steps; when the body has no
    step at all, the article's one target."""
    for steps in ([a for a in actions if a.actor == actor and a.type == "investigation"],
                  [a for a in actions if a.actor == actor], actions):
        targets = tuple(dict.fromkeys(t for a in steps for t in a.targets))
        if targets:
            return targets if steps is not actions or len(targets) == 1 else ()
    return ()


def _laws_of(actor: str, target: str, actions: list[Action]) -> tuple[str, ...]:
    same = [a for a in actions if a.actor == actor and target in a.targets and a.laws]
    return same[0].laws if same else ()


def _already_told(new: Action, actions: list[Action]) -> bool:
    for old in actions:
        if (old.type != "investigation" or old.actor != new.actor
                or not set(old.targets) & set(new.targets)):
            continue
        if old.date is None:
            if _OPENED_WORDS.search(_OPENING.sub(" ", old.evidence.sentence)):
                return True
        elif _fits(old.date, new.date):
            return True
    return False


def _fits(one: DateValue | None, other: DateValue | None) -> bool:
    """The same date, or one a finer statement of the other ("2024-03", "2024-03-14")."""
    if one is None or other is None:
        return False
    first, second = one.iso(), other.iso()
    return first.startswith(second) or second.startswith(first)
