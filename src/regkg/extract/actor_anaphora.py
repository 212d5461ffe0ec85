"""Anaphors of a body that the patterns' `authority_anaphora` does not read. Layer 1.

- "the same regulator", "la même autorité", "cette autorité": the body named before, as
  "the regulator" or "l'autorité" would be ("En 2022, la même autorité avait infligé ...").
- "the same consumer protection division", "ce même service": the last body whose names hold
  the head word.
- A description with words of no domain before its head: "the federal Commissioner", "the
  national regulator", "le gendarme national": its head alone refers back ("the
  Commissioner"); the resolver's rules decide (the last body whose labels fit).
- "le parquet" after a prosecutor's office was named; "The state of Texas sued" (the state's
  attorney general, as "Texas sued").
- "The two regulators", "Prosecutors" (actor_pairs.py).
- "He", "She" (and "il", "elle" when no body was named for them) for an official: "Texas
  Attorney General Ken Paxton ... He sued TikTok", "Laure Beccuau ... Elle a ouvert une
  enquête": the official's office acts (institutions act, not officials), when the official
  is the last person named, in the sentence or the one before, and no company role ("chief
  executive", "porte-parole") is named between (the pronoun could be that person's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.actor_office_titles import titled_official
from regkg.extract.actor_opening_authorities import opening_authorities
from regkg.extract.actor_pairs import last_prosecutor_office, pair_actors, prosecutor_actor
from regkg.extract.groups import state_officer
from regkg.extract.linking_discourse import Discourse, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns

_HEADS = (r"regulator|watchdog|authority|agency|commissioner|commission|ministry|department|"
          r"autorité|régulateur|gendarme|agence|commission|commissaire|ministère|instance|"
          r"institution|organisme")
# "the same regulator", "la même autorité", "cette autorité", "ce régulateur".
_SAME = re.compile(rf"\b(?:the\s+same|this|la\s+même|le\s+même|l.instance\s+même|cette|ce)\s+"
                   rf"(?P<head>{_HEADS})\b", re.I)
# "the same consumer protection division", "the same state office", "ce même service": a head
# no description resolves, with words of its name between; the last body whose names hold the
# head word ("Utah Division of Consumer Protection").
_NAME_HEADS = r"division|office|bureau|department|service|council|directorate|direction|conseil"
_SAME_NAMED = re.compile(rf"\b(?:the\s+same|ce\s+même|cette\s+même|la\s+même|le\s+même)\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?(?P<word>{_NAME_HEADS})\b", re.I)
# "the federal Commissioner", "the national regulator", "le régulateur national": words that
# qualify a body without naming a country or a domain (a country's or a domain's body is
# another body: "l'autorité italienne", "the privacy watchdog" are linking's and actor_context's).
_QUALIFIERS = (r"federal|national|independent|public|competent|relevant|fédéral|fédérale|"
               r"nationale?|indépendante?|administrative|publique|compétente?")
_QUALIFIED = re.compile(rf"\b(?:the\s+(?:(?:{_QUALIFIERS})\s+){{1,2}}(?P<head>{_HEADS})|"
                        rf"(?:l'|le\s+|la\s+)(?P<fhead>{_HEADS})(?:\s+(?:{_QUALIFIERS})){{1,2}})\b",
                        re.I)
_PERSON_PRONOUN = re.compile(r"(?:^|[\s\"“(])(?:he|she|il|elle)\s+(?:(?:has|had|also|then|"
                             r"later|a|avait|aussi|également|ensuite|\w+ly)\s+){0,2}$", re.I)
# A company's people: a pronoun after one of them may be theirs.
_COMPANY_ROLE = re.compile(r"\b(?:chief\s+executive|CEO|founder|spokes(?:man|woman|person)|"
                           r"president|chairman|chairwoman|director|owner|executive|lawyer|"
                           r"attorney\s+for|counsel|PDG|patron|fondat(?:eur|rice)|porte-parole|"
                           r"direct(?:eur|rice)|président|présidente|avocat|avocate)\b", re.I)


# "le parquet a également ouvert", "le même parquet avait ouvert": the prosecutor's office
# named before ("le parquet de Paris").
_PARQUET = re.compile(r"\b(?:le|ce)\s+(?:même\s+)?parquet(?:\s+(?:lui-même|également|aussi))?\s*$",
                      re.I)
# "The state of Texas sued TikTok": the state, named as a complement of "state".
_STATE_OF = re.compile(r"\b(?:the\s+)?state\s+of\s+$", re.I)


# The writer's "we" inside the sentence ("Today we have opened", "En juin, nous avons mis en
# demeure"): `authority_anaphora` reads it only at the sentence's start.
_WE_BEFORE = re.compile(r"(?:^|[\s\"«“(,])(?:we|nous)\s+(?:[\w'-]+\s+){0,4}$", re.I)


def writers_we(view: SentenceView, trig: TriggerMatch, discourse: Discourse) -> list[str]:
    """The release's writer for a first-person subject before the trigger."""
    if discourse.writer and _WE_BEFORE.search(view.text, 0, trig.start):
        return [discourse.writer]
    return []


def remember_people(view: SentenceView, discourse: Discourse) -> None:
    """Record every person a sentence names, with the sentence's index."""
    for mention in view.mentions:
        if kind_of(mention.key) == "person":
            discourse.people.append((view.sentence.start + mention.start, view.index,
                                     mention.key))


def referred_actor(view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                   linker: Linker, lp: LanguagePatterns) -> list[str]:
    """The body an anaphor of this module names as the subject of a verbal trigger."""
    if trig.form != "verbal" or g.is_passive(view.text, trig.start, trig.end):
        return []
    pair = pair_actors(view, trig, discourse)
    if pair:
        return pair
    absolute = view.sentence.start + trig.start
    subject = _subject(view, trig, _SAME) or _subject(view, trig, _QUALIFIED)
    if subject:
        head = subject.group("head") or subject.groupdict().get("fhead") or ""
        actor = linker.resolve_authority(_definite(head), discourse, absolute)
        return [actor] if actor else []
    named = _subject(view, trig, _SAME_NAMED)
    if named:
        body = _last_named(discourse, linker, absolute, named.group("word").casefold())
        return [body] if body else []
    found = (_official(view, trig, discourse, linker)
             or titled_official(view, trig, discourse, linker)  # "La ministre presse Meta"
             or opening_authorities(view, trig, linker)  # "Au Togo, les autorités ont bloqué"
             or _parquet(view, trig, discourse, linker)
             or prosecutor_actor(view, trig, discourse, linker) or _state_of(view, trig, linker))
    return [found] if found else []


def _parquet(view: SentenceView, trig: TriggerMatch, discourse: Discourse,
             linker: Linker) -> str | None:
    """"Le parquet a également ouvert une enquête": the last prosecutor's office named."""
    head = view.text[:trig.start]
    cut = g.SUBJECT_TO_VERB.search(head)
    if _PARQUET.search(head, 0, cut.start() if cut else len(head)) is None:
        return None
    return last_prosecutor_office(discourse, linker, view.sentence.start + trig.start)


def same_named_body(text: str, at: int, discourse: Discourse, linker: Linker,
                    before: int) -> str | None:
    """The body "the same office" at text[at:] names ("Meta agreed to pay the same office
    $1.4 billion"): the last one whose names hold the head word."""
    named = _SAME_NAMED.match(text, at)
    return _last_named(discourse, linker, before, named.group("word").casefold()) \
        if named else None


def _last_named(discourse: Discourse, linker: Linker, before: int, word: str) -> str | None:
    """The last body named before `before` whose names hold `word`."""
    for position, key in reversed(discourse.authorities):
        entity = linker.reference.get(key)
        labels = " ".join(entity.all_labels()).casefold() if entity else ""
        if position < before and re.search(rf"\b{word}\b", labels):
            return key
    return None


def _state_of(view: SentenceView, trig: TriggerMatch, linker: Linker) -> str | None:
    """"The state of Texas sued TikTok": the state's attorney general (groups.py's rule)."""
    for mention in view.mentions:
        if (kind_of(mention.key) == "jurisdiction"
                and g.before_verb(view.text, mention.end, trig.start)
                and _STATE_OF.search(view.text, 0, mention.start)):
            actor = state_officer(linker, mention.key, trig.type)
            return actor if kind_of(actor) == "authority" else None
    return None


def _subject(view: SentenceView, trig: TriggerMatch,
             pattern: re.Pattern[str]) -> re.Match[str] | None:
    found = g.subjects_before(pattern, view.text, trig.start)
    if not found or any(found[-1].start() < m.end and m.start < trig.start
                        for m in view.mentions):
        return None  # a name in it or after it: the name is the subject, not the anaphor
    return found[-1]


def _definite(head: str) -> str:
    """The head as the resolver reads it: "the commissioner", "l'autorité"."""
    folded = head.casefold()
    if folded in ("autorité", "agence", "instance", "institution"):
        return "l'" + folded
    french = folded in ("régulateur", "gendarme", "commissaire", "ministère", "organisme")
    return ("le " if french else "the ") + folded if folded != "commission" else "the commission"


def _official(view: SentenceView, trig: TriggerMatch, discourse: Discourse,
              linker: Linker) -> str | None:
    """"He sued TikTok": the office of the official named last, in this sentence or the one
    before, with no company role named since."""
    pronoun = _PERSON_PRONOUN.search(view.text, 0, trig.start)
    if pronoun is None:
        return None
    at = view.sentence.start + pronoun.start()
    earlier = [(pos, index, key) for pos, index, key in discourse.people if pos < at]
    if not earlier:
        return None
    pos, index, key = earlier[-1]
    if index < view.index - 1:
        return None
    between = _between(view, discourse, pos, at)
    if _COMPANY_ROLE.search(between):
        return None
    return linker.office_of(key)


def _between(view: SentenceView, discourse: Discourse, start: int, end: int) -> str:
    """The article text between two absolute offsets, from the sentences the discourse saw
    (the previous sentence's text is kept with the people)."""
    if start >= view.sentence.start:
        return view.text[start - view.sentence.start:end - view.sentence.start]
    return discourse.previous_text[start - discourse.previous_start:] + " " + \
        view.text[:end - view.sentence.start]
