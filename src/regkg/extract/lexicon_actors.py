"""Actors of the lexicon layer's steps named outside the cue's sentence. Layer 1.

Releases and news reports often leave the acting body out of the sentence that states the
step: a list of steps under a lead that names it once ("The Commission has today:" / "- opened
formal proceedings against Meta;" / "- sent a request for information to TikTok."), or an
agentless passive in a paragraph whose subject is one body ("Ofcom opened a probe into 4chan in
June. ... Kick was also fined £5,000"). Both are weaker than a body named in the sentence: the
scores in data/patterns/lexicon.yaml say how much weaker, and a step taken this way still needs
a target named in its clause. A body of another jurisdiction named in between makes the
subject unclear: no actor then (a wrong fact is worse than a missing one).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.linking import Discourse
from regkg.extract.money import find_money
from regkg.extract.reporting_verbs import ANNOUNCING, CONFIRMING, NOTING
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import Patterns, TriggerMatch

# A list item's marker: a dash or bullet, "1.", "(a)", "b)".
LIST_MARKER = re.compile(r"\s*(?:[-•*–—▪●◦·]|\(?\d{1,2}[.)]|\(?[a-z]\))\s+")
# Between an item's marker and its verb: at most two words ("- also opened", "- today fined").
_ITEM_HEAD = re.compile(r"(?:[\w-]+,?\s+){0,2}")
# A lead whose subject is a pronoun: "We have:", "Nous avons :", "It has also:".
_PRONOUN_LEAD = re.compile(r"\s*(?:we|nous|it|il|elle|they|ils|elles)\b", re.IGNORECASE)


def opens_list_item(text: str, cue: TriggerMatch) -> bool:
    """The cue's verb opens a list item, its subject left to the list's lead."""
    marker = LIST_MARKER.match(text)
    if marker is None:
        return False
    head = _ITEM_HEAD.match(text, marker.end(), cue.start)
    return head is not None and head.end() == cue.start


def list_lead(article_text: str, start: int) -> tuple[int, int] | None:
    """The span of the lead line a list item at `start` hangs from: the nearest line before
    it that is no list item, when it ends with a colon ("The Commission has today:")."""
    end = article_text.rfind("\n", 0, start)
    while end > 0:
        begin = article_text.rfind("\n", 0, end) + 1
        line = article_text[begin:end]
        if line.strip() and not LIST_MARKER.match(line):
            return (begin, end) if line.rstrip().endswith(":") else None
        end = begin - 1
    return None


def list_lead_actor(view: SentenceView, cue: TriggerMatch, discourse: Discourse,
                    article_text: str, linker: Linker) -> str | None:
    """The body a list's lead names as its subject (or its "we"), for a verbal cue that opens
    one of the list's items."""
    if cue.form == "nominal" or not opens_list_item(view.text, cue):
        return None
    lead = list_lead(article_text, view.sentence.start)
    if lead is None:
        return None
    subjects = [key for at, key in discourse.subject_authorities if lead[0] <= at < lead[1]]
    if subjects:
        return subjects[0]
    if _PRONOUN_LEAD.match(article_text, lead[0]):
        return linker.resolve_authority("", discourse, lead[0])
    return None


def paragraph_subject(view: SentenceView, discourse: Discourse, article_text: str,
                      linker: Linker) -> str | None:
    """The body last named as a subject before the sentence in its paragraph, when no body
    of another jurisdiction is named between it and the sentence; or the paragraph's subject
    that already acted against the sentence's platform, whoever was named since."""
    start = view.sentence.start
    paragraph = article_text.rfind("\n", 0, start) + 1
    recent = [(at, key) for at, key in discourse.subject_authorities if paragraph <= at < start]
    if not recent:
        return None
    acted = _acted_before(view, discourse, recent, linker)
    at, key = acted or recent[-1]
    home = linker.jurisdiction_of(key)
    between = {linker.jurisdiction_of(k) for pos, k in discourse.authorities
               if at < pos < start and not acted}
    # ... nor in the sentence itself ("according to the Irish DPC" is another body's word)
    between |= {linker.jurisdiction_of(m.key) for m in view.mentions
                if m.key.startswith("authority/")}
    return key if between <= {home} else None


def _acted_before(view: SentenceView, discourse: Discourse, recent: list[tuple[int, str]],
                  linker: Linker) -> tuple[int, str] | None:
    """Of the paragraph's subjects, the one body that already took a step against the
    platforms the sentence names: "The CNIL carried out checks on Google's site. The EDPB
    later issued guidelines. ... a fine was imposed on Google" is the CNIL's fine."""
    platforms = {m.key for m in view.mentions if linker.is_target(m.key, "")}
    earlier = {discourse.first_actor_against.get(key) for key in platforms} - {None}
    if len(earlier) != 1:
        return None
    actor = earlier.pop()
    found = [(at, key) for at, key in recent if key == actor]
    return found[-1] if found else None


# A body reported as the source of a passive after it: "..., according to the Commission",
# "selon la CNIL", "..., Ofcom said", "a indiqué la Commission".
# The words that name a source (also commitments._according_body: "Selon la CNIL, X a accepté").
ACCORDING_TO = r"(?:according\s+to|selon|d['’]après)"
_SOURCE_BEFORE = re.compile(rf"(?:{ACCORDING_TO}|,)\s*(?:the\s+|la\s+|le\s+|l')?$",
                            re.IGNORECASE)
_SOURCE_AFTER = re.compile(rf"\s*(?:{ANNOUNCING}|{CONFIRMING}|{NOTING})\b", re.IGNORECASE)


def sentence_agent(view: SentenceView, cue: TriggerMatch, linker: Linker) -> str | None:
    """The authority the sentence names for an agentless passive: the body named before it
    ("the AP has acted against Uber: the company was fined"), the subject of the clause the
    passive explains; else the body reported as its source after it ("was opened, according
    to the Commission", "X was fined, Ofcom said")."""
    authorities = [(m, linker.actor_key(m.key)) for m in view.actor_candidates or []
                   if m.key.startswith("authority/")]
    before = [key for m, key in authorities if m.end <= cue.start]
    if before:
        return before[-1]
    for mention, key in authorities:
        if mention.start >= cue.end and (
                _SOURCE_BEFORE.search(view.text, 0, mention.start)
                or _SOURCE_AFTER.match(view.text, mention.end)):
            return key
    return None


# A clause fronted before the main one, its verb sharing the main clause's subject: "After
# investigating TikTok for two years, the ICO fined ...", "Après avoir enquêté sur Google, la
# CNIL a ...". The step it tells is done ("after", "having"), never one still to come.
_FRONTED = re.compile(r"\W*(?:after|having|après)\s+(?:avoir\s+)?$", re.IGNORECASE)
# ... or the suit whose charges the main clause tells: "In a lawsuit filed on Friday, the Utah
# Attorney General accused Snap of ...", "Dans une plainte déposée mardi, la FTC accuse X".
_FRONTED_SUIT = re.compile(r"\W*(?:in|dans|par)\s+(?:a|an|its|their|une?|sa|son|leur)\s+$",
                           re.IGNORECASE)
# Between the comma that ends the fronted clause and the main clause's subject.
_MAIN_SUBJECT = re.compile(r"\s*(?:the\s+|la\s+|le\s+|l')?", re.IGNORECASE)


def fronted_subject(view: SentenceView, cue: TriggerMatch, linker: Linker) -> str | None:
    """The authority that opens the main clause, for a verbal cue in a fronted clause."""
    clause = fronted_clause(view.text, cue, (0, len(view.text)))
    if clause[1] == len(view.text):
        return None
    subjects = [m for m in view.actor_candidates or [] if m.start > clause[1]
                and _MAIN_SUBJECT.fullmatch(view.text, clause[1] + 1, m.start)]
    return linker.actor_key(subjects[0].key) if subjects and subjects[0].key.startswith(
        "authority/") else None


def fronted_clause(text: str, cue: TriggerMatch, clause: tuple[int, int]) -> tuple[int, int]:
    """The cue's clause, ended at the comma that closes it when it is a fronted clause."""
    if not (cue.form == "verbal" and _FRONTED.fullmatch(text, 0, cue.start)) and not (
            cue.type == "lawsuit" and _FRONTED_SUIT.fullmatch(text, 0, cue.start)):
        return clause
    comma = text.find(",", cue.end, clause[1])
    return (clause[0], comma) if comma >= 0 else clause


def fronted_targets(view: SentenceView, cue: TriggerMatch, linker: Linker) -> list[str]:
    """"Après avoir ouvert une enquête en 2021, la CNIL a sanctionné Amazon": a fronted
    clause's step that names no target of its own is against the one platform the main clause
    names (two or none: no target, the clause leaves it open)."""
    clause = fronted_clause(view.text, cue, (0, len(view.text)))
    if clause[1] == len(view.text):
        return []
    named = {m.key for m in view.mentions
             if m.start > clause[1] and linker.is_target(m.key, cue.type)}
    return list(named) if len(named) == 1 else []


def fronted_end(text: str) -> int | None:
    """Where a clause fronted before the main one ends (its comma): a step of its own there
    ("After fining Meta in January, the DPC fined WhatsApp") is no second mention of the main
    clause's step of that type."""
    match = _FRONTED_CLAUSE.match(text)
    return match.end() - 1 if match else None


_FRONTED_CLAUSE = re.compile(r"\W*(?:after|having|après)\s[^,;]{1,150}?,", re.IGNORECASE)


# The stated consequence of not complying names no body: "À défaut, chacune devra s'acquitter
# d'une astreinte", "Each day of non-compliance will cost the company 50,000 reais", "If it
# did not, it would owe €5 million for every week of delay".
# Only as a sentence of its own: inside an order's sentence ("sous peine de", "failing which")
# it is the order's term.
_CONSEQUENCE = re.compile(r"\W*(?:each|every|failing|otherwise|à\s+défaut|faute|sinon"
                          r"|if\s+(?:it|they|(?:the\s+)?[\w.-]+)\s+(?:(?:does|do|did)\s+not"
                          r"|(?:fails?|failed)\s+to\s+comply))\b",
                          re.IGNORECASE)


# Inside a reported sentence: "Ofcom said the board would also incur a daily penalty ... if it
# kept ignoring the requests" (the cue is the verb; a condition of non-compliance follows).
_REPORTED_CONSEQUENCE = re.compile(
    r"(?:(?:would|will)\s+(?:also\s+|then\s+)?(?:incur|face)\b(?=[^.;]{0,120}?\b(?:if|unless)\b)"
    r"|(?:s.exposer|encourr|devr)\w*\b(?=[^.;]{0,120}?(?:\bsi\b|\bs.ils?\b|\bfaute\s+d)))",
    re.IGNORECASE)


def consequence(text: str, cue: TriggerMatch) -> bool:
    """A warning cue that opens its sentence, or follows its speaker's "said", and states what
    not complying will cost: an agentless step."""
    return cue.type == "warning" and (
        (not text[:cue.start].strip(" \"«“-–") and _CONSEQUENCE.match(text, cue.start) is not None)
        or _REPORTED_CONSEQUENCE.match(text, cue.start) is not None)


_BACKED = frozenset({"order", "fine", "block"})  # the decisions a consequence backs


def consequence_terms(action: Action, view: SentenceView, cue: TriggerMatch,
                      patterns: Patterns, discourse: Discourse) -> Action:
    """A consequence warning's amount is the sum it states ("50,000 euros" a day); its day is
    the day of the decision it backs: the same body's one dated decision on the same company."""
    if not consequence(view.text, cue):
        return action
    # the first sum after the cue, not a conversion in brackets ("50,000 reais ($8,800)")
    country = (action.jurisdiction or "").split("-")[0]
    sums = [m.money for m in find_money(view.text, view.language,
                                        patterns.dollar_currency.get(country), country)
            if m.money is not None and m.start >= cue.start and m.qualifier is None
            and not view.text[:m.start].rstrip().endswith("(")]
    amount = sums[0] if sums else None
    days = {step[3] for step in discourse.steps if step[0] in _BACKED and step[3] is not None
            and step[1] == action.actor and step[2] in action.targets}
    date = action.date or (days.pop() if len(days) == 1 else None)
    return dataclasses.replace(action, amount=amount, date=date)  # type: ignore[arg-type]
