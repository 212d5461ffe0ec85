"""A verb joined by "and"/"et" to an earlier one shares its subject: when that subject is the
platform, the step is the platform's own. Layer 1.

"Meta had argued that the commission's process was unfair and warned earlier this year that it
might be forced to withdraw Facebook": Meta warned, not the commission (a possessive inside the
argued clause is no subject). "TikTok contested the findings and sued the Commission", "X a
contesté la décision et a attaqué l'Arcom en justice": the company's own steps. A body in
subject position nearer the conjunction ("Meta said the regulator had investigated and fined
it") is the subject the verb shares, and the step stays the body's; so is the main clause's
subject when the joined verb's indirect object is the platform ("La CNIL a constaté que X avait
enfreint le RGPD et lui a ordonné de ...": X is not the one ordering), or when the platform
opens the clause of a body's finding and the verb is a sanction ("ruled that X had abused its
position and imposed a fine").

A relative clause on a court is the court's: "Ofcom went to the High Court, which granted orders
stopping ...", "l'Arcom a saisi le tribunal, qui a ordonné le blocage": not the body's the main
clause names (court steps on an authority's application are not annotated, tests/sweep 805).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.reporting_verbs import (
    EN_ANNOUNCING,
    EN_COMMENTING,
    FR_COMMENTING_PARTICIPLES,
    FR_SAYING_PARTICIPLES,
    TELLING,
)
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import TriggerMatch

# The conjunction right before the verb, with only auxiliaries and adverbs between: "and
# warned", "and has since sued", "et a attaqué", "et lui a demandé" (a new subject after the
# conjunction, "and Ofcom warned", starts another clause).
_JOINED = re.compile(
    r"\b(?:and|et)\s+(?:(?:has|have|had|also|then|later|since|subsequently|a|ont|avait|avaient|"
    r"également|aussi|ensuite|lui|leur|l'|les|[a-z]+ly)\s+){0,3}$", re.IGNORECASE)
# "La CNIL a constaté que Clearview AI avait enfreint le RGPD et lui a ordonné de cesser": the
# verb's indirect object is the platform ("lui", "leur"), so the platform is not its subject.
_DATIVE = re.compile(r"\b(?:lui|leur)\b", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"\s*'s?\b")
# A subject opens its clause: the sentence, a comma, "that"/"que", a verb of saying ("Meta said
# the regulator had ..."), a clause of time; only a determiner between. An object ("fined Meta
# and ordered it") or a complement ("against Meta") does not.
_CLAUSE_OPENS = re.compile(
    r"(?:^|[,;:(]|\b(?:that|which|who|que|qu'|qui|"
    rf"{EN_ANNOUNCING}|{TELLING}|{EN_COMMENTING}|{FR_SAYING_PARTICIPLES}"
    rf"|{FR_COMMENTING_PARTICIPLES}|"
    r"when|while|after|before|as|once|"
    r"lorsque|lorsqu'|quand|après\s+que|après\s+qu'|alors\s+que|alors\s+qu'))\s*"
    r"(?:(?:the|a|an|its|la|le|les|l'|son|sa|ses|un|une)\s*)?$", re.IGNORECASE)
_REACH = 200  # characters back from the conjunction to the shared subject
# The platform opens the clause of a body's finding ("ruled on Thursday that Trendyol had
# abused ...", "a constaté que X avait manqué ...") and the joined verb is a sanction only a body
# takes: the verb shares the main clause's subject, the body (issue 3, s15), as "et lui a
# ordonné" does in French (`_DATIVE`).
_FOUND_THAT = re.compile(
    r"\b(?:ruled|found|concluded|decided|determined|held|established|constaté|estimé|jugé|"
    r"conclu|considéré|relevé)\s+(?:(?:on|in|last|this)\s+\w+\s+)?(?:that|que|qu')\s*"
    r"(?:(?:the|la|le|les|l')\s*)?$", re.IGNORECASE)
_BODY_ONLY_STEPS = frozenset({"fine", "order", "block", "warning"})


def platform_shares_subject(view: SentenceView, trig: TriggerMatch, linker: Linker) -> bool:
    """The verb is joined to an earlier verb whose subject is a platform or company, with no
    body in subject position between them: the step is the platform's own."""
    if trig.form != "verbal":
        return False
    joined = _JOINED.search(view.text, max(0, trig.start - 60), trig.start)
    if joined is None or _DATIVE.search(joined.group(0)):
        return False
    subject = _nearest_subject(view, joined.start())
    if subject is not None and trig.type in _BODY_ONLY_STEPS and _FOUND_THAT.search(
            view.text, max(0, subject.start - 60), subject.start):
        return False  # "ruled that X had abused its position and imposed a fine": the body's
    return subject is not None and linker.is_target(subject.key, "") \
        and kind_of(subject.key) != "authority"


def _nearest_subject(view: SentenceView, end: int) -> Mention | None:
    """The last mention before `end` that opens its clause and is no possessive ("the
    commission's process")."""
    mentions = {(m.start, m.end): m for m in [*view.mentions, *(view.actor_candidates or [])]}
    text = view.text
    for mention in sorted(mentions.values(), key=lambda m: m.start, reverse=True):
        if mention.end > end or mention.start < end - _REACH:
            continue
        if _POSSESSIVE_AFTER.match(text, mention.end) or not _CLAUSE_OPENS.search(
                text, max(0, mention.start - 40), mention.start):
            continue
        if _list_item(mentions.values(), text, mention):
            continue
        return mention
    return None


_LIST_COMMA = re.compile(r"\s*,\s*$")


def _list_item(mentions: Iterable[Mention], text: str, mention: Mention) -> bool:
    """`mention` follows another name and a comma: an item of a list ("met Douyin, Kuaishou
    and Weibo and ordered them"), not the subject of a new clause."""
    comma = _LIST_COMMA.search(text, max(0, mention.start - 5), mention.start)
    return comma is not None and any(other.end == comma.start() for other in mentions)


# A court (and up to three words: "tribunal judiciaire de Paris", "of Justice of the EU"), then
# "which"/"qui" and at most five words before the trigger. An article among those words opens
# another noun, the relative's antecedent: "the court cut the fine that the Commission
# imposed" tells the Commission's fine.
_COURT_WHICH = re.compile(
    r"\b(?:courts?|tribunal|tribunals|judges?|justice|magistrates?|cour|juges?|magistrat|"
    r"conseil\s+d.[ée]tat)(?:\s+(?:(?:of|de)\s+(?:the|la|le|les)\s+)?"
    r"(?!(?:the|a|an|un|une|la|le|les|des)\b)[\w'-]+){0,3}?\s*,?\s+"
    r"(?:which|who|that|qui|lequel|laquelle)\s+(?:[\w'-]+\s+){0,5}$", re.IGNORECASE)


def court_relative(view: SentenceView, trig: TriggerMatch) -> bool:
    """The trigger stands in a relative clause whose antecedent is a court."""
    return _COURT_WHICH.search(view.text, max(0, trig.start - 160), trig.start) is not None
