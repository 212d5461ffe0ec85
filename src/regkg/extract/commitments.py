"""Changes a platform agrees to in answer to an authority ("TikTok has agreed to ...", "X s'est
engagée à"): the second kind of `commitment` in the annotation guidelines. Layer 1.

The platform is the subject of the trigger (a `company` trigger in actions.yaml): the last
platform named before it in the clause, in subject position and close to the verb, or a
description of one ("the company", "la plateforme") that refers back to the last platform
named. It answers the first authority the article reports taking a step against it; without
such a step the sentence is no answer to an authority ("TikTok agreed to pay a settlement") and
yields nothing. The jurisdiction is that authority's, or that of the bodies the latest
sentence of the paragraph names before it, when they are of one country (the platform
answers them). The platform is both the actor and the
target, as the guidelines say (shapes/facts.ttl allows a company as the actor of a commitment
only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.actor_anaphora import same_named_body
from regkg.extract.answering_bodies import (
    answering_body,
    change_status,
    change_told_alone,
    operated_answer,
)
from regkg.extract.backup import already_stated
from regkg.extract.commitment_sources import (
    committed_sum,
    described_reporter,
    platform_of_the_sentence,
    step_time,
    told_by_body,
)
from regkg.extract.dealing_bodies import (
    body_that_met,
    dealt_with_body,
    dealt_with_private_party,
)
from regkg.extract.lexicon_actors import ACCORDING_TO
from regkg.extract.linking import Discourse, Linker, kind_of
from regkg.extract.patterns import LanguagePatterns, TriggerMatch
from regkg.extract.payees import may_assume_earlier_body, paid_bodies
from regkg.extract.payment_parties import (
    fronted_terms_day,
    previous_fine_body,
    probing_body,
    restated_fine,
    unknown_payer,
)
from regkg.extract.reported_payments import trailing_reporter
from regkg.extract.settlements import announcing_body, settling_body
from regkg.extract.slots import Slots, find_amount, find_date, find_laws
from regkg.extract.target_descriptions import platform_descriptions
from regkg.models import Action, DateValue, Evidence

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# At most this many words between the platform and the verb ("TikTok has also agreed").
MAX_SUBJECT_GAP_WORDS = 6
# What a platform agrees to that is no change of conduct: a payment (a fine's own trigger, or a
# private settlement: "Shein a accepté de payer 10 millions d'euros pour clore une action
# collective"), an appeal, or a deal ("agreed to buy a rival app"). The trigger's own guard
# ("accepté de(?!payer)") lets "de payer" through when the space is left to the lookahead.
_NO_CHANGE = re.compile(r"\s*(?:payer|verser|régler|s.acquitter|faire\s+appel|pay|settle|"
                        r"appeal|buy|acquire|purchase|merge|invest|racheter|acheter|acquérir"
                        r"|fusionner|investir)\b", re.IGNORECASE)


def company_commitment(view: SentenceView, trig: TriggerMatch, status: str,
                       clause: tuple[int, int], slots: Slots, discourse: Discourse,
                       linker: Linker, lp: LanguagePatterns,
                       backup: bool = False) -> Iterator[Action]:
    """One commitment per platform and article, in the jurisdiction of the authority the
    platform answers. `backup`: a cue of the lexicon layer, which yields nothing for a
    platform whose commitment the article already stated."""
    if _NO_CHANGE.match(view.text, trig.end) or change_told_alone(view, trig) \
            or dealt_with_private_party(view, trig, linker, lp):
        return  # no change, or one agreed with a company or a union ("after talks with its
        # bankers"): no answer to an authority
    platform = committing_platform(view, trig, clause, linker, discourse, lp)
    if platform is None or told_by_body(view, platform, discourse) or (
            backup and already_stated(discourse, "commitment", platform)):
        return
    # the body the sentence has the platform answer, else the first that acted against it,
    # else the one that met it the sentence before
    named = (addressed_authority(view, trig, clause, linker)
             or dealt_with_body(view, trig, linker, discourse, lp)
             or reporting_authority(view, trig, platform, linker)
             or _described_reporter(view, trig, platform, linker, discourse, lp))
    authority = named or answered_authority(platform, discourse) \
        or body_that_met(view, platform, linker, discourse) \
        or operated_answer(platform, discourse, linker) \
        or answering_body(view, slots, linker)  # a body the sentence only describes
    # one per company: Instagram's and Meta's commitments in one article are Meta's (guideline 3)
    step = ("commitment", None, linker.reference.operator_of(platform) or platform, "company")
    if authority is None or step in discourse.steps:
        return
    discourse.steps.add(step)
    jurisdiction = linker.jurisdiction_of(named) if named else (
        paragraph_country(view, discourse, linker) or linker.jurisdiction_of(authority))
    yield Action(
        type="commitment", actor=platform, targets=(platform,), jurisdiction=jurisdiction,
        laws=find_laws(view, jurisdiction, slots, linker),
        date=find_date(view, trig, clause, slots) or step_time(view, trig, clause[0]),
        status=change_status(view, trig, status),  # type: ignore[arg-type]
        evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
        amount=committed_sum(view, trig, jurisdiction, slots.article.language, linker.patterns))


def _described_reporter(view: SentenceView, trig: TriggerMatch, platform: str, linker: Linker,
                        discourse: Discourse, lp: LanguagePatterns) -> str | None:
    """The body a description reports the change by ("the watchdog announced that Amazon had
    agreed"), when it is the sentence's only party (`_only_party`)."""
    named = [m for m in view.mentions if m.key == platform and m.end <= trig.start]
    reporter = described_reporter(view, named[-1].start, linker, discourse, lp) \
        if named else None
    return reporter if reporter and _only_party(view, reporter, linker) else None


# Between a company's "agreed to" and the verb of what it agreed to do: nothing, or adverbs and
# a negation ("agreed to temporarily suspend", "a accepté de ne plus"); not another clause
# ("agreed to comply after the CMA ordered it": the CMA's order stands).
_AGREED_GAP = re.compile(r"\s*(?:(?:\w+ly|not|also|ne\s+(?:plus|pas)|temporairement|provisoirement"
                         r"|immédiatement|définitivement|aussi|également)\s+)*$", re.IGNORECASE)


def agreed_step(text: str, agreed: TriggerMatch, trig: TriggerMatch) -> bool:
    """`trig` is the verb of what a company agreed to do ("TikTok agreed to suspend TikTok
    Lite", "a accepté de retirer"): its own doing, no step of the body it answered."""
    return agreed.form == "company" and trig.form == "verbal" and agreed.end <= trig.start \
        and _AGREED_GAP.match(text[agreed.end:trig.start]) is not None


def company_payment(view: SentenceView, trig: TriggerMatch, status: str,
                    clause: tuple[int, int], slots: Slots, discourse: Discourse,
                    linker: Linker, lp: LanguagePatterns) -> Iterator[Action]:
    """"Under a proposed court order, Epic will pay a civil penalty of $275 million", "X
    must pay €1.2 billion", "X paid $30 million to resolve SEC charges": a fine of the
    authority whose case it settles or that it is paid to, else (payees.py) of the one that
    took a step against the platform earlier in the article; one fine per payee when the
    sentence names several, each with its sum. A payment a settlement or an order fixes is
    imposed, so "will" and "must" do not make it planned; "could have to pay" stays a
    threat."""
    platform = committing_platform(view, trig, clause, linker, discourse, lp) or unknown_payer(
        view, trig, linker.patterns)
    if platform is None:
        return
    payees = paid_bodies(view, trig, linker, lambda at: _referred_body(view, at, discourse,
                                                                       linker, lp))
    if payees:  # each payee with its own sum: "$136 million to the FTC and $34 million to"
        for body, money in payees:
            at = TriggerMatch(trig.type, trig.form, money.start, money.end)
            yield from _payment(view, at, status, clause, slots, discourse, linker, platform,
                                body)
        return
    # "agreed to pay a $5.7 million civil penalty to settle FTC charges": the body whose case
    # the payment settles, else the one that acted against the platform earlier.
    reporter = (_reporting_body(view, trig, platform, linker)
                or trailing_reporter(view, trig, linker))
    named = settling_body(view, trig, linker) or reporter or probing_body(view, trig, linker)
    earlier = None if named or not may_assume_earlier_body(view, trig) \
        else answered_authority(platform, discourse)
    authority = named or earlier or previous_fine_body(view, trig, slots, linker, platform,
                                                       discourse.steps)
    if reporter and status == "threatened" and _WOULD.match(view.text, trig.start):
        status = "imposed"  # "The SEC said X would pay": the terms reported, no hypothesis
    if authority is not None:
        yield from _payment(view, trig, status, clause, slots, discourse, linker, platform,
                            authority, restating=authority == earlier)


def _referred_body(view: SentenceView, at: int, discourse: Discourse, linker: Linker,
                   lp: LanguagePatterns) -> str | None:
    """The body an anaphor at `at` refers back to ("the Commission", "the regulator")."""
    anaphor = lp.authority_anaphora.match(view.text, at)
    before = view.sentence.start + at
    if anaphor is None:  # "the same office"
        return same_named_body(view.text, at, discourse, linker, before)
    return linker.resolve_authority(anaphor.group(0), discourse, before)


def _payment(view: SentenceView, trig: TriggerMatch, status: str, clause: tuple[int, int],
             slots: Slots, discourse: Discourse, linker: Linker, platform: str,
             authority: str, restating: bool = False) -> Iterator[Action]:
    """The authority's fine on the platform, with the sum nearest the trigger. `restating`:
    the body is the one that acted against the platform before, not named here; a payment
    with no day of its own then pays the fine told before (`restated_fine`), with its day,
    and merges with it (finalise_actions keeps the statement with the sum)."""
    date = (find_date(view, trig, clause, slots) or _decision_day(view, trig)
            or fronted_terms_day(view, trig))
    told = restated_fine(view, authority, platform, discourse) \
        if restating and date is None else None
    date = told[0] if told else date
    step = (trig.type, authority, platform, date)
    if step in discourse.steps and not told:
        return
    discourse.steps.add(step)
    jurisdiction = (None if addressed_authority(view, trig, clause, linker)
                    else paragraph_country(view, discourse, linker)) \
        or linker.jurisdiction_of(authority)
    yield Action(
        type=trig.type, actor=authority, targets=(platform,), jurisdiction=jurisdiction,
        laws=find_laws(view, jurisdiction, slots, linker), date=date,
        status="imposed" if status == "planned" else status,  # type: ignore[arg-type]
        evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
        amount=find_amount(view, trig, jurisdiction, slots, linker.patterns))


_WOULD = re.compile(r"would\b", re.IGNORECASE)


# After the payment, the decision it follows: "must pay €10 million after the AGCM sanctioned
# it on Monday", "devra verser 40 millions d'euros à la suite d'une sanction de la DGCCRF
# prononcée jeudi", "après avoir été sanctionné lundi par".
_DECISION_AFTER = re.compile(
    r"\b(?:after|following|à\s+la\s+suite\s+d|suite\s+à|après\s+avoir\s+été|en\s+vertu\s+d)\b"
    r"[^.;]{0,80}?\b(?:sanction\w*|fined|penali[sz]ed|found|ruled|decided|décision|amende|"
    r"condamn\w*|mis\w*\s+à\s+l.amende)\b", re.IGNORECASE)
_DECISION_REACH = 60  # characters from the decision's words to its day


def _decision_day(view: SentenceView, trig: TriggerMatch) -> DateValue | None:
    """The day of the decision the payment follows, told after it, when the payment's own
    clause gives none (the date then belongs to that decision, the step the payment is)."""
    decision = _DECISION_AFTER.search(view.text, trig.end)
    if decision is None:
        return None
    for mention in view.dates:
        if (decision.start() < mention.start <= decision.end() + _DECISION_REACH
                and mention.value is not None and mention.qualifier is None):
            return mention.value
    return None


def _reporting_body(view: SentenceView, trig: TriggerMatch, platform: str,
                    linker: Linker) -> str | None:
    """The body that reports the platform's payment in the clause before it ("The FTC said
    that Meta will pay ..."), or None."""
    named = [m for m in view.mentions if m.key == platform and m.end <= trig.start]
    return announcing_body(view, named[-1].start, linker) if named else None


def committing_platform(view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
                        linker: Linker, discourse: Discourse,
                        lp: LanguagePatterns) -> str | None:
    """The platform that agrees to the change, or None."""
    named = [m for m in view.mentions
             if clause[0] <= m.start and m.end <= trig.start and linker.is_target(m.key, "")
             and linker.is_subject_position(view.text, m.start)]
    described = [m for m in platform_descriptions(view.text, clause[0], trig.start,
                                                  lp.target_anaphora, view.language)
                 if not m.group(0).casefold().startswith(("ces", "these"))]
    last_named = named[-1] if named else None
    last_described = described[-1] if described else None
    if last_described and (last_named is None or last_described.start() > last_named.end):
        if _words(view.text[last_described.end():trig.start]) > MAX_SUBJECT_GAP_WORDS:
            return None
        here = platform_of_the_sentence(view, last_described.start(), linker, discourse)
        earlier = [t for t in discourse.targets if view.index - t[0] <= 3]
        return here or (earlier[-1][2] if earlier else None)
    if last_named is None:
        return None
    gap = linker.patterns.asides.sub("", view.text[last_named.end:trig.start])
    return last_named.key if _words(gap) <= MAX_SUBJECT_GAP_WORDS else None


# Right before the authority the commitments are given to: "a proposé des engagements à
# l'Autorité de la concurrence", "offered commitments to the CMA", "avait accepté, dans un
# accord à l'amiable avec le Service fédéral antimonopole, de"; the authority promised, as
# the verb's object: "has promised the Irish Data Protection Commission to delay".
_ADDRESSED = re.compile(r"\b(?:to|with|avec|before|à|au|aux|auprès\s+d(?:e|u|es|')|devant|envers"
                        r"|promised(?:\s+on\s+\w+day)?)\s*"
                        r"(?:the\s+|la\s+|le\s+|les\s+|l')?$", re.IGNORECASE)
_ADDRESS_REACH = 80  # characters from the trigger to the authority's name


def addressed_authority(view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
                        linker: Linker) -> str | None:
    """The authority the commitments are given to, named after the trigger in its clause."""
    for mention in sorted(view.mentions, key=lambda m: m.start):
        # (from the trigger's start: "given commitments to the CMA" ends on the name's capital)
        if not trig.start < mention.start <= min(clause[1], trig.end + _ADDRESS_REACH):
            continue
        actor = linker.actor_key(mention.key)
        if actor is not None and kind_of(actor) == "authority" and _ADDRESSED.search(
                view.text, trig.start, mention.start):
            return actor
    return None


def paragraph_country(view: SentenceView, discourse: Discourse, linker: Linker) -> str | None:
    """The one country of the bodies the latest sentence before the commitment names in its
    paragraph: "The ICO fined TikTok in April. In Brazil, CADE and the ANPD urged TikTok to
    delay its plan. The company agreed ...": TikTok answers Brazil's bodies, not the body of
    another country that acted on it first. None when the paragraph names no body before it,
    or that sentence bodies of several countries."""
    named = [(at, key) for at, para, key in discourse.bodies
             if para == view.paragraph and at < view.sentence.start]
    if not named:
        return None
    since = max(s for s in discourse.sentence_starts if s <= named[-1][0])
    codes = {linker.jurisdiction_of(key) for at, key in named if at >= since}
    return codes.pop() if len(codes) == 1 else None


def reporting_authority(view: SentenceView, trig: TriggerMatch, platform: str,
                        linker: Linker) -> str | None:
    """The authority that reports the platform's change in the sentence ("The Japan Fair Trade
    Commission said on Thursday that Apple had agreed to", "X s'est engagée à ..., a annoncé
    l'autorité"): the platform agreed in answer to it, as to a body it dealt with. Issue 3,
    session 17: fog 1097 and the same telling in cold 960, sweep, rime 1060."""
    reporter = (_reporting_body(view, trig, platform, linker)
                or _according_body(view, platform, linker) or trailing_reporter(view, trig, linker))
    return reporter if reporter and _only_party(view, reporter, linker) else None


# The reporter says it took no part in the change.
_NOT_PARTY = re.compile(r"\bn.(?:était|est|a\s+pas\s+été)\s+(?:pas\s+)?(?:partie|impliquée?)\b"
                        r"|\b(?:was|is)\s+not\s+(?:a\s+party|involved)\b", re.IGNORECASE)


def _only_party(view: SentenceView, reporter: str, linker: Linker) -> bool:
    """The reporter is the sentence's only body and its country the only one: "Ofcom said
    that TikTok had agreed to changes demanded by the European Commission", "the JFTC said
    that Apple had agreed to similar changes in South Korea", "Selon la CNIL, Google a accepté
    ... à la demande de la Commission européenne" answer another body, or apply elsewhere
    (review of session 17, finding 2): no reporter-as-addressee then."""
    if _NOT_PARTY.search(view.text):
        return False  # "..., a annoncé l'Autorité, qui n'était pas partie à l'accord"
    country = linker.jurisdiction_of(reporter)
    for mention in view.mentions:
        # (a country's name stands for its government as an actor: only its place counts here)
        if kind_of(mention.key) == "authority" and linker.actor_key(mention.key) != reporter:
            return False
        if kind_of(mention.key) == "jurisdiction" and linker.jurisdiction_of(
                mention.key) not in (None, country):
            return False
    return True


# A body the sentence opens on as its source, right before the platform: "According to the
# JFTC, Apple has agreed to", "Selon la CNIL, Google a accepté de".
_ACCORDING = re.compile(rf"\b{ACCORDING_TO}\s*(?:the\s+|la\s+|le\s+|l['’]|les\s+)?$",
                        re.IGNORECASE)
_SOURCE_CLOSED = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?,\s*(?:[\w'’-]+\s+){0,3}?$")


def _according_body(view: SentenceView, platform: str, linker: Linker) -> str | None:
    """The authority of an "according to"/"selon" that opens the platform's clause."""
    named = [m for m in view.mentions if m.key == platform]
    for mention in view.mentions:
        actor = linker.actor_key(mention.key)
        if actor is None or kind_of(actor) != "authority" or not named:
            continue
        if _ACCORDING.search(view.text, 0, mention.start) and any(
                _SOURCE_CLOSED.match(view.text[mention.end:p.start]) for p in named
                if p.start >= mention.end):
            return actor
    return None


def answered_authority(platform: str, discourse: Discourse) -> str | None:
    """The first authority that took a step against the platform earlier in the article."""
    return discourse.first_actor_against.get(platform)


def _words(text: str) -> int:
    return len(text.split())
