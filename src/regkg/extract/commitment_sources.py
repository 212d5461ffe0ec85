"""More of what ties a platform's commitment to the authority it answers, and when it was
made. Layer 1; commitments.py asks these after its own tests.

- The body that reports the change, described rather than named: "On Wednesday, the watchdog
  announced that Amazon had agreed to rewrite its terms", "Selon l'autorité, Google a accepté
  de ..." (the description refers back to a body named earlier, as "the regulator" does).
- The platform described, right after a step of an authority against it in the same sentence:
  "In July 2018 Komdigi blocked TikTok for a week; the Chinese app then agreed to ...": the
  description is the step's target (`platform_of_the_sentence`).
- The day: a change told "then" ("alors", "at the time") after a step of the same sentence,
  with no date of its own, was made when that step was taken ("En juillet 2018, le ministère
  avait bloqué TikTok ; l'application s'était alors engagée à": 2018-07); so is one that ends
  the step ("lifting the ban after the app promised to").
- A body that approved the settlement in the same sentence ("the commission approved a
  commitment plan under which Amazon Japan agreed to return ...") already states the
  commitment: the platform's agreement is the same event seen from its side (`told_by_body`).
- The sum it pays or gives back, its terms (`committed_sum`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.lexicon_actors import ACCORDING_TO
from regkg.extract.linking import Discourse, Linker
from regkg.extract.money import sums_imposed
from regkg.extract.patterns import LanguagePatterns, Patterns, TriggerMatch
from regkg.extract.settlements import reports_that
from regkg.extract.slots import Slots, find_amount
from regkg.models import DateValue, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# A description, not a pronoun: "it said that Amazon ..." may be the company itself.
_PRONOUN = re.compile(r"^\s*(?:it|they|we|i|il|elle|ils|elles|nous|je|j.|on)\s*$", re.IGNORECASE)
# "According to the regulator, X ...", "Selon l'autorité, X ...": the source closed by a comma
# right before the platform (a day or an adverb may follow it).
_ACCORDING_BEFORE = re.compile(rf"\b{ACCORDING_TO}\s*$", re.IGNORECASE)
_SOURCE_CLOSED = re.compile(r"^\s*,\s*(?:[\w'’-]+\s+){0,3}?$")
# What a description's head may carry before its verb: "le gendarme de la vie privée a
# annoncé que", "the regulator of the sector said".
# ("le gendarme de" is the description's own match: "la vie privée" is left)
_COMPLEMENT = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the|la|l['’]|les)\s*[\w'’-]+"
                         r"(?:\s+(?-i:[a-zéèà][\w'’-]*))?(?=\s)", re.IGNORECASE)


def described_reporter(view: SentenceView, platform_start: int, linker: Linker,
                       discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """The authority a description before the platform refers to, when it reports the
    platform's change: "the watchdog announced that Amazon had agreed", "Selon l'autorité,
    Google a accepté"."""
    for anaphor in lp.authority_anaphora.finditer(view.text, 0, platform_start):
        if _PRONOUN.match(anaphor.group(0)):
            continue
        complement = _COMPLEMENT.match(view.text, anaphor.end(), platform_start)
        between = view.text[anaphor.end():platform_start]
        if not (reports_that(between) or (complement and reports_that(
                view.text[complement.end():platform_start])) or (
                _ACCORDING_BEFORE.search(view.text, 0, anaphor.start())
                and _SOURCE_CLOSED.match(between))):
            continue
        return linker.resolve_authority(anaphor.group(0), discourse,
                                        view.sentence.start + anaphor.start())
    return None


def platform_of_the_sentence(view: SentenceView, described_at: int, linker: Linker,
                             discourse: Discourse) -> str | None:
    """The platform a description at `described_at` stands for when the sentence names it
    before: the target of a step the sentence told ("Komdigi blocked TikTok; the Chinese app
    then agreed"), else the one platform it names ("In 2020 the PTA blocked TikTok over ...,
    lifting the ban after the Chinese-owned app promised")."""
    acted_on = {target for index, _, _, target in discourse.told_steps if index == view.index}
    named = [m.key for m in view.mentions
             if m.end <= described_at and linker.is_target(m.key, "")]
    targets = [key for key in named if key in acted_on]
    if targets:
        return targets[-1]
    return named[0] if len(set(named)) == 1 else None


# The change told as made when the step before it was taken, or as what ended that step.
_THEN = re.compile(r"\b(?:alors|à\s+l['’]époque|then|at\s+the\s+time|(?:lifting|lifted|ending"
                   r"|ended|levant|a\s+levé|avait\s+levé)\s+(?:[\w'’-]+\s+){0,3}?(?:after|once|when"
                   r"|après\s+que|après\s+qu['’]|une\s+fois\s+que))\b", re.IGNORECASE)
# ... not later ("has since agreed", "a depuis accepté").
_LATER = re.compile(r"\b(?:since|later|afterwards|subsequently|depuis|plus\s+tard|ensuite)\b",
                    re.IGNORECASE)


def step_time(view: SentenceView, trig: TriggerMatch, clause_start: int) -> DateValue | None:
    """The date of the step told before the change in its sentence, when the change is told
    as made then (`_THEN` between that step and the change's verb, or in it): the last date
    before the change's clause."""
    told = view.text[clause_start:trig.end]
    if not _THEN.search(told) or _LATER.search(told):
        return None
    before = [d for d in view.dates if d.end <= clause_start and d.value is not None
              and d.qualifier is None]
    return before[-1].value if before else None


def told_by_body(view: SentenceView, platform: str, discourse: Discourse) -> bool:
    """A body's commitment on the platform is already told in this sentence."""
    return any(index == view.index and kind == "commitment" and target == platform
               and actor != platform for index, kind, actor, target in discourse.told_steps)


# The sum a platform agrees to pay or give back: "agreed to return about 2 billion yen to
# suppliers", "to pay A$50 million into a compensation scheme", "de rembourser 3 millions".
_PAID = re.compile(r"\b(?:return\w*|refund\w*|repa(?:y|id)\w*|reimburs\w*|pa(?:y|ys|id|ying)"
                   r"|compensat\w*|rembours\w*|restitu\w*|vers(?:er|é|era|eront|erait|ait)"
                   r"|payer|pai(?:era|eront|erait))\s+(?:back\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over"
                   r"|environ|près\s+de|quelque|plus\s+de)\s+)?$", re.IGNORECASE)


def committed_sum(view: SentenceView, trig: TriggerMatch, jurisdiction: str | None,
                  language: str, patterns: Patterns) -> Money | None:
    """The sum the commitment pays or gives back, told right after its verb, after the
    trigger; an approximation stands (the gold records "about 2 billion yen"): a commitment's
    sum is its terms, no penalty imposed to the cent."""
    country = (jurisdiction or "").split("-")[0]
    mentions = sums_imposed(view.sentence.text, language, patterns.dollar_currency.get(country),
                            country)
    for mention in mentions:
        if mention.start > trig.start and mention.money and mention.money.per is None and \
                _PAID.search(view.sentence.text, max(0, mention.start - 60), mention.start):
            return mention.money
    return None


def step_amount(view: SentenceView, trig: TriggerMatch, jurisdiction: str | None, slots: Slots,
                patterns: Patterns) -> Money | None:
    """The amount of a body's step: a fine's sum, a commitment's terms, else none."""
    if trig.type == "fine":
        return find_amount(view, trig, jurisdiction, slots, patterns)
    if trig.type == "commitment":
        return committed_sum(view, trig, jurisdiction, slots.article.language, patterns)
    return None
