"""The lexicon layer's bookkeeping over an article: steps already stated, repeats, the
article's one authority. Layer 1 (split from lexicon.py, which re-exports these names)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.linking import Discourse, kind_of
from regkg.extract.own_day_steps import own_day_step
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker


def already_stated(discourse: Discourse, kind: str, target: str | None,
                   actors: list[str] | None = None) -> bool:
    """The article already stated a step of this type against this target (by one of
    `actors`, when given): the backup layer takes a second mention of it for a repeat, not a
    new decision. Not one only a headline stated: the headline loses to the body
    (`extractor.finalise_actions`), which must keep its own statement ("Regulator demands
    answers from Apple, Meta" over "The eSafety Commissioner issued legal notices to Apple,
    Meta, ..."; issue 3, session 17: mist 1079, 1084)."""
    return any(step[0] == kind and step not in discourse.headline_steps
               and (target is None or step[2] == target)
               and (actors is None or step[1] in actors) for step in discourse.steps)


def without_backup_repeats(actions: list[Action], discourse: Discourse,
                           views: list[SentenceView] | None = None) -> list[Action]:
    """The lexicon's actions less those whose (type, target) a precise trigger stated anywhere
    in the article: the precise statement wins, the other is a second mention. Not one of
    another jurisdiction: Argentina's inquiry into the project is no repeat of Brazil's
    inspection of the company (tests/rime 1049, session 16). The country counts, not the
    state: a coalition's suit told by one state's attorney general is the same step. Not one
    a headline stated (`already_stated`)."""
    actions = _merged_dated_repeats(actions, discourse)
    headlines = {v.sentence.start for v in views or () if v.headline}
    precise = {(a.type, t, _country(a)) for a in actions if id(a) not in discourse.backup
               and a.evidence.start not in headlines for t in a.targets}
    return [a for a in actions if id(a) not in discourse.backup
            or not any((a.type, t, _country(a)) in precise for t in a.targets)
            or own_day_step(a, actions, discourse.own_days)]


def _country(action: Action) -> str | None:
    """The country (or union) of a step's jurisdiction: "US-NY" is "US"."""
    return action.jurisdiction.split("-")[0] if action.jurisdiction else None


def sole_authority(views: list[SentenceView], linker: Linker,
                   writer: str | None = None) -> str | None:
    """The article's principal authority when it names exactly one; when it names none, the
    body that issued it (an official release that names itself only in its header)."""
    found = {linker.actor_key(m.key) for v in views for m in v.mentions
             if kind_of(m.key) == "authority"}
    found.discard(None)
    if not found:
        return writer
    return found.pop() if len(found) == 1 else None


def _merged_dated_repeats(actions: list[Action], discourse: Discourse) -> list[Action]:
    """A dated statement of a step told before without a day (`own_day_steps.dated_repeat`)
    hands its day to that statement and is dropped: one step, its day kept ("The ACCC has taken
    Google to court. The regulator filed proceedings on Friday"). Only when exactly one earlier
    undated statement of the same type, actor and target is there; else it is dropped as a
    repeat, as before."""
    merged = list(actions)
    for action in actions:
        if not any((action.evidence.start, action.type, t) in discourse.dated_repeats
                   for t in action.targets) or action.date is None:
            continue
        earlier = [i for i, other in enumerate(merged)
                   if other.evidence.start < action.evidence.start and other.date is None
                   and other.type == action.type and other.actor == action.actor
                   and set(other.targets) & set(action.targets)]
        if len(earlier) == 1:
            merged[earlier[0]] = replace(merged[earlier[0]], date=action.date)
        merged = [a for a in merged if a is not action]
    return merged
